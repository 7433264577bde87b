import { describe, expect, it } from 'vitest';
import type {
  ClaimSummary,
  EntitySummary,
  QuoteGroup,
  SourceClaimMark,
} from '../../../preload/contract';
import {
  claimsMentioning,
  filterEntities,
  filterQuotes,
  mentionedSourceIds,
  namesVariant,
  progressText,
} from './factsFilters';

const quote = (id: string, text: string, speakers: string[], conflict: string | null) =>
  ({ id, text, occurrences: [], speakers, speakerConflict: conflict }) satisfies QuoteGroup;

const quotes = [
  quote(
    'a',
    'We urge the DPRK to abide by the public commitments',
    ['Adrienne Watson', 'John Kirby'],
    '#002 credits Adrienne Watson; #004 credits John Kirby',
  ),
  quote('b', 'soon', ['TASS'], null),
];

const entity = (key: string, name: string, kind: EntitySummary['kind'], variants: string[]) =>
  ({ key, name, kind, variants, counts: [], total: 0 }) satisfies EntitySummary;

const entities = [
  entity('p:jo', 'Jo Chun Ryong', 'person', ['Jo Chun Ryong', 'Jo Chun-ryong']),
  entity('g:seoul', 'Séoul', 'place', ['Séoul']),
  entity('o:um', 'Unification Ministry', 'organization', ['Unification Ministry']),
];

const claim = (id: number, quoteText: string) =>
  ({
    id,
    sourceId: 3,
    quote: quoteText,
    tagIds: [],
    note: '',
    credibility: 6,
    suggestedCredibility: 6,
    independentSources: 1,
    independentContradictions: 0,
    occurrenceCount: 1,
    createdAt: '2024-01-01',
    updatedAt: '2024-01-01',
  }) satisfies ClaimSummary;

const mark = (claimId: number, start: number, end: number): SourceClaimMark => ({
  occurrenceId: claimId * 10,
  claimId,
  start,
  end,
  stance: 'origin',
  tagIds: [],
  note: '',
});

describe('filterQuotes', () => {
  it.each([
    [{ onlyConflicts: false, text: '' }, ['a', 'b']],
    [{ onlyConflicts: true, text: '' }, ['a']],
    [{ onlyConflicts: false, text: 'kirby' }, ['a']],
    [{ onlyConflicts: false, text: 'dprk urge' }, ['a']],
    [{ onlyConflicts: true, text: 'soon' }, []],
  ])('%o keeps %o', (filter, ids) => {
    expect(filterQuotes(quotes, filter).map((group) => group.id)).toEqual(ids);
  });
});

describe('filterEntities', () => {
  it.each([
    [{ kind: null, text: '' }, ['p:jo', 'g:seoul', 'o:um']],
    [{ kind: 'person' as const, text: '' }, ['p:jo']],
    [{ kind: null, text: 'chun-ryong' }, ['p:jo']],
    [{ kind: null, text: 'seoul' }, ['g:seoul']],
    [{ kind: 'place' as const, text: 'ministry' }, []],
  ])('%o keeps %o', (filter, keys) => {
    expect(filterEntities(entities, filter).map((each) => each.key)).toEqual(keys);
  });
});

describe('mentions', () => {
  const mentions = [
    { sourceId: 3, start: 100, end: 113 },
    { sourceId: 4, start: 50, end: 63 },
    { sourceId: 3, start: 400, end: 413 },
  ];

  it('lists the sources mentioning an entity', () => {
    expect([...mentionedSourceIds(mentions)].sort()).toEqual([3, 4]);
  });

  it('matches whole words only, ignoring case and accents', () => {
    expect(namesVariant('Kim said so', ['Kim'])).toBe(true);
    expect(namesVariant('Kimchi for lunch', ['Kim'])).toBe(false);
    expect(namesVariant('in seoul today', ['Séoul'])).toBe(true);
    expect(namesVariant('JO CHUN-RYONG, a deputy', ['Jo Chun-ryong'])).toBe(true);
    expect(namesVariant('anything', [''])).toBe(false);
  });

  it('finds claims with an occurrence overlapping or containing a mention, or naming a variant', () => {
    const claims = [
      claim(1, 'contains the mention'),
      claim(2, 'overlaps its start'),
      claim(3, 'elsewhere in the source'),
      claim(4, 'accompanied by Jo Chun-ryong'),
      claim(5, 'touches the mention end only'),
    ];
    const marks = new Map([
      [3, [mark(1, 90, 200), mark(2, 110, 120), mark(3, 200, 300), mark(5, 413, 420)]],
      [4, []],
    ]);
    const found = claimsMentioning(claims, marks, mentions, ['Jo Chun Ryong', 'Jo Chun-ryong']);
    expect([...found].sort()).toEqual([1, 2, 4]);
  });
});

describe('progressText', () => {
  it('counts sources with thousands separators', () => {
    expect(progressText({ state: 'computing', done: 120, total: 2092, error: null })).toBe(
      'Reading sources 120 / 2,092',
    );
  });
});
