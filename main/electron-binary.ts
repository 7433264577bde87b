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
  if (!executable && !env.ELECTRON_OVERRIDE_DIST_PATH) {
    return {
      found: false,
      reason:
        'the Electron binary was never downloaded (installed offline or with ELECTRON_SKIP_BINARY_DOWNLOAD=1)',
    };
  }
  const binary = join(distDir, executable ?? 'electron');
  return existsSync(binary)
    ? { found: true, path: binary }
    : { found: false, reason: `no Electron binary at ${binary}` };
}
