import type { PairAlignment } from '../core/align';

/** A small two-passage alignment for storage and orientation tests. */
export const sampleAlignment: PairAlignment = {
  passages: [
    {
      a: { start: 0, end: 10 },
      b: { start: 5, end: 16 },
      score: 0.8,
      kind: 'spun',
      diff: { a: [{ start: 2, end: 4, op: 'removed' }], b: [{ start: 7, end: 10, op: 'added' }] },
    },
    {
      a: { start: 20, end: 30 },
      b: { start: 0, end: 4 },
      score: 1,
      kind: 'verbatim',
      diff: { a: [], b: [] },
    },
  ],
  coverage: [0.9, 0.4],
  copyCoverage: [0.9, 0.3],
  similarity: 0.6,
  substitutions: [{ from: 'leader', to: 'chief', count: 3 }],
  copiedRuns: [
    { a: { start: 0, end: 10 }, b: { start: 5, end: 16 }, sentences: 2 },
    { a: { start: 20, end: 30 }, b: { start: 0, end: 4 }, sentences: 1 },
  ],
};
