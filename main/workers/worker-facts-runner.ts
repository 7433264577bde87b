import { Worker } from 'node:worker_threads';
import type { FactsRunInput, FactsRunner, FactsRunOutput } from '../services/facts-runner';
import type { ComputedFacts } from '../core/facts';
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
        const output = emptyOutput();
        worker.on('message', (message: FactsWorkerMessage) => {
          if (message.type === 'progress') return onProgress(message.done, message.total);
          if (message.type === 'part') return addPart(output, message);
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
        worker.postMessage(input);
      }),
  };
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
