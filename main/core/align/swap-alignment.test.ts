import { describe, expect, it } from 'vitest';
import type { PairAlignment } from './align';
import { swapAlignment } from './swap-alignment';

const alignment: PairAlignment = {
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
};

describe('swapAlignment', () => {
  it('reverses spans, diff sides, coverage and substitutions, and sorts by the new first side', () => {
    const swapped = swapAlignment(alignment);
    expect(swapped.passages.map((passage) => passage.a.start)).toEqual([0, 5]);
    expect(swapped.passages[1]?.diff).toEqual({
      a: [{ start: 7, end: 10, op: 'removed' }],
      b: [{ start: 2, end: 4, op: 'added' }],
    });
    expect(swapped.coverage).toEqual([0.4, 0.9]);
    expect(swapped.copyCoverage).toEqual([0.3, 0.9]);
    expect(swapped.substitutions).toEqual([{ from: 'chief', to: 'leader', count: 3 }]);
    expect(swapAlignment(swapped)).toEqual({
      ...alignment,
      passages: [...alignment.passages].sort((x, y) => x.a.start - y.a.start),
    });
  });
});
