import { describe, expect, it } from 'vitest';
import type { ClaimSummary } from '../../../preload/contract';
import {
  emptyClaimFilter,
  filterClaims,
  isFiltering,
  sortClaims,
  withDescendants,
} from './claimFilters';

const claim = (id: number, overrides: Partial<ClaimSummary> = {}): ClaimSummary => ({
  id,
  sourceId: 1,
  quote: `quote ${id}`,
  tagIds: [],
  note: '',
  credibility: 6,
  suggestedCredibility: 6,
  independentSources: 1,
  independentContradictions: 0,
  occurrenceCount: 1,
  createdAt: `2024-01-0${id}T00:00:00Z`,
  updatedAt: `2024-01-0${id}T00:00:00Z`,
  ...overrides,
});

const claims = [
  claim(1, {
    sourceId: 2,
    quote: 'Kim arrived by armoured train',
    tagIds: [10],
    credibility: 2,
    independentSources: 3,
  }),
  claim(2, {
    sourceId: 1,
    quote: 'Talks at the Vostochny cosmodrome',
    tagIds: [11],
    note: 'Résumé of TASS',
    credibility: 3,
    independentSources: 2,
  }),
  claim(3, {
    sourceId: 3,
    quote: 'Putin confirmed the meeting',
    tagIds: [10, 12],
    credibility: 2,
    independentSources: 3,
    independentContradictions: 1,
  }),
];
const ids = (list: readonly ClaimSummary[]) => list.map((each) => each.id);

describe('filterClaims', () => {
  it('keeps everything without a filter', () => {
    expect(ids(filterClaims(claims, emptyClaimFilter))).toEqual([1, 2, 3]);
    expect(isFiltering(emptyClaimFilter)).toBe(false);
  });

  it('filters by tag, source and grade together', () => {
    expect(ids(filterClaims(claims, { ...emptyClaimFilter, tagIds: [10] }))).toEqual([1, 3]);
    expect(ids(filterClaims(claims, { ...emptyClaimFilter, tagIds: [10], sourceId: 3 }))).toEqual([
      3,
    ]);
    expect(ids(filterClaims(claims, { ...emptyClaimFilter, credibility: 3 }))).toEqual([2]);
  });

  it('matches words in any order in the quote, note or tag names, ignoring case and accents', () => {
    const text = (value: string) =>
      ids(filterClaims(claims, { ...emptyClaimFilter, text: value }, new Map([[12, 'Kremlin']])));
    expect(text('train KIM')).toEqual([1]);
    expect(text('resume')).toEqual([2]);
    expect(text('kremlin')).toEqual([3]);
    expect(text('nothing here')).toEqual([]);
  });

  it('expands a tag to its descendants', () => {
    const tags = [
      { id: 10, parentId: null },
      { id: 11, parentId: 10 },
      { id: 12, parentId: 11 },
      { id: 13, parentId: null },
    ];
    expect(withDescendants([10], tags).sort()).toEqual([10, 11, 12]);
    expect(withDescendants([13], tags)).toEqual([13]);
  });
});

describe('sortClaims', () => {
  it('sorts newest first by default order', () => {
    expect(ids(sortClaims(claims, 'newest'))).toEqual([3, 2, 1]);
  });

  it('sorts by source order', () => {
    expect(
      ids(
        sortClaims(
          claims,
          'source',
          new Map([
            [1, 0],
            [2, 1],
            [3, 2],
          ]),
        ),
      ),
    ).toEqual([2, 1, 3]);
  });

  it('sorts by grade, best first, newest breaking ties', () => {
    expect(ids(sortClaims(claims, 'grade'))).toEqual([3, 1, 2]);
  });

  it('sorts by independent sources, fewer contradictions first', () => {
    expect(ids(sortClaims(claims, 'independent'))).toEqual([1, 3, 2]);
  });

  it('does not change its input', () => {
    const copy = [...claims];
    sortClaims(claims, 'grade');
    expect(claims).toEqual(copy);
  });
});
