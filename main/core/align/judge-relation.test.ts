import { describe, expect, it } from 'vitest';
import type { AlignedPassage, PassageKind } from '../../../preload/contract';
import type { PairAlignment } from './align';
import { alignTexts } from './align';
import { isIdenticalText, judgeRelation } from './judge-relation';
import type { SourceFacts } from './source-facts';

function facts(id: number, changes: Partial<SourceFacts> = {}): SourceFacts {
  const label = String(id).padStart(3, '0');
  return { id, label, attribution: '', outlet: '', url: '', publishedDate: '', ...changes };
}

/** Passages of the given kinds, each `length` code points long on both sides. */
function passagesOf(kinds: readonly PassageKind[], length = 200): AlignedPassage[] {
  return kinds.map((kind, index) => ({
    a: { start: index * 1000, end: index * 1000 + length },
    b: { start: index * 1000, end: index * 1000 + length },
    score: kind === 'verbatim' ? 1 : 0.8,
    kind,
    diff: { a: [], b: [] },
  }));
}

function alignment(changes: Partial<PairAlignment>): PairAlignment {
  return {
    passages: [],
    coverage: [0, 0],
    copyCoverage: [0, 0],
    similarity: 0,
    substitutions: [],
    copiedRuns: (changes.passages ?? [])
      .filter((passage) => passage.kind === 'verbatim' || passage.kind === 'spun')
      .map((passage) => ({ a: passage.a, b: passage.b, sentences: 1 })),
    ...changes,
  };
}

const copied = alignment({
  passages: passagesOf(['verbatim', 'spun', 'spun']),
  coverage: [0.5, 0.95],
  copyCoverage: [0.5, 0.95],
  similarity: 0.6,
  substitutions: [
    { from: 'said', to: 'stated', count: 5 },
    { from: 'leader', to: 'chief', count: 3 },
    { from: 'train', to: 'practice', count: 1 },
  ],
});

describe('judgeRelation', () => {
  it('calls a text mostly made of the other a derived copy, with counts and swaps', () => {
    const relation = judgeRelation(
      copied,
      facts(0),
      facts(1, { attribution: 'Content Source: www.washingtontimes.com' }),
    );
    expect(relation).toMatchObject({
      a: 0,
      b: 1,
      verdict: 'derived-copy',
      direction: { copy: 1, origin: 0 },
      coverage: [0.5, 0.95],
      similarity: 0.6,
      passageCounts: { verbatim: 1, spun: 2, 'shared-quote': 0, paraphrase: 0 },
    });
    expect(relation.explanation).toBe(
      '95% of 001 is aligned with 000 (3 passages: 1 verbatim, 2 spun). ' +
        'Typical substitutions: said → stated ×5, leader → chief ×3, train → practice. ' +
        '001 carries the line “Content Source: www.washingtontimes.com”, so it is the copy.',
    );
  });

  it.each<
    [
      string,
      Partial<SourceFacts>,
      Partial<SourceFacts>,
      { copy: number; origin: number } | null,
      RegExp,
    ]
  >([
    [
      'attribution on B',
      {},
      { attribution: 'Originally published by Example News' },
      { copy: 1, origin: 0 },
      /001 carries the line “Originally published by Example News”, so it is the copy\.$/,
    ],
    [
      'attribution on A',
      { attribution: 'Content Source: www.example.com' },
      {},
      { copy: 0, origin: 1 },
      /000 carries the line/,
    ],
    [
      'attribution naming the other outlet',
      { outlet: 'washingtontimes.com' },
      { attribution: 'Content Source: www.washingtontimes.com' },
      { copy: 1, origin: 0 },
      /which names 000's outlet, so it is the copy\.$/,
    ],
    [
      'both attributed, one naming the other by url',
      {
        attribution: 'Source: Reuters',
        url: 'https://www.washingtontimes.com/news/2023/sep/11/x/',
      },
      { attribution: 'Content Source: www.washingtontimes.com' },
      { copy: 1, origin: 0 },
      /001 carries the line/,
    ],
    [
      'attribution beats dates',
      { publishedDate: '2023-09-12' },
      { attribution: 'Via example.com', publishedDate: '2023-09-11' },
      { copy: 1, origin: 0 },
      /001 carries the line/,
    ],
    [
      'earlier date on A',
      { publishedDate: '2023-09-11' },
      { publishedDate: '2023-09-12' },
      { copy: 1, origin: 0 },
      /000 is dated 2023-09-11 and 001 2023-09-12, so 000 is taken as the origin\.$/,
    ],
    [
      'earlier date on B',
      { publishedDate: '2023-09-12' },
      { publishedDate: '2023-09-11' },
      { copy: 0, origin: 1 },
      /001 is dated 2023-09-11 and 000 2023-09-12/,
    ],
    [
      'the same date',
      { publishedDate: '2023-09-11' },
      { publishedDate: '2023-09-11' },
      null,
      /Direction undetermined: both are dated 2023-09-11/,
    ],
    ['one date only', { publishedDate: '2023-09-11' }, {}, null, /Direction undetermined/],
    ['no evidence', {}, {}, null, /Direction undetermined/],
    [
      'attribution on both, naming neither',
      { attribution: 'Source: AP' },
      { attribution: 'Source: AFP' },
      null,
      /Direction undetermined/,
    ],
  ])('direction from %s', (_, factsA, factsB, direction, explanation) => {
    const relation = judgeRelation(copied, facts(0, factsA), facts(1, factsB));
    expect(relation.verdict).toBe('derived-copy');
    const found = relation.direction;
    expect(found && { copy: found.copy, origin: found.origin }).toEqual(direction);
    if (found) expect(found.evidence).not.toBe('');
    expect(relation.explanation).toMatch(explanation);
  });

  it('calls a long copied run in a longer text a partial copy, with its runs', () => {
    const run = { a: { start: 100, end: 900 }, b: { start: 3000, end: 3790 }, sentences: 5 };
    const relation = judgeRelation(
      alignment({
        passages: [{ ...run, score: 0.8, kind: 'spun', diff: { a: [], b: [] } }],
        copyCoverage: [0.45, 0.12],
        coverage: [0.45, 0.12],
        copiedRuns: [run],
      }),
      facts(0),
      facts(1, { attribution: 'Article courtesy of www.example.com' }),
    );
    expect(relation).toMatchObject({
      verdict: 'derived-copy',
      extent: 'partial',
      copiedRuns: [{ a: run.a, b: run.b }],
      direction: { copy: 1, origin: 0 },
    });
    expect(relation.explanation).toMatch(/^A partial copy: one continuous run of 5 sentences/);
  });

  it('calls a copy of 60–80% of a text partial, of more whole', () => {
    const partial = judgeRelation({ ...copied, copyCoverage: [0.64, 0.4] }, facts(0), facts(1));
    expect(partial).toMatchObject({ verdict: 'derived-copy', extent: 'partial' });
    expect(partial.explanation).toMatch(/^A partial copy/);
    const whole = judgeRelation({ ...copied, copyCoverage: [0.85, 0.4] }, facts(0), facts(1));
    expect(whole).toMatchObject({ verdict: 'derived-copy', extent: 'whole' });
    expect(whole.explanation).not.toMatch(/partial/);
  });

  it('does not call two short copied sentences a partial copy', () => {
    const run = { a: { start: 100, end: 260 }, b: { start: 3000, end: 3160 }, sentences: 2 };
    const relation = judgeRelation(
      alignment({
        passages: [{ ...run, score: 0.8, kind: 'spun', diff: { a: [], b: [] } }],
        copyCoverage: [0.1, 0.05],
        copiedRuns: [run],
      }),
      facts(0),
      facts(1),
    );
    expect(relation).toMatchObject({ verdict: 'shares-passages', extent: null, copiedRuns: [] });
  });

  it('names sources without a label by id', () => {
    const relation = judgeRelation(copied, facts(7, { label: '' }), facts(9, { label: ' ' }));
    expect(relation.explanation).toMatch(/^95% of source 9 is aligned with source 7/);
  });

  it.each<[string, PairAlignment, string]>([
    ['mostly copied', copied, 'derived-copy'],
    [
      'copied but too little of either side, in short runs',
      { ...copied, copyCoverage: [0.15, 0.2] },
      'shares-passages',
    ],
    [
      'a single short copied passage',
      alignment({
        passages: passagesOf(['verbatim'], 200),
        copyCoverage: [0.5, 0.5],
        coverage: [0.5, 0.5],
      }),
      'shares-passages',
    ],
    [
      'a single long copied passage',
      alignment({
        passages: passagesOf(['verbatim'], 600),
        copyCoverage: [1, 1],
        coverage: [1, 1],
      }),
      'derived-copy',
    ],
    [
      'one shared quote',
      alignment({ passages: passagesOf(['shared-quote'], 100) }),
      'shares-passages',
    ],
    [
      'two paraphrases',
      alignment({ passages: passagesOf(['paraphrase', 'paraphrase']) }),
      'shares-passages',
    ],
    ['one paraphrase', alignment({ passages: passagesOf(['paraphrase']) }), 'independent'],
    ['a few copied words', alignment({ passages: passagesOf(['verbatim'], 20) }), 'independent'],
    ['nothing', alignment({}), 'independent'],
  ])('%s: %s', (_, aligned, verdict) => {
    const relation = judgeRelation(aligned, facts(0), facts(1));
    expect(relation.verdict).toBe(verdict);
    if (verdict !== 'derived-copy') expect(relation.direction).toBeNull();
  });

  it('explains shared passages and independence in plain words', () => {
    const quote = alignment({
      passages: passagesOf(['shared-quote', 'paraphrase'], 100),
      coverage: [0.02, 0.03],
    });
    expect(judgeRelation(quote, facts(2), facts(4)).explanation).toBe(
      '002 and 004 share 2 passages: 1 shared quote, 1 paraphrase; 2% of 002 and 3% of 004 is aligned.',
    );
    expect(judgeRelation(alignment({}), facts(2), facts(4)).explanation).toBe(
      'No passage of 002 aligns with 004.',
    );
    expect(
      judgeRelation(alignment({ passages: passagesOf(['paraphrase']) }), facts(2), facts(3))
        .explanation,
    ).toBe(
      '002 and 003 have only 1 passage: 1 paraphrase, too little to say one drew on the other.',
    );
  });

  describe('identical texts (a republication under another headline, outlet or address)', () => {
    /** Both whole texts aligned verbatim at the same places, as `alignTexts(t, t)` gives. */
    const identical = (length = 5348, passages = 1) =>
      alignment({
        passages: passagesOf(Array<PassageKind>(passages).fill('verbatim'), length),
        coverage: [1, 1],
        copyCoverage: [1, 1],
        similarity: 1,
      });

    it.each<
      [
        string,
        Partial<SourceFacts>,
        Partial<SourceFacts>,
        { copy: number; origin: number } | null,
        string,
      ]
    >([
      [
        'a credit line on the republication',
        { outlet: 'The Washington Times' },
        { attribution: 'Content Source: www.washingtontimes.com' },
        { copy: 1, origin: 0 },
        'Identical text: 001 repeats 000 word for word (1 passage: 1 verbatim). 001 carries the ' +
          "line “Content Source: www.washingtontimes.com”, which names 000's outlet, so it is the copy.",
      ],
      [
        'dates that decide it',
        { publishedDate: '2023-09-12', url: 'https://farm.example/kim' },
        { publishedDate: '2023-09-11', outlet: 'AP' },
        { copy: 0, origin: 1 },
        'Identical text: 000 repeats 001 word for word (1 passage: 1 verbatim). 001 is dated ' +
          '2023-09-11 and 000 2023-09-12, so 001 is taken as the origin.',
      ],
      [
        'nothing that decides it',
        { outlet: 'Daily Digest' },
        { url: 'https://farm.example/kim' },
        null,
        'Identical text, origin unknown: 000 and 001 are the same, word for word (1 passage: ' +
          '1 verbatim); neither credits a source and their publication dates are not both known.',
      ],
      [
        'the same credit on both',
        { attribution: 'Content Source: www.washingtontimes.com' },
        { attribution: 'Content Source: www.washingtontimes.com' },
        null,
        'Identical text, origin unknown: 000 and 001 are the same, word for word (1 passage: ' +
          '1 verbatim); both credit the same source (“Content Source: www.washingtontimes.com”) ' +
          'and their publication dates are not both known.',
      ],
    ])('a whole identical copy, its direction from %s', (_, a, b, direction, explanation) => {
      const relation = judgeRelation(identical(), facts(0, a), facts(1, b));
      expect(relation).toMatchObject({
        verdict: 'derived-copy',
        extent: 'whole',
        identical: true,
        direction,
      });
      expect(relation.explanation).toBe(explanation);
    });

    it.each([
      'Kim arrived.',
      'A. A.\n\nA.',
      'SEOUL — Kim’s train is “in motion”, officials said.\n\nIt may take 20 hours.',
    ])('is what the aligner finds for a text and itself: %j', (text) => {
      expect(isIdenticalText(alignTexts(text, text))).toBe(true);
      expect(isIdenticalText(alignTexts(text, `${text} And more.`))).toBe(false);
      expect(isIdenticalText(alignTexts(text, text.replace(/^\S+/, 'Zed')))).toBe(false);
    });

    it('is an identical copy however short, and in several passages', () => {
      expect(judgeRelation(identical(60), facts(0), facts(1))).toMatchObject({
        verdict: 'derived-copy',
        extent: 'whole',
        identical: true,
        explanation: expect.stringMatching(/^Identical text, origin unknown: 000 and 001/),
      });
      expect(judgeRelation(identical(900, 3), facts(0), facts(1)).explanation).toMatch(
        /^Identical text, origin unknown: 000 and 001 are the same, word for word \(3 passages: 3 verbatim\)/,
      );
    });

    it.each<[string, Partial<PairAlignment>]>([
      ['a word differs', { passages: passagesOf(['spun'], 5348) }],
      ['a little of one side is left over', { coverage: [1, 0.98], copyCoverage: [1, 0.98] }],
      ['a substitution', { substitutions: [{ from: 'said', to: 'stated', count: 1 }] }],
      [
        'the texts differ between the words',
        {
          passages: passagesOf(['verbatim'], 5348).map((p) => ({
            ...p,
            b: { start: 0, end: 5350 },
          })),
        },
      ],
    ])('is not called identical when %s', (_, changes) => {
      const relation = judgeRelation({ ...identical(), ...changes }, facts(0), facts(1));
      expect(relation.verdict).toBe('derived-copy');
      expect(relation.explanation).not.toMatch(/Identical/);
    });
  });
});
