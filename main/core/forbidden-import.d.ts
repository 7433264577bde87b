// main/core is pure. tsconfig maps electron and react here, to a module that exports nothing,
// so importing anything from them fails to typecheck (eslint forbids them as well).
export {};
