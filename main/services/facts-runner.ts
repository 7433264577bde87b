// One facts computation: extract what new sources say (quotes, attributions, entities), then
// the case's facts across all sources. The same function runs in the worker thread of the app
// (main/workers/facts-worker.ts) and inline in the CLI and tests.

import type { Discrepancy, EntityEdit } from '../../preload/contract';
import {
  computeCaseFacts,
  extractSourceRecord,
  parseSourceRecord,
  type ComputedFacts,
  type EntityRecognizer,
  type FactsSource,
  type SourceRecord,
} from '../core/facts';

export interface FactsRunInput {
  sources: FactsSource[];
  /** Records cached in the case file, as stored (JSON). */
  cached: Array<{ sourceId: number; json: string }>;
  /** Sources to read again (new, or their cached record is missing or damaged). */
  extract: number[];
  edits: EntityEdit[];
  /** The last run's discrepancies, when its entity edits were these: only new sources are paired. */
  previous?: { sourceIds: number[]; discrepancies: Discrepancy[] } | undefined;
}

export interface FactsRunOutput {
  /** Records of the sources read this time, to cache. */
  extracted: Array<{ sourceId: number; json: string }>;
  facts: ComputedFacts;
}

/** Runs a computation off the caller's thread (a worker in the app, inline in the CLI). */
export interface FactsRunner {
  run(
    input: FactsRunInput,
    onProgress: (done: number, total: number) => void,
    signal?: AbortSignal,
  ): Promise<FactsRunOutput>;
}

/** How often extraction reports progress, in sources. */
const PROGRESS_EVERY = 25;

export function runFacts(
  input: FactsRunInput,
  recognizer: EntityRecognizer | null,
  onProgress: (done: number, total: number) => void,
): FactsRunOutput {
  const records = new Map<number, SourceRecord>();
  for (const row of input.cached) {
    const record = parseSourceRecord(row.json);
    if (record) records.set(row.sourceId, record);
  }
  const wanted = new Set(input.extract);
  for (const source of input.sources) if (!records.has(source.id)) wanted.add(source.id);
  const extracted: FactsRunOutput['extracted'] = [];
  const total = input.sources.length + 1;
  let done = input.sources.length - wanted.size;
  onProgress(done, total);
  for (const source of input.sources) {
    if (!wanted.has(source.id)) continue;
    const record = extractSourceRecord(source.text, recognizer);
    records.set(source.id, record);
    extracted.push({ sourceId: source.id, json: JSON.stringify(record) });
    done += 1;
    if (done % PROGRESS_EVERY === 0) onProgress(done, total);
  }
  onProgress(total - 1, total);
  const facts = computeCaseFacts({
    sources: input.sources,
    records,
    edits: input.edits,
    previous: input.previous,
  });
  onProgress(total, total);
  return { extracted, facts };
}

/** Runs on the calling thread: the CLI and tests. */
export function inlineFactsRunner(recognizer: () => EntityRecognizer | null): FactsRunner {
  return {
    run: async (input, onProgress, signal) => {
      signal?.throwIfAborted();
      return runFacts(input, recognizer(), onProgress);
    },
  };
}
