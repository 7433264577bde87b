import type { ClaimSummary, Credibility } from '../../../preload/contract';

// The claims panel's filters and sort orders, as pure functions over the claim summaries.

export type ClaimSort = 'newest' | 'source' | 'grade' | 'independent';

export const claimSortLabels: Record<ClaimSort, string> = {
  newest: 'Newest first',
  source: 'Source order',
  grade: 'Grade (best first)',
  independent: 'Most independent sources',
};

export interface ClaimFilter {
  /** Claims carrying any of these tags (or their descendants, when the caller expands them). */
  tagIds: readonly number[];
  sourceId: number | null;
  credibility: Credibility | null;
  text: string;
}

export const emptyClaimFilter: ClaimFilter = {
  tagIds: [],
  sourceId: null,
  credibility: null,
  text: '',
};

/** Lower case, without accents, so "resume" finds "résumé". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function isFiltering(filter: ClaimFilter): boolean {
  return (
    filter.tagIds.length > 0 ||
    filter.sourceId !== null ||
    filter.credibility !== null ||
    filter.text.trim() !== ''
  );
}

/**
 * Claims matching every part of the filter. Text matches the quote and the note, word by word
 * in any order; `tagNames` lets the text also match a claim's tag names.
 */
export function filterClaims<T extends ClaimSummary>(
  claims: readonly T[],
  filter: ClaimFilter,
  tagNames: ReadonlyMap<number, string> = new Map(),
): T[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const tagSet = new Set(filter.tagIds);
  return claims.filter((claim) => {
    if (filter.sourceId !== null && claim.sourceId !== filter.sourceId) return false;
    if (filter.credibility !== null && claim.credibility !== filter.credibility) return false;
    if (tagSet.size > 0 && !claim.tagIds.some((id) => tagSet.has(id))) return false;
    if (words.length === 0) return true;
    const haystack = fold(
      [claim.quote, claim.note, ...claim.tagIds.map((id) => tagNames.get(id) ?? '')].join('\n'),
    );
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * Claims in the chosen order; ties fall back to newest first, then id, so the order is stable.
 * `sourceOrder` gives each source's position in the list (for "source order").
 */
export function sortClaims<T extends ClaimSummary>(
  claims: readonly T[],
  sort: ClaimSort,
  sourceOrder: ReadonlyMap<number, number> = new Map(),
): T[] {
  const newest = (a: T, b: T) =>
    b.createdAt.localeCompare(a.createdAt) || (b.id > a.id ? 1 : b.id < a.id ? -1 : 0);
  const position = (claim: T) => sourceOrder.get(claim.sourceId) ?? Number.MAX_SAFE_INTEGER;
  const compare: Record<ClaimSort, (a: T, b: T) => number> = {
    newest,
    source: (a, b) => position(a) - position(b) || a.id - b.id,
    grade: (a, b) => a.credibility - b.credibility || newest(a, b),
    independent: (a, b) =>
      b.independentSources - a.independentSources ||
      a.independentContradictions - b.independentContradictions ||
      newest(a, b),
  };
  return [...claims].sort(compare[sort]);
}

/** A tag and every tag below it, for filtering by a branch of the codebook. */
export function withDescendants(
  tagIds: readonly number[],
  tags: readonly { id: number; parentId: number | null }[],
): number[] {
  const children = new Map<number, number[]>();
  for (const tag of tags) {
    if (tag.parentId === null) continue;
    const list = children.get(tag.parentId) ?? [];
    list.push(tag.id);
    children.set(tag.parentId, list);
  }
  const result = new Set<number>();
  const stack = [...tagIds];
  while (stack.length > 0) {
    const id = stack.pop();
    if (id === undefined || result.has(id)) continue;
    result.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return [...result];
}
