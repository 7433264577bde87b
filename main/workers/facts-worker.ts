import { parentPort } from 'node:worker_threads';
import { createEntityRecognizer } from '../facts/entity-recognizer';
import { runFacts, type FactsRunInput, type FactsRunOutput } from '../services/facts-runner';

// A worker thread that reads sources for quotes, attributions and entities and computes the
// case's facts, so the app's main thread (IPC, HTTP) never waits on it. One run per worker.
// The result goes back in parts of at most PART_SIZE items: each message is deserialised in its
// own turn of the main thread's event loop, so no single turn spends long on a big case.

/** The lists of a result, sent in parts. */
export type FactsPartKey =
  | 'extracted'
  | 'quotes'
  | 'attributions'
  | 'entities'
  | 'discrepancies'
  | 'circular'
  | 'nameKeys'
  | 'mentionKeys';

export type FactsWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'part'; key: FactsPartKey; items: unknown[] }
  | { type: 'done' };

const PART_SIZE = 500;

const port = parentPort;
if (!port) throw new Error('facts-worker must run as a worker thread.');

function send(key: FactsPartKey, items: readonly unknown[]): void {
  for (let i = 0; i < items.length; i += PART_SIZE) {
    port?.postMessage({
      type: 'part',
      key,
      items: items.slice(i, i + PART_SIZE),
    } satisfies FactsWorkerMessage);
  }
}

port.once('message', (input: FactsRunInput) => {
  const output: FactsRunOutput = runFacts(input, createEntityRecognizer(), (done, total) => {
    port.postMessage({ type: 'progress', done, total } satisfies FactsWorkerMessage);
  });
  const { facts } = output;
  send('extracted', output.extracted);
  send('quotes', facts.quotes);
  send('attributions', facts.attributions);
  send('entities', facts.entities);
  send('discrepancies', facts.discrepancies);
  send('circular', facts.circular);
  send('nameKeys', [...facts.nameKeys]);
  send('mentionKeys', [...facts.mentionKeys]);
  port.postMessage({ type: 'done' } satisfies FactsWorkerMessage);
});
