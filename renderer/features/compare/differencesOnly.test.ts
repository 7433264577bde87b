import { describe, expect, it } from 'vitest';
import { sharedVerbatimSpans } from './differencesOnly';
import { pair, passage } from './testPairs';

describe('sharedVerbatimSpans', () => {
  it('with two columns hides the verbatim passages only', () => {
    const pairs = [
      pair(0, 1, 2, [
        passage([0, 10], [0, 10], 'verbatim'),
        passage([12, 30], [12, 28], 'spun'),
        passage([40, 50], [35, 45], 'paraphrase'),
        passage([60, 70], [50, 60], 'verbatim'),
      ]),
    ];
    expect(sharedVerbatimSpans(2, pairs)).toEqual([
      [
        { start: 0, end: 10 },
        { start: 60, end: 70 },
      ],
      [
        { start: 0, end: 10 },
        { start: 50, end: 60 },
      ],
    ]);
  });

  it('with three columns hides only what is verbatim all along the chain', () => {
    const pairs = [
      pair(0, 1, 2, [
        passage([0, 10], [100, 110], 'verbatim'),
        passage([20, 30], [120, 130], 'verbatim'),
      ]),
      pair(1, 2, 3, [
        passage([102, 110], [500, 508], 'verbatim'), // overlaps the first: shared by all three
        passage([120, 130], [520, 530], 'spun'), // reworded in the third: stays visible
      ]),
    ];
    expect(sharedVerbatimSpans(3, pairs)).toEqual([
      [{ start: 0, end: 10 }],
      [{ start: 102, end: 110 }],
      [{ start: 500, end: 508 }],
    ]);
  });

  it('hides nothing until every pair has loaded', () => {
    const loaded = pair(0, 1, 2, [passage([0, 10], [0, 10], 'verbatim')]);
    expect(sharedVerbatimSpans(3, [loaded, undefined])).toEqual([[], [], []]);
    expect(sharedVerbatimSpans(3, [loaded])).toEqual([[], [], []]);
  });

  it('hides nothing in a single column', () => {
    expect(sharedVerbatimSpans(1, [])).toEqual([[]]);
  });
});
