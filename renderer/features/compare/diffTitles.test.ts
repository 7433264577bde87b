import { describe, expect, it } from 'vitest';
import { pairDiffMarks, titledDiffMarks } from './diffTitles';
import { passage } from './testPairs';

const textA = 'The leader said the train was famous.';
const textB = 'The chief stated the practice was well-known.';

describe('diff mark titles', () => {
  it('reads a removal and an addition in the same order as one change', () => {
    const aligned = passage([0, 37], [0, 45], 'spun', {
      a: [
        [4, 10],
        [11, 15],
      ],
      b: [
        [4, 9],
        [10, 16],
      ],
    });
    const titled = titledDiffMarks(aligned, { a: textA, b: textB }, { a: '#000', b: '#001' });
    expect(titled.a.map((mark) => mark.title)).toEqual([
      'Changed to “chief” in #001',
      'Changed to “stated” in #001',
    ]);
    expect(titled.b.map((mark) => mark.title)).toEqual([
      'Changed from “leader” in #000',
      'Changed from “said” in #000',
    ]);
  });

  it('pairs by position when the counts differ and leaves strays as additions', () => {
    const aligned = passage([0, 37], [0, 45], 'spun', {
      a: [[4, 10]],
      b: [
        [4, 9],
        [34, 44],
      ],
    });
    expect([...pairDiffMarks(aligned)]).toEqual([[0, 0]]);
    const titled = titledDiffMarks(aligned, { a: textA, b: textB }, { a: '#000', b: '#001' });
    expect(titled.b.map((mark) => mark.title)).toEqual([
      'Changed from “leader” in #000',
      'Added: not in #000',
    ]);
  });

  it('still says what happened while a text is loading', () => {
    const aligned = passage([0, 37], [0, 45], 'spun', { a: [[4, 10]], b: [] });
    const titled = titledDiffMarks(aligned, { a: textA, b: undefined }, { a: '#000', b: '#001' });
    expect(titled.a[0]?.title).toBe('Removed: not in #001');
  });
});
