import { describe, expect, it } from 'vitest';
import {
  oldFactDifferencesBaseline,
  scorePairs,
  tableRows,
  touches,
  wordDiffBaseline,
  type Detector,
} from './discrepancies';
import { buildFactPairs, spell, type FactPair } from './fact-rewrites';
import type { WordNet } from './wordnet';

const span = (text: string, words: string, from = 0) => {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`no ${words} in ${text}`);
  return { start, end: start + words.length };
};

const A = 'The firm sent 2,000 tonnes of rice on Monday, said John Smith.';
const B = 'The company sent 3,000 tonnes of rice on Monday, said Jane Doe.';
const C = 'The firm sent two ships on Tuesday.';
const D = 'The firm sent 2 ships on Tuesday.';

const SAMPLE: FactPair[] = [
  {
    id: 'x/1',
    split: 'dev',
    a: A,
    b: B,
    changed: [
      { kind: 'number', a: span(A, '2,000'), b: span(B, '3,000') },
      { kind: 'person', a: span(A, 'John Smith'), b: span(B, 'Jane Doe') },
    ],
    reworded: [],
    kept: [{ kind: 'weekday', a: span(A, 'Monday'), b: span(B, 'Monday') }],
    negative: false,
    note: '',
  },
  {
    id: 'x/2',
    split: 'dev',
    a: C,
    b: D,
    changed: [],
    reworded: [{ kind: 'digits', a: span(C, 'two'), b: span(D, '2') }],
    kept: [],
    negative: false,
    note: '',
  },
  {
    id: 'x/3',
    split: 'dev',
    a: C,
    b: A,
    changed: [],
    reworded: [],
    kept: [],
    negative: true,
    note: '',
  },
];

describe('touches', () => {
  it.each([
    [{ start: 0, end: 5 }, { start: 4, end: 9 }, true],
    [{ start: 0, end: 5 }, { start: 5, end: 9 }, false],
    [{ start: 5, end: 5 }, { start: 0, end: 5 }, true],
    [{ start: 6, end: 6 }, { start: 0, end: 5 }, false],
  ])('%j / %j → %s', (x, y, expected) => {
    expect(touches(x, y)).toBe(expected);
  });
});

describe('scorePairs', () => {
  it('counts found changes, right and wrong reports, flagged rewordings and negatives', () => {
    const detector: Detector = (a, b) => {
      if (a === A) {
        return [
          { a: span(A, '2,000 tonnes'), b: span(B, '3,000 tonnes'), label: 'number' },
          { a: span(A, 'Monday'), b: span(B, 'Doe'), label: 'wrong pairing' },
        ];
      }
      if (a === C && b === D) return [{ a: span(C, 'two'), b: span(D, '2'), label: 'two ≠ 2' }];
      return [{ a: { start: 0, end: 3 }, b: { start: 0, end: 3 }, label: 'negative' }];
    };
    const score = scorePairs(SAMPLE, detector);
    expect(score.recall.get('number')).toEqual({ n: 1, hit: 1 });
    expect(score.recall.get('person')).toEqual({ n: 1, hit: 0 });
    expect(score.reported).toBe(4);
    expect(score.correct).toBe(1);
    expect(score.reworded.get('digits')).toEqual({ n: 1, hit: 1 });
    expect(score.negatives).toEqual({ n: 1, hit: 1 });
    expect(score.otherFalse).toBe(2);
    const rows = tableRows([score]);
    expect(rows[0]).toMatchObject({
      measure: 'recall, per changed fact',
      n: 2,
      cells: ['0.500 (1/2)'],
    });
    expect(rows.find((r) => r.measure.startsWith('precision'))?.cells).toEqual(['0.250 (1/4)']);
  });

  it('one report covering two changed facts finds both', () => {
    const a = 'It opens on 27 February 2005.';
    const b = 'It opens on 15 February 2007.';
    const pair: FactPair = {
      ...SAMPLE[1],
      id: 'x/4',
      a,
      b,
      reworded: [],
      changed: [
        { kind: 'date', a: span(a, '27 February'), b: span(b, '15 February') },
        { kind: 'year', a: span(a, '2005'), b: span(b, '2007') },
      ],
    } as FactPair;
    const score = scorePairs([pair], () => [
      { a: span(a, '27 February 2005'), b: span(b, '15 February 2007'), label: '' },
    ]);
    expect([score.correct, score.recall.get('date')?.hit, score.recall.get('year')?.hit]).toEqual([
      1, 1, 1,
    ]);
  });
});

describe('baselines', () => {
  it('word diff reports changed runs with a digit or a capital, with their ranges', () => {
    const found = wordDiffBaseline(A, B);
    expect(
      found.some((d) => touches(d.a, span(A, '2,000')) && touches(d.b, span(B, '3,000'))),
    ).toBe(true);
    expect(found.some((d) => B.slice(d.b.start, d.b.end).includes('Jane'))).toBe(true);
    expect(found.some((d) => A.slice(d.a.start, d.a.end) === 'firm')).toBe(false);
  });

  it('the ed440fc comparer keeps its descriptions', () => {
    const labels = (a: string, b: string) => oldFactDifferencesBaseline(a, b).map((d) => d.label);
    expect(labels('sent 2,000 tonnes of rice', 'sent 3,000 tonnes of rice')).toEqual([
      '2,000 tonnes ≠ 3,000 tonnes',
    ]);
    expect(labels('a lunch in Kim’s honor', 'as well as a dinner')).toEqual(['lunch ≠ dinner']);
    expect(labels('held in 2019 in the city', 'held in 2023 in Vladivostok')).toEqual([]);
  });
});

describe('fact rewrites', () => {
  const noSynonyms: WordNet = { synonym: () => null, has: () => false };
  const articles = Array.from({ length: 12 }, (_, k) => ({
    name: `business/${String(k).padStart(3, '0')}`,
    category: 'business',
    text: [
      `Headline ${k}`,
      '',
      `Profits rose ${10 + k}% to $${k + 2}.5bn on Monday, chief executive Anna Berg${k} said. ` +
        `The firm shipped ${k + 3},000 tonnes of grain to France in March 2004, three days after the vote. ` +
        `Officials in London said 12 inspectors met at 3pm for lunch.`,
    ].join('\n'),
  }));

  it('is deterministic, and every truth span lies inside its text', () => {
    const first = buildFactPairs(articles, 'dev', noSynonyms, { rewrites: 8, negatives: 2 });
    const second = buildFactPairs(articles, 'dev', noSynonyms, { rewrites: 8, negatives: 2 });
    expect(first).toEqual(second);
    expect(first.length).toBeGreaterThan(0);
    for (const pair of first) {
      for (const fact of [...pair.changed, ...pair.reworded, ...pair.kept]) {
        expect(fact.a.end).toBeLessThanOrEqual(pair.a.length);
        expect(fact.b.end).toBeLessThanOrEqual(pair.b.length);
      }
      for (const fact of pair.changed) {
        expect(pair.b.slice(fact.b.start, fact.b.end)).not.toBe(
          pair.a.slice(fact.a.start, fact.a.end),
        );
      }
      if (pair.negative) expect(pair.changed).toEqual([]);
    }
  });

  it.each([
    [7, 'seven'],
    [42, 'forty-two'],
    [305, 'three hundred and five'],
  ])('spells %i as %s', (value, words) => {
    expect(spell(value)).toBe(words);
  });
});
