import { parentPort } from 'node:worker_threads';
import type { Discrepancy, EntityEdit } from '../../preload/contract';
import { createEntityRecognizer } from '../facts/entity-recognizer';
import { runFacts, type FactsRunInput } from '../services/facts-runner';

// A worker thread that reads sources for quotes, attributions and entities and computes the
// case's facts, so the app's main thread (IPC, HTTP) never waits on it. One run per worker.
//
// Both ways the data goes in parts, so no turn of the main thread's event loop spends long on
// a big case: the input arrives in parts the main thread posts one turn apart; the result goes
// back one part at a time, the next only when the main thread asks for it (`next`). Node hands
// a port's waiting messages to the listener in one go, so parts sent back to back would be
// deserialised in one turn after all: 330 ms for the BBC case before this flow control.

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

/** Worker → main thread. */
export type FactsWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'part'; key: FactsPartKey; items: unknown[] }
  | { type: 'done' };

/** The lists of an input, received in parts. */
export type FactsInputKey = 'sources' | 'cached' | 'previousDiscrepancies';

/** Main thread → worker. */
export type FactsMainMessage =
  | { type: 'input-part'; key: FactsInputKey; items: unknown[] }
  | {
      type: 'input-end';
      extract: number[];
      edits: EntityEdit[];
      /** The previous run's source ids, when its discrepancies came in parts; else null. */
      previousSourceIds: number[] | null;
    }
  | { type: 'next' };

const PART_SIZE = 500;

const port = parentPort;
if (!port) throw new Error('facts-worker must run as a worker thread.');

const input: FactsRunInput = { sources: [], cached: [], extract: [], edits: [] };
const previousDiscrepancies: Discrepancy[] = [];
/** Result parts waiting for the main thread to ask for them. */
const outgoing: Array<{ key: FactsPartKey; items: unknown[] }> = [];
let nextPart = 0;

function queue(key: FactsPartKey, items: readonly unknown[]): void {
  for (let i = 0; i < items.length; i += PART_SIZE) {
    outgoing.push({ key, items: items.slice(i, i + PART_SIZE) });
  }
}

function sendNext(): void {
  const part = outgoing[nextPart];
  if (part === undefined) {
    port?.postMessage({ type: 'done' } satisfies FactsWorkerMessage);
    return;
  }
  outgoing[nextPart] = { key: part.key, items: [] };
  nextPart += 1;
  port?.postMessage({
    type: 'part',
    key: part.key,
    items: part.items,
  } satisfies FactsWorkerMessage);
}

function append(list: unknown[], items: readonly unknown[]): void {
  for (const item of items) list.push(item);
}

port.on('message', (message: FactsMainMessage) => {
  switch (message.type) {
    case 'input-part':
      if (message.key === 'sources') append(input.sources, message.items);
      else if (message.key === 'cached') append(input.cached, message.items);
      else append(previousDiscrepancies, message.items);
      return;
    case 'input-end': {
      input.extract = message.extract;
      input.edits = message.edits;
      if (message.previousSourceIds !== null) {
        input.previous = {
          sourceIds: message.previousSourceIds,
          discrepancies: previousDiscrepancies,
        };
      }
      const output = runFacts(input, createEntityRecognizer(), (done, total) => {
        port.postMessage({ type: 'progress', done, total } satisfies FactsWorkerMessage);
      });
      const { facts } = output;
      queue('extracted', output.extracted);
      queue('quotes', facts.quotes);
      queue('attributions', facts.attributions);
      queue('entities', facts.entities);
      queue('discrepancies', facts.discrepancies);
      queue('circular', facts.circular);
      queue('nameKeys', Array.from(facts.nameKeys));
      queue('mentionKeys', Array.from(facts.mentionKeys));
      sendNext();
      return;
    }
    case 'next':
      sendNext();
      return;
  }
});
