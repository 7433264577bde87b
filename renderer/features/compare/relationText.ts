import type { CopiedRun, SourceRelation, Span } from '../../../preload/contract';
import { formatCount } from '../sources/format';
import { copyName } from './kinds';

// The verdict card's sentences, pure so they are unit-tested: who copied whom and how much, and
// where the copied runs sit in each text.

type Label = (sourceId: number) => string;

/** "#001 is a partial copy of #000", "#001 is a copy of #000", or why the direction is open. */
export function directionText(
  relation: Pick<SourceRelation, 'direction' | 'verdict' | 'extent'>,
  label: Label,
): string {
  const { direction } = relation;
  if (direction && relation.verdict === 'derived-copy') {
    return `${label(direction.copy)} is a ${copyName(relation.extent, label(direction.origin))}`;
  }
  if (direction) return `${label(direction.copy)} copies ${label(direction.origin)}`;
  return relation.verdict === 'derived-copy'
    ? 'Direction undetermined'
    : 'Neither reads as a copy of the other';
}

/**
 * Where a span sits as the reader numbers paragraphs ("¶ 3–7", "¶ 4"); by code points when the
 * text's paragraphs are not known ("characters 120–2,480").
 */
export function spanPlace(span: Span, paragraphs: readonly Span[] | undefined): string {
  const numbers: number[] = [];
  paragraphs?.forEach((paragraph, position) => {
    if (paragraph.start < span.end && span.start < paragraph.end) numbers.push(position + 1);
  });
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (first === undefined || last === undefined) {
    const format = new Intl.NumberFormat('en-US');
    return `characters ${format.format(span.start)}–${format.format(span.end)}`;
  }
  return first === last ? `¶ ${first}` : `¶ ${first}–${last}`;
}

/** "2 copied runs", the heading over the list. */
export function copiedRunsHeading(runs: readonly CopiedRun[]): string {
  return formatCount(runs.length, 'copied run');
}

/** One run's two places, in the relation's own order of sources: ["#000 ¶ 3–7", "#001 ¶ 1–5"]. */
export function copiedRunSides(
  run: CopiedRun,
  relation: Pick<SourceRelation, 'a' | 'b'>,
  label: Label,
  paragraphs: (sourceId: number) => readonly Span[] | undefined,
): [string, string] {
  return [
    `${label(relation.a)} ${spanPlace(run.a, paragraphs(relation.a))}`,
    `${label(relation.b)} ${spanPlace(run.b, paragraphs(relation.b))}`,
  ];
}

/** One run as "#000 ¶ 3–7 ↔ #001 ¶ 1–5". */
export function copiedRunText(...args: Parameters<typeof copiedRunSides>): string {
  return copiedRunSides(...args).join(' ↔ ');
}
