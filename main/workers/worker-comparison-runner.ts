import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type {
  ComparisonInput,
  ComparisonOutput,
  ComparisonRunner,
} from '../services/comparison-runner';
import type { CompareWorkerMessage } from './compare-worker';

/** Runs each comparison in a fresh worker thread built from `workerUrl` (out/main/compare-worker.js). */
export function createWorkerComparisonRunner(workerUrl: URL): ComparisonRunner {
  return {
    run: (input: ComparisonInput, onProgress) =>
      new Promise<ComparisonOutput>((resolve, reject) => {
        const worker = new Worker(unpackedPath(workerUrl));
        let settled = false;
        worker.on('message', (message: CompareWorkerMessage) => {
          if (message.type === 'progress') return onProgress(message.done, message.total);
          settled = true;
          resolve(message.output);
          void worker.terminate();
        });
        worker.once('error', (error) => {
          settled = true;
          reject(error);
        });
        worker.once('exit', (code) => {
          if (!settled) reject(new Error(`The comparison worker stopped (exit code ${code}).`));
        });
        worker.postMessage(input);
      }),
  };
}

/**
 * In a packaged app the worker's script sits in app.asar.unpacked (electron-builder.yml
 * asarUnpack): a worker thread loads its script from the real file system, not the archive.
 */
export function unpackedPath(workerUrl: URL): string {
  return fileURLToPath(workerUrl).replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
}
