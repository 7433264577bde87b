import { compareCorpus } from '../core/corpus';
import type { ComparisonInput, ComparisonOutput, ComparisonRunner } from './comparison-runner';

/**
 * Cases up to this size have every pair aligned (about 40 µs a pair: 300 sources take about
 * two seconds in the worker); larger ones rely on LSH candidates.
 */
export const EXHAUSTIVE_CASE_SIZE = 300;

/** The comparison itself, shared by the worker thread and the inline runner. */
export function runComparison(
  input: ComparisonInput,
  onProgress: (done: number, total: number) => void,
): ComparisonOutput {
  const pairs: ComparisonOutput['pairs'] = [];
  compareCorpus(input.docs, {
    only: new Set(input.only),
    // A large case is read first (sources counted), then compared (pairs counted).
    onRead: onProgress,
    onProgress,
    onResult: ({ relation, alignment }) => pairs.push({ a: relation.a, b: relation.b, alignment }),
    exhaustiveUpTo: EXHAUSTIVE_CASE_SIZE,
  });
  return { pairs };
}

/** Runs on the calling thread: for tests and the CLI, where nothing else waits on the thread. */
export const inlineComparisonRunner: ComparisonRunner = {
  run: async (input, onProgress, signal) => {
    signal?.throwIfAborted();
    return runComparison(input, (done, total) => {
      signal?.throwIfAborted();
      onProgress(done, total);
    });
  },
};
