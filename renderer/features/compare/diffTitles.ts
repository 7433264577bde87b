import type { AlignedPassage, DiffMark, Span } from '../../../preload/contract';
import { sliceByCodePoints } from '../../../main/core/text/code-points';

// A word difference is shown with a struck or underlined style and, so it is never colour
// alone, a title in words: "changed from “leader”". The comparison lists removed words of A and
// added words of B separately; a removal and an addition at the same place in their passages
// are read as one change.

export interface TitledMark extends DiffMark {
  title: string;
}

/** How far apart (as a share of the passage) a removal and an addition may be and still pair. */
const pairingTolerance = 0.2;

function relativePosition(mark: Span, passage: Span): number {
  const length = Math.max(passage.end - passage.start, 1);
  return (mark.start - passage.start) / length;
}

/** Pairs removals with additions: in order when the counts match, else by nearest position. */
export function pairDiffMarks(passage: AlignedPassage): Map<number, number> {
  const removed = passage.diff.a;
  const added = passage.diff.b;
  const pairs = new Map<number, number>();
  if (removed.length === added.length) {
    removed.forEach((_, index) => pairs.set(index, index));
    return pairs;
  }
  const taken = new Set<number>();
  removed.forEach((mark, index) => {
    const position = relativePosition(mark, passage.a);
    let best = -1;
    let bestDistance = pairingTolerance;
    added.forEach((candidate, candidateIndex) => {
      if (taken.has(candidateIndex)) return;
      const distance = Math.abs(relativePosition(candidate, passage.b) - position);
      if (distance <= bestDistance) {
        best = candidateIndex;
        bestDistance = distance;
      }
    });
    if (best !== -1) {
      taken.add(best);
      pairs.set(index, best);
    }
  });
  return pairs;
}

export function markText(text: string, span: Span): string {
  return sliceByCodePoints(text, span.start, span.end).replace(/\s+/g, ' ').trim();
}

/**
 * The passage's removed marks (in A) and added marks (in B) with their titles. `labels` name
 * the two sources ("000", "001"); missing texts leave the quoted words out.
 */
export function titledDiffMarks(
  passage: AlignedPassage,
  texts: { a: string | undefined; b: string | undefined },
  labels: { a: string; b: string },
): { a: TitledMark[]; b: TitledMark[] } {
  const pairs = pairDiffMarks(passage);
  const reverse = new Map([...pairs].map(([removed, added]) => [added, removed]));
  const quote = (text: string | undefined, mark: Span | undefined) =>
    text !== undefined && mark ? `“${markText(text, mark)}”` : '';

  const a = passage.diff.a.map((mark, index): TitledMark => {
    const partner = pairs.get(index);
    const replacement = partner === undefined ? undefined : passage.diff.b[partner];
    const title = replacement
      ? `Changed to ${quote(texts.b, replacement)} in ${labels.b}`.replace('  ', ' ')
      : `Removed: not in ${labels.b}`;
    return { ...mark, title };
  });
  const b = passage.diff.b.map((mark, index): TitledMark => {
    const partner = reverse.get(index);
    const original = partner === undefined ? undefined : passage.diff.a[partner];
    const title = original
      ? `Changed from ${quote(texts.a, original)} in ${labels.a}`.replace('  ', ' ')
      : `Added: not in ${labels.a}`;
    return { ...mark, title };
  });
  return { a, b };
}
