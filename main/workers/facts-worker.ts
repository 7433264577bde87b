import { parentPort } from 'node:worker_threads';
import { createEntityRecognizer } from '../facts/entity-recognizer';
import { runFacts, type FactsRunInput } from '../services/facts-runner';

// A worker thread that reads sources for quotes, attributions and entities and computes the
// case's facts, so the app's main thread (IPC, HTTP) never waits on it. One run per worker;
// progress and the result go back as messages.

export type FactsWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; output: ReturnType<typeof runFacts> };

const port = parentPort;
if (!port) throw new Error('facts-worker must run as a worker thread.');

port.once('message', (input: FactsRunInput) => {
  const output = runFacts(input, createEntityRecognizer(), (done, total) => {
    port.postMessage({ type: 'progress', done, total } satisfies FactsWorkerMessage);
  });
  port.postMessage({ type: 'done', output } satisfies FactsWorkerMessage);
});
