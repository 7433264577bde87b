import { describe, expect, it } from 'vitest';
import {
  addTallies,
  EMPTY_TALLY,
  reuseScores,
  tallyReuse,
  unionLength,
  type ReusePair,
} from './reuse-measures';

const pair = (a: [number, number], b: [number, number]): ReusePair => ({
  a: { start: a[0], end: a[1] },
  b: { start: b[0], end: b[1] },
});

describe('unionLength', () => {
  it.each([
    [[], 0],
    [[[0, 10]], 10],
    [
      [
        [0, 10],
        [5, 15],
      ],
      15,
    ],
    [
      [
        [0, 10],
        [20, 25],
      ],
      15,
    ],
    [
      [
        [20, 25],
        [0, 10],
        [2, 3],
      ],
      15,
    ],
    [[[5, 5]], 0],
  ] as Array<[Array<[number, number]>, number]>)('%j covers %i', (spans, expected) => {
    expect(unionLength(spans.map(([start, end]) => ({ start, end })))).toBe(expected);
  });
});

describe('PAN measures', () => {
  it('scores an exact detection as perfect', () => {
    const reuse = pair([0, 100], [50, 150]);
    expect(reuseScores(tallyReuse([reuse], [reuse]))).toEqual({
      precision: 1,
      recall: 1,
      granularity: 1,
      plagdet: 1,
    });
  });

  it('counts half a case found as half recall, and full precision', () => {
    const scores = reuseScores(tallyReuse([pair([0, 100], [0, 100])], [pair([0, 50], [0, 50])]));
    expect(scores.recall).toBeCloseTo(0.5);
    expect(scores.precision).toBe(1);
  });

  it('charges a detection that spills past the case in precision', () => {
    const scores = reuseScores(tallyReuse([pair([0, 100], [0, 100])], [pair([0, 200], [0, 200])]));
    expect(scores.precision).toBeCloseTo(0.5);
    expect(scores.recall).toBe(1);
  });

  it('needs overlap in both texts for a detection to count', () => {
    const scores = reuseScores(
      tallyReuse([pair([0, 100], [0, 100])], [pair([0, 100], [200, 300])]),
    );
    expect(scores.precision).toBe(0);
    expect(scores.recall).toBe(0);
  });

  it('reports a case split over two detections as granularity 2', () => {
    const scores = reuseScores(
      tallyReuse([pair([0, 100], [0, 100])], [pair([0, 50], [0, 50]), pair([50, 100], [50, 100])]),
    );
    expect(scores.granularity).toBe(2);
    expect(scores.recall).toBe(1);
    expect(scores.plagdet).toBeCloseTo(1 / Math.log2(3));
  });

  it('adds text pairs: detections in a negative pair lower precision only', () => {
    const positive = tallyReuse([pair([0, 100], [0, 100])], [pair([0, 100], [0, 100])]);
    const negative = tallyReuse([], [pair([0, 10], [0, 10])]);
    const scores = reuseScores(addTallies(addTallies(EMPTY_TALLY, positive), negative));
    expect(scores.precision).toBeCloseTo(0.5);
    expect(scores.recall).toBe(1);
  });

  it('treats nothing claimed and nothing to find as perfect, and a miss as zero recall', () => {
    expect(reuseScores(EMPTY_TALLY).plagdet).toBe(1);
    expect(reuseScores(tallyReuse([pair([0, 10], [0, 10])], [])).recall).toBe(0);
  });
});
