import type { Span } from '../../../preload/contract';
import { columnPassages, overlaps, passageKey } from './alignment';
import type { ColumnPassage, PairList } from './alignment';
import type { PassagePart } from './passageParts';
import { formatCount } from '../sources/format';

/**
 * A place F7 stops at in one column: one passage, or several that overlap there (a middle
 * column's sentence aligned with both neighbours is one stop, not two).
 */
export interface PassageStop extends Span {
  keys: string[];
  /** For a paragraph's part of a passage that crosses paragraphs: which part. */
  part: PassagePart | null;
}

/** The analyst's selection: a stretch of one source, usually a stop. */
export interface PassageSelection extends Span {
  sourceId: number;
}

export type Direction = 'next' | 'previous';

export function passageStops(passages: readonly ColumnPassage[]): PassageStop[] {
  const stops: PassageStop[] = [];
  const sorted = [...passages].sort(
    (x, y) => x.span.start - y.span.start || x.span.end - y.span.end,
  );
  for (const passage of sorted) {
    if (passage.span.end <= passage.span.start) continue;
    const last = stops[stops.length - 1];
    if (last && passage.span.start < last.end) {
      last.end = Math.max(last.end, passage.span.end);
      last.keys.push(passage.key);
      last.part ??= passage.part;
    } else {
      stops.push({
        start: passage.span.start,
        end: passage.span.end,
        keys: [passage.key],
        part: passage.part,
      });
    }
  }
  return stops;
}

export interface StopPosition {
  /** The passage of the selected stop (-1: none). */
  index: number;
  /** Passages in the column: a passage cut into paragraph parts counts once. */
  total: number;
  part: PassagePart | null;
}

/** Whether a stop begins a passage (not a later paragraph of one that crosses paragraphs). */
const startsPassage = (stop: PassageStop) => stop.part === null || stop.part.part === 0;

/**
 * Where the selected stop is, counted in passages: stepping through the five paragraphs of one
 * copied run reads "Passage 1 of 1 · paragraph 3 of 5", not "Passage 3 of 5".
 */
export function stopPosition(stops: readonly PassageStop[], selected: number): StopPosition {
  let total = 0;
  let index = -1;
  stops.forEach((stop, at) => {
    if (startsPassage(stop)) total++;
    if (at === selected) index = total - 1;
  });
  return { index, total, part: stops[selected]?.part ?? null };
}

/** The compare bar's position: "Passage 3 of 24 · paragraph 2 of 5", or how many there are. */
export function positionText({ index, total, part }: StopPosition): string {
  if (total === 0) return 'No aligned passages';
  if (index < 0) return formatCount(total, 'passage');
  const where = `Passage ${index + 1} of ${total}`;
  return part ? `${where} · paragraph ${part.part + 1} of ${part.parts}` : where;
}

/** The stop after or before `current` (a stop, or any span in the column); null at either end. */
export function adjacentStop(
  stops: readonly PassageStop[],
  current: Span,
  direction: Direction,
): PassageStop | null {
  const at = stops.findIndex((stop) => overlaps(stop, current));
  if (at !== -1) return stops[direction === 'next' ? at + 1 : at - 1] ?? null;
  if (direction === 'next') return stops.find((stop) => stop.start >= current.start) ?? null;
  return stops.findLast((stop) => stop.end <= current.start) ?? null;
}

export interface VerticalExtent {
  top: number;
  bottom: number;
}

/**
 * Where F7 starts when nothing is selected in the column: the first stop that begins in view
 * (or the last that ends in view, going back), so the keyboard picks up where the reader is.
 */
export function stopFromViewport(
  stops: readonly PassageStop[],
  extentOf: (stop: PassageStop) => VerticalExtent | null,
  viewport: VerticalExtent,
  direction: Direction,
): PassageStop | null {
  if (direction === 'next') {
    return (
      stops.find((stop) => (extentOf(stop)?.top ?? -Infinity) >= viewport.top) ??
      stops[stops.length - 1] ??
      null
    );
  }
  return (
    stops.findLast((stop) => (extentOf(stop)?.bottom ?? Infinity) <= viewport.bottom) ??
    stops[0] ??
    null
  );
}

export interface SelectionMarks {
  anchorColumn: number;
  /** Every marked passage, in every column. */
  keys: ReadonlySet<string>;
  /** The anchor column's own passages in the selection: the ones the panel describes. */
  direct: ColumnPassage[];
}

/**
 * Marks the selection and its counterparts. From the anchor column the marks spread along the
 * chain: a passage of the right-hand pair that overlaps the selection marks its counterpart in
 * the next column, which in turn marks the passages of the next pair that overlap it, and so on
 * to the left likewise.
 */
export function selectionMarks(
  selection: PassageSelection,
  sourceIds: readonly number[],
  pairs: PairList,
): SelectionMarks | null {
  const anchorColumn = sourceIds.indexOf(selection.sourceId);
  if (anchorColumn === -1) return null;
  const keys = new Set<string>();

  let spans: Span[] = [selection];
  for (let column = anchorColumn; column + 1 < sourceIds.length && spans.length > 0; column++) {
    const pair = pairs[column];
    if (!pair) break;
    const next: Span[] = [];
    pair.comparison.passages.forEach((passage, index) => {
      if (!spans.some((span) => overlaps(span, passage.a))) return;
      keys.add(passageKey(pair.key, index));
      next.push(passage.b);
    });
    spans = next;
  }

  spans = [selection];
  for (let column = anchorColumn; column > 0 && spans.length > 0; column--) {
    const pair = pairs[column - 1];
    if (!pair) break;
    const next: Span[] = [];
    pair.comparison.passages.forEach((passage, index) => {
      if (!spans.some((span) => overlaps(span, passage.b))) return;
      keys.add(passageKey(pair.key, index));
      next.push(passage.a);
    });
    spans = next;
  }

  const direct = columnPassages(anchorColumn, pairs).filter((passage) => keys.has(passage.key));
  return { anchorColumn, keys, direct };
}
