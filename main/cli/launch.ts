#!/usr/bin/env node
// The `corroborate` command (package.json `bin`): checks that this Node can open cases before
// loading the CLI, which needs node:sqlite from its first line.
import { unsupportedNode } from './node-support';

const problem = unsupportedNode(process.version, (name) => process.getBuiltinModule?.(name));
if (problem) {
  console.error(problem);
  process.exitCode = 1;
} else {
  // npm scripts pass --disable-warning=ExperimentalWarning; a shebang cannot portably pass
  // flags, so node:sqlite's "experimental" notice is dropped here and every other warning kept.
  const print = process.listeners('warning');
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.name === 'ExperimentalWarning' && /SQLite/.test(warning.message)) return;
    for (const listener of print) listener(warning);
  });
  await import('./index');
}
