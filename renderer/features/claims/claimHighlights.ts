import type { SourceClaimMark, Span, TagInfo } from '../../../preload/contract';

// What the reader draws for each claim in a source: the span, the colour of its first tag and
// the words its hover shows. Planned as data so nesting order and titles are unit-tested.

export interface ClaimHighlight extends Span {
  claimId: number;
  occurrenceId: number;
  stance: SourceClaimMark['stance'];
  /** #rrggbb of the first tag, or a neutral grey for a claim without tags. */
  color: string;
  title: string;
  selected: boolean;
}

export const untaggedColor = '#8a8f98';

const stanceWords: Record<SourceClaimMark['stance'], string> = {
  origin: 'Claim',
  supports: 'Supports claim',
  contradicts: 'Contradicts claim',
};

function truncate(text: string, max: number): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function highlightTitle(
  mark: Pick<SourceClaimMark, 'stance' | 'tagIds' | 'note'>,
  tags: ReadonlyMap<number, Pick<TagInfo, 'name'>>,
): string {
  const names = mark.tagIds.flatMap((id) => tags.get(id)?.name ?? []);
  const lines = [`${stanceWords[mark.stance]}: ${names.length ? names.join(', ') : 'no tags'}`];
  const note = truncate(mark.note, 240);
  if (note) lines.push(`Note: ${note}`);
  return lines.join('\n');
}

/**
 * Highlights in drawing order: outer before inner (earlier start, then longer), so nested and
 * overlapping claims stack the same way in every paragraph. Empty spans draw nothing.
 */
export function claimHighlights(
  marks: readonly SourceClaimMark[],
  tags: ReadonlyMap<number, Pick<TagInfo, 'name' | 'color'>>,
  selectedClaimId: number | null,
): ClaimHighlight[] {
  return marks
    .filter((mark) => mark.end > mark.start)
    .map((mark) => {
      const first = mark.tagIds.map((id) => tags.get(id)).find((tag) => tag !== undefined);
      return {
        start: mark.start,
        end: mark.end,
        claimId: mark.claimId,
        occurrenceId: mark.occurrenceId,
        stance: mark.stance,
        color: first?.color ?? untaggedColor,
        title: highlightTitle(mark, tags),
        selected: mark.claimId === selectedClaimId,
      };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end || a.claimId - b.claimId);
}
