import { describe, expect, it } from 'vitest';
import type { SearchGroup, SearchHit } from '../../../preload/contract';
import { hitPassage, hitPassages } from './hitPassages';

const hit = (kind: SearchHit['kind'], spans: Array<[number, number]>): SearchHit => ({
  kind,
  score: 1,
  spans: spans.map(([start, end]) => ({ start, end })),
  snippet: { text: '', highlights: [] },
});
const group = (sourceId: number | null, hits: SearchHit[]): SearchGroup => ({
  sourceId,
  title: '',
  label: '',
  outlet: '',
  score: 1,
  hits,
  hitCount: hits.length,
});

describe('hitPassage', () => {
  it('is the stretch from the first matched span of a passage hit to the last', () => {
    expect(
      hitPassage(
        3,
        hit('passage', [
          [40, 45],
          [10, 20],
        ]),
      ),
    ).toEqual({
      sourceId: 3,
      start: 10,
      end: 45,
    });
  });

  it('is null for titles, claims, notes, case notes and hits without spans', () => {
    expect(hitPassage(3, hit('title', [[0, 4]]))).toBeNull();
    expect(hitPassage(3, hit('claim', [[0, 4]]))).toBeNull();
    expect(hitPassage(null, hit('note', [[0, 4]]))).toBeNull();
    expect(hitPassage(3, hit('passage', []))).toBeNull();
  });
});

describe('hitPassages', () => {
  it('lists every passage hit once, by group and then by position in the text', () => {
    const groups = [
      group(2, [hit('passage', [[90, 95]]), hit('title', [[0, 3]]), hit('passage', [[5, 9]])]),
      group(null, [hit('note', [[0, 2]])]),
      group(1, [hit('passage', [[7, 8]]), hit('passage', [[7, 8]])]),
    ];
    expect(hitPassages(groups)).toEqual([
      { sourceId: 2, start: 5, end: 9 },
      { sourceId: 2, start: 90, end: 95 },
      { sourceId: 1, start: 7, end: 8 },
    ]);
  });
});
