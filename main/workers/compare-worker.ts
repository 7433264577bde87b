import { parentPort } from 'node:worker_threads';
import type { ComparisonInput } from '../services/comparison-runner';
import { runComparison } from '../services/run-comparison';

// A worker thread that compares sources, so the app's main thread (IPC, HTTP) never waits on
// alignment. One run per worker; progress and the result go back as messages.

export type CompareWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; output: ReturnType<typeof runComparison> };

const port = parentPort;
if (!port) throw new Error('compare-worker must run as a worker thread.');

port.once('message', (input: ComparisonInput) => {
  const output = runComparison(input, (done, total) => {
    port.postMessage({ type: 'progress', done, total } satisfies CompareWorkerMessage);
  });
  port.postMessage({ type: 'done', output } satisfies CompareWorkerMessage);
});
