// The renderer reaches main only through window.workbench. tsconfig maps electron here, to a
// module that exports nothing, so importing from it fails to typecheck (eslint forbids it too).
export {};
