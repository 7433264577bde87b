import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type {
  ComparisonInput,
  ComparisonOutput,
  ComparisonRunner,
} from '../services/comparison-runner';
import type { CompareWorkerMessage } from './compare-worker';
import type { WorkerScript } from './worker-script';

/**
 * Runs each comparison in a fresh worker thread built from `script` (out/main/compare-worker.js
 * when built). Aborting the signal terminates the worker: a run for a case that was closed, or
 * one the analyst stopped, ends at once however large the case.
 */
export function createWorkerComparisonRunner(script: WorkerScript | URL): ComparisonRunner {
  const { url, execArgv } =
    script instanceof URL ? { url: unpackedPath(script), execArgv: undefined } : script;
  return {
    run: (input: ComparisonInput, onProgress, signal) =>
      new Promise<ComparisonOutput>((resolve, reject) => {
        if (signal?.aborted) {
          reject(new Error('The comparison was cancelled.'));
          return;
        }
        const worker = new Worker(url, execArgv ? { execArgv } : {});
        let settled = false;
        const stop = () => {
          if (settled) return;
          settled = true;
          reject(new Error('The comparison was cancelled.'));
          void worker.terminate();
        };
        signal?.addEventListener('abort', stop, { once: true });
        worker.on('message', (message: CompareWorkerMessage) => {
          if (settled) return;
          if (message.type === 'progress') return onProgress(message.done, message.total);
          settled = true;
          signal?.removeEventListener('abort', stop);
          resolve(message.output);
          void worker.terminate();
        });
        worker.once('error', (error) => {
          if (settled) return;
          settled = true;
          reject(error);
        });
        worker.once('exit', (code) => {
          if (settled) return;
          settled = true;
          reject(new Error(`The comparison worker stopped (exit code ${code}).`));
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
