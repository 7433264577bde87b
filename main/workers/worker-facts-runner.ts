import { Worker } from 'node:worker_threads';
import type { FactsRunInput, FactsRunner, FactsRunOutput } from '../services/facts-runner';
import type { ComputedFacts } from '../core/facts';
import type { FactsInputKey, FactsMainMessage, FactsWorkerMessage } from './facts-worker';
import type { WorkerScript } from './worker-script';

/** About how many characters of text one input part carries (a part posts in one turn). */
const INPUT_PART_CHARS = 256 * 1024;
/** At most this many items in one input part. */
const INPUT_PART_ITEMS = 250;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs each facts computation in a fresh worker thread from `script` (out/main/facts-worker.js
 * when built). Aborting the signal terminates the worker: a run for a case that was closed
 * stops at once. The input is posted in parts one turn apart and the result taken one part per
 * turn (see facts-worker.ts), so this thread never spends long on a big case in one turn.
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
        const output = emptyOutput();
        const post = (message: FactsMainMessage) => worker.postMessage(message);
        worker.on('message', (message: FactsWorkerMessage) => {
          if (message.type === 'progress') return onProgress(message.done, message.total);
          if (message.type === 'part') {
            addPart(output, message);
            // The next part in a later turn, so other work (IPC, HTTP) runs in between.
            setImmediate(() => {
              if (!settled) post({ type: 'next' });
            });
            return;
          }
          settled = true;
          signal?.removeEventListener('abort', stop);
          resolve(output);
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
        void postInput(input, post, () => settled).catch((error: unknown) => {
          if (settled) return;
          settled = true;
          reject(error instanceof Error ? error : new Error(String(error)));
          void worker.terminate();
        });
      }),
  };
}

/** Posts `input` in parts of about INPUT_PART_CHARS, one turn apart; stops once `stopped()`. */
async function postInput(
  input: FactsRunInput,
  post: (message: FactsMainMessage) => void,
  stopped: () => boolean,
): Promise<void> {
  const inParts = async <T>(key: FactsInputKey, items: readonly T[], size: (item: T) => number) => {
    let part: T[] = [];
    let chars = 0;
    for (const item of items) {
      part.push(item);
      chars += size(item);
      if (chars >= INPUT_PART_CHARS || part.length >= INPUT_PART_ITEMS) {
        if (stopped()) return;
        post({ type: 'input-part', key, items: part });
        part = [];
        chars = 0;
        await nextTurn();
      }
    }
    if (part.length > 0 && !stopped()) post({ type: 'input-part', key, items: part });
  };
  await inParts('sources', input.sources, (source) => source.text.length);
  await inParts('cached', input.cached, (row) => row.json.length);
  const previous = input.previous;
  if (previous) {
    await inParts(
      'previousDiscrepancies',
      previous.discrepancies,
      (d) => 200 + d.a.passage.text.length + d.b.passage.text.length,
    );
  }
  if (stopped()) return;
  post({
    type: 'input-end',
    extract: input.extract,
    edits: input.edits,
    previousSourceIds: previous ? previous.sourceIds : null,
  });
}

function emptyOutput(): FactsRunOutput {
  const facts: ComputedFacts = {
    quotes: [],
    attributions: [],
    entities: [],
    discrepancies: [],
    circular: [],
    nameKeys: new Map(),
    mentionKeys: new Map(),
  };
  return { extracted: [], facts };
}

/** Appends one part of a result (the worker sends lists in parts; see facts-worker.ts). */
function addPart(
  output: FactsRunOutput,
  part: Extract<FactsWorkerMessage, { type: 'part' }>,
): void {
  const { facts } = output;
  const append = <T>(list: T[]) => {
    for (const item of part.items) list.push(item as T);
  };
  switch (part.key) {
    case 'extracted':
      return append(output.extracted);
    case 'quotes':
      return append(facts.quotes);
    case 'attributions':
      return append(facts.attributions);
    case 'entities':
      return append(facts.entities);
    case 'discrepancies':
      return append(facts.discrepancies);
    case 'circular':
      return append(facts.circular);
    case 'nameKeys':
      for (const [name, key] of part.items as Array<[string, string]>)
        facts.nameKeys.set(name, key);
      return;
    case 'mentionKeys':
      for (const [name, key] of part.items as Array<[string, string]>)
        facts.mentionKeys.set(name, key);
      return;
  }
}
