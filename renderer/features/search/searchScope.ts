import type { SearchFilters } from '../../../preload/contract';

/**
 * The filters sent: the analyst's, narrowed to `scope` (sources mentioning an entity) if set;
 * null when no source is left (an empty sourceIds filter would mean every source).
 */
export function scopedFilters(
  filters: SearchFilters,
  scope: readonly number[] | null,
): SearchFilters | null {
  if (scope === null) return filters;
  const sourceIds = filters.sourceIds
    ? filters.sourceIds.filter((id) => scope.includes(id))
    : [...scope];
  return sourceIds.length === 0 ? null : { ...filters, sourceIds };
}
