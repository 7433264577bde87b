import type { AlignedPassage, PairComparison, PassageKind, Span } from '../../../preload/contract';
import type { PassagePart } from './passageParts';

// The aligned passages of the open columns, seen from each column. Only neighbouring columns
// are compared (1–2, 2–3, 3–4), so a column has at most two sets of counterparts: the pair on
// its left (where it is side b) and the pair on its right (where it is side a).

export interface PairAlignment {
  /** The left column's index: the pair is columns (index, index + 1). */
  index: number;
  key: string;
  a: number;
  b: number;
  /** Its passages as the reader shows them: cut at paragraph breaks (see passageParts). */
  comparison: PairComparison;
  /** Parallel to `comparison.passages`: which part of a longer passage each one is. */
  parts?: readonly (PassagePart | null)[];
}

/** Indexed by the pair's left column; undefined while a pair is loading or failed. */
export type PairList = readonly (PairAlignment | undefined)[];

export type Side = 'a' | 'b';

export interface ColumnPassage {
  /** Stable while both sources stay side by side: "3:7#12" is passage 12 of 3 beside 7. */
  key: string;
  pair: number;
  index: number;
  /** Which side of its pair this column is. */
  side: Side;
  span: Span;
  counterpart: Span;
  counterpartColumn: number;
  kind: PassageKind;
  passage: AlignedPassage;
  /** Set when the passage is one paragraph's part of a passage that crosses paragraphs. */
  part: PassagePart | null;
}

export function pairKey(a: number, b: number): string {
  return `${a}:${b}`;
}

export function passageKey(pair: string, index: number): string {
  return `${pair}#${index}`;
}

/** The neighbouring pairs of the open columns, left to right. */
export function neighbourPairs(
  sourceIds: readonly number[],
): { a: number; b: number; key: string }[] {
  const pairs: { a: number; b: number; key: string }[] = [];
  for (let index = 0; index + 1 < sourceIds.length; index++) {
    const a = sourceIds[index];
    const b = sourceIds[index + 1];
    if (a !== undefined && b !== undefined) pairs.push({ a, b, key: pairKey(a, b) });
  }
  return pairs;
}

export function overlaps(x: Span, y: Span): boolean {
  return x.start < y.end && y.start < x.end;
}

export function byPosition(x: Span, y: Span): number {
  return x.start - y.start || x.end - y.end;
}

function fromPair(pair: PairAlignment, side: Side): ColumnPassage[] {
  return pair.comparison.passages.map((passage, index) => ({
    key: passageKey(pair.key, index),
    pair: pair.index,
    index,
    side,
    span: side === 'a' ? passage.a : passage.b,
    counterpart: side === 'a' ? passage.b : passage.a,
    counterpartColumn: side === 'a' ? pair.index + 1 : pair.index,
    kind: passage.kind,
    passage,
    part: pair.parts?.[index] ?? null,
  }));
}

/** Every aligned passage of `column` with either neighbour, in reading order. */
export function columnPassages(column: number, pairs: PairList): ColumnPassage[] {
  const left = column > 0 ? pairs[column - 1] : undefined;
  const right = pairs[column];
  return [...(left ? fromPair(left, 'b') : []), ...(right ? fromPair(right, 'a') : [])].sort(
    (x, y) => byPosition(x.span, y.span) || x.pair - y.pair,
  );
}
