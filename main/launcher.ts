import { spawn } from 'node:child_process';
import { findElectronBinary } from './electron-binary';
import { appRoot } from './paths';
import { runBrowserHost } from './web-host/run-browser-host';

// `npm start`: the desktop app where an Electron binary exists, else the browser host.
const binary = findElectronBinary(appRoot);
if (binary.found) {
  const child = spawn(binary.path, [appRoot, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    `Electron is not available here: ${binary.reason}. Starting the browser host instead.`,
  );
  runBrowserHost(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
