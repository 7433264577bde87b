import { describe, expect, it } from 'vitest';
import { scopedFilters } from './searchScope';

describe('scopedFilters', () => {
  it('leaves the filters alone without a scope', () => {
    const filters = { outlets: ['AP'] };
    expect(scopedFilters(filters, null)).toBe(filters);
  });

  it('limits the search to the sources in scope', () => {
    expect(scopedFilters({ outlets: ['AP'] }, [3, 4])).toEqual({
      outlets: ['AP'],
      sourceIds: [3, 4],
    });
  });

  it('keeps only the chosen sources that are in scope', () => {
    expect(scopedFilters({ sourceIds: [1, 3] }, [3, 4])).toEqual({ sourceIds: [3] });
  });

  it('says when no source is left, since an empty list would mean every source', () => {
    expect(scopedFilters({ sourceIds: [1] }, [3, 4])).toBeNull();
    expect(scopedFilters({}, [])).toBeNull();
  });
});
