import type { ClaimSummary, PassageRef, TagInfo } from '../../../preload/contract';
import { codePointLength, sliceByCodePoints } from '../../../main/core/text/code-points';
import { filterClaims, withDescendants } from './claimFilters';

// "Add to claim…": which claims the picker offers, and how a passage reads in it. Pure, so the
// order and the filters are unit-tested.

/** A passage waiting to be linked to a claim: a selection in a column or a search hit. */
export interface PendingPassage extends PassageRef {
  /** The passage's text when the caller has it (a selection); otherwise read from the source. */
  quote?: string;
}

export interface PickerFilter {
  text: string;
  /** Claims carrying this tag or one below it in the codebook; null for any. */
  tagId: number | null;
}

export const emptyPickerFilter: PickerFilter = { text: '', tagId: null };

/** Claims matching the filter, most recently changed first (then newest id). */
export function pickerClaims<T extends ClaimSummary>(
  claims: readonly T[],
  filter: PickerFilter,
  tags: readonly Pick<TagInfo, 'id' | 'name' | 'parentId'>[],
): T[] {
  const tagIds = filter.tagId === null ? [] : withDescendants([filter.tagId], tags);
  const names = new Map(tags.map((tag) => [tag.id, tag.name]));
  const matching = filterClaims(
    claims,
    { tagIds, sourceId: null, credibility: null, text: filter.text },
    names,
  );
  return [...matching].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id);
}

/**
 * The passage of `text` at [start, end) (code points) with up to `context` code points either
 * side, cut at a word and never past its paragraph; an ellipsis marks a cut inside one.
 */
export function passageInContext(
  text: string,
  span: { start: number; end: number },
  context = 48,
): { before: string; quote: string; after: string } {
  const from = Math.max(0, span.start - context);
  const to = span.end + context;
  let before = sliceByCodePoints(text, from, span.start);
  let after = sliceByCodePoints(text, span.end, to);
  const paragraphStart = before.lastIndexOf('\n');
  if (paragraphStart >= 0) before = before.slice(paragraphStart + 1);
  else if (from > 0) before = `…${before.replace(/^\S*\s+/u, '')}`;
  const paragraphEnd = after.indexOf('\n');
  if (paragraphEnd >= 0) after = after.slice(0, paragraphEnd);
  else if (to < codePointLength(text)) after = `${after.replace(/\s+\S*$/u, '')}…`;
  return { before, quote: sliceByCodePoints(text, span.start, span.end), after };
}
