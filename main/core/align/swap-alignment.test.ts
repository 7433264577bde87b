import { describe, expect, it } from 'vitest';
import { sampleAlignment as alignment } from '../../testing/alignment';
import { swapAlignment } from './swap-alignment';

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
