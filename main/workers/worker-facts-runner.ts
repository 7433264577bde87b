import { Worker } from 'node:worker_threads';
import type { FactsRunInput, FactsRunner, FactsRunOutput } from '../services/facts-runner';
import type { FactsWorkerMessage } from './facts-worker';
import type { WorkerScript } from './worker-script';

/**
 * Runs each facts computation in a fresh worker thread from `script` (out/main/facts-worker.js
 * when built). Aborting the signal terminates the worker: a run for a case that was closed
 * stops at once.
 */
export function createWorkerFactsRunner(script: WorkerScript): FactsRunner {
  return {
    run: (input: FactsRunInput, onProgress, signal) =>
      new Promise<FactsRunOutput>((resolve, reject) => {
        if (signal?.aborted) {
          reject(new Error('The facts computation was cancelled.'));
          return;
        }
        const worker = new Worker(script.url, script.execArgv ? { execArgv: script.execArgv } : {});
        let settled = false;
        const stop = () => {
          if (settled) return;
          settled = true;
          reject(new Error('The facts computation was cancelled.'));
          void worker.terminate();
        };
        signal?.addEventListener('abort', stop, { once: true });
        worker.on('message', (message: FactsWorkerMessage) => {
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
          if (!settled) {
            settled = true;
            reject(new Error(`The facts worker stopped (exit code ${code}).`));
          }
        });
        worker.postMessage(input);
      }),
  };
}
