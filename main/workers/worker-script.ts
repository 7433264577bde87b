import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unpackedPath } from './worker-comparison-runner';

/** A worker thread's entry script and the Node flags it needs. */
export interface WorkerScript {
  url: URL | string;
  execArgv?: string[];
}

/**
 * Where a worker's script is. Built (out/main/*.js, the app, the browser host, the CLI) it is
 * the bundled entry beside this code, taken from app.asar.unpacked in a packaged app. From
 * source (tsx, vitest) it is the TypeScript entry in main/workers, loaded through tsx.
 */
export function workerScript(
  name: 'import-worker' | 'compare-worker' | 'search-worker' | 'exchange-worker' | 'facts-worker',
): WorkerScript {
  const built = new URL(`./${name}.js`, import.meta.url);
  if (import.meta.url.endsWith('.js') && existsSync(fileURLToPath(built))) {
    return { url: unpackedPath(built) };
  }
  const source = new URL(`../workers/${name}.ts`, import.meta.url);
  return { url: fileURLToPath(source), execArgv: ['--import', 'tsx'] };
}
