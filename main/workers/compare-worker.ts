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

/** Progress messages at most this often: a corpus of copy clusters counts millions of pairs. */
const PROGRESS_INTERVAL_MS = 50;

port.once('message', (input: ComparisonInput) => {
  let last = 0;
  const output = runComparison(input, (done, total) => {
    const now = performance.now();
    if (done !== 0 && done !== total && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    port.postMessage({ type: 'progress', done, total } satisfies CompareWorkerMessage);
  });
  port.postMessage({ type: 'done', output } satisfies CompareWorkerMessage);
});
