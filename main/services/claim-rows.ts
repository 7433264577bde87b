// Reading and checking the rows claims are made of, for ClaimService: a claim that must exist,
// its origin, an occurrence, the tags asked for.

import type { ClaimOccurrence } from '../../preload/contract';
import type { TextAnchor } from '../core/anchor';
import { CaseError } from '../core/errors';
import type { CaseStore, ClaimRow } from '../storage/case-database';

export function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

export function requireClaim(store: CaseStore, id: number): ClaimRow {
  const claim = store.findClaim(id);
  if (!claim) throw new CaseError('not-found', `Claim ${id} is not in this case.`);
  return claim;
}

export function requireOrigin(
  occurrences: readonly ClaimOccurrence[],
  claimId: number,
): ClaimOccurrence {
  const origin = occurrences.find((occurrence) => occurrence.stance === 'origin');
  if (!origin) throw new Error(`Claim ${claimId} has no origin occurrence.`);
  return origin;
}

export function requireOccurrence(store: CaseStore, id: number): ClaimOccurrence {
  const occurrence = store.findOccurrence(id);
  if (!occurrence) throw new CaseError('not-found', `Occurrence ${id} is not in this case.`);
  return occurrence;
}

/**
 * Rewrites an occurrence. The store has no update for occurrences, so it is deleted and
 * inserted again: it comes back under a new id (undo restores the old one).
 */
export function replaceOccurrence(
  store: CaseStore,
  occurrence: ClaimOccurrence,
  fields: TextAnchor & { sourceId: number; stance: ClaimOccurrence['stance'] },
): void {
  store.deleteOccurrence(occurrence.id);
  store.insertOccurrence({ ...fields, claimId: occurrence.claimId });
}

/** The tags asked for, without repeats; `invalid-request` naming the first unknown one. */
export function checkTags(store: CaseStore, tagIds: readonly number[]): number[] {
  const unique = [...new Set(tagIds)];
  const unknown = unique.find((tagId) => store.findTag(tagId) === null);
  if (unknown !== undefined) throw new CaseError('invalid-request', `Unknown tag ${unknown}`);
  return unique.sort((a, b) => a - b);
}
