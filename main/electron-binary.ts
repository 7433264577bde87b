import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/**
 * Finds the Electron executable without `require('electron')`: that call downloads the binary
 * when it is missing, and machines without internet access must never try.
 */
export function findElectronBinary(
  appRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): ElectronBinary {
  const packageDir = join(appRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(join(packageDir, 'package.json'))) {
    return { found: false, reason: 'the electron package is not installed' };
  }
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  if (!executable && !env.ELECTRON_OVERRIDE_DIST_PATH)
    return { found: false, reason: notFetched(env) };
  const binary = join(distDir, executable ?? 'electron');
  return existsSync(binary)
    ? { found: true, path: binary }
    : { found: false, reason: `no Electron binary at ${binary}` };
}

/**
 * Why the electron package has no binary, as far as this machine can tell: the package's install
 * script fetches it, and did not. Only ELECTRON_SKIP_BINARY_DOWNLOAD in this environment says
 * why; otherwise the script was skipped (npm's allowScripts, --ignore-scripts) or failed (no
 * internet), and the message says how to fetch it.
 */
function notFetched(env: NodeJS.ProcessEnv): string {
  const skip = env['ELECTRON_SKIP_BINARY_DOWNLOAD'];
  if (skip !== undefined && skip !== '' && skip !== '0' && skip !== 'false') {
    return `the Electron binary was not downloaded: ELECTRON_SKIP_BINARY_DOWNLOAD is set (${skip})`;
  }
  return (
    'the Electron binary was not downloaded when the electron package was installed (its install ' +
    'script was skipped or could not reach the internet); `node node_modules/electron/install.js` ' +
    'fetches it where there is internet access'
  );
}
