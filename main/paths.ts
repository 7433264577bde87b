import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * The folder holding package.json: the checkout, or the app inside app.asar. Found by walking
 * up, because this code runs both bundled (out/main) and from source (tests, the CLI via tsx).
 */
export const appRoot = findAppRoot(import.meta.dirname);

function findAppRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(start, '..', '..');
  }
}

export const rendererDir = join(appRoot, 'out', 'renderer');
export const bundledSeedsDir = join(appRoot, 'seeds');

/**
 * The per-user data folder, the same one Electron's app.getPath('userData') gives for an app
 * named Corroborate, so the desktop app and the browser host share recent cases.
 * CORROBORATE_DATA_DIR overrides it (tests use a fresh temporary folder each).
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.CORROBORATE_DATA_DIR) return resolve(env.CORROBORATE_DATA_DIR);
  if (platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'Corroborate');
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Corroborate');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Corroborate');
}

export function readAppVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return manifest.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
