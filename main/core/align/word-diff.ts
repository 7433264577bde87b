// Word-level differences inside an aligned passage, and the word swaps they reveal. A removed
// run directly replaced by an added run, both short, is a substitution ("leader" → "chief"),
// or several when both runs have the same number of words; counted over a pair's copied
// passages they show how a copy was disguised.

import type { DiffMark, Substitution } from '../../../preload/contract';
import type { CodePointCursor } from './code-point-cursor';
import type { PreparedText } from './prepare';
import { diffTokenIds } from './token-diff';

/** Longest run on either side of a swap that still counts as a substitution. */
export const SUBSTITUTION_MAX_WORDS = 3;

/** One side of a diff: a token range of a prepared text and its offset converter. */
export interface DiffSide {
  text: PreparedText;
  from: number;
  to: number;
  cursor: CodePointCursor;
}

interface Run {
  kind: 'common' | 'removed' | 'added';
  from: number;
  to: number;
}

function mark(side: DiffSide, from: number, to: number, op: DiffMark['op']): DiffMark {
  return {
    start: side.cursor.toCodePoints(side.text.tokenStarts[from] ?? 0),
    end: side.cursor.toCodePoints(side.text.tokenEnds[to - 1] ?? 0),
    op,
  };
}

/** The words of a token range as written, lower-cased, spaces collapsed. */
function written(text: PreparedText, from: number, to: number): string {
  const start = text.tokenStarts[from] ?? 0;
  const end = text.tokenEnds[to - 1] ?? 0;
  return text.text.slice(start, end).toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Appends the marks of the differences between two token ranges, and counts their
 * substitutions into `substitutions` when given (key "from\u0000to").
 */
export function diffRanges(
  a: DiffSide,
  b: DiffSide,
  marks: { a: DiffMark[]; b: DiffMark[] },
  substitutions: Map<string, number> | null,
): void {
  const idsA = a.text.tokenIds.subarray(a.from, a.to);
  const idsB = b.text.tokenIds.subarray(b.from, b.to);
  const runs: Run[] = [];
  let atA = a.from;
  let atB = b.from;
  for (const change of diffTokenIds(idsA, idsB)) {
    if (change.removed) {
      runs.push({ kind: 'removed', from: atA, to: atA + change.count });
      marks.a.push(mark(a, atA, atA + change.count, 'removed'));
      atA += change.count;
    } else if (change.added) {
      runs.push({ kind: 'added', from: atB, to: atB + change.count });
      marks.b.push(mark(b, atB, atB + change.count, 'added'));
      atB += change.count;
    } else {
      runs.push({ kind: 'common', from: atA, to: atA + change.count });
      atA += change.count;
      atB += change.count;
    }
  }
  if (substitutions) countSubstitutions(runs, a.text, b.text, substitutions);
}

function countSubstitutions(
  runs: readonly Run[],
  a: PreparedText,
  b: PreparedText,
  into: Map<string, number>,
): void {
  for (let index = 0; index + 1 < runs.length; index++) {
    const first = runs[index];
    const second = runs[index + 1];
    if (!first || !second || first.kind === 'common' || second.kind === 'common') continue;
    if (first.kind === second.kind) continue;
    const before = runs[index - 1];
    const after = runs[index + 2];
    if ((before && before.kind !== 'common') || (after && after.kind !== 'common')) continue;
    const removed = first.kind === 'removed' ? first : second;
    const added = first.kind === 'added' ? first : second;
    const removedWords = removed.to - removed.from;
    const addedWords = added.to - added.from;
    if (removedWords > SUBSTITUTION_MAX_WORDS || addedWords > SUBSTITUTION_MAX_WORDS) continue;
    // Runs of equal length swap word for word: "could boost" → "might increase" is two swaps.
    const pieces = removedWords === addedWords ? removedWords : 1;
    const step = removedWords === addedWords ? 1 : 0;
    for (let piece = 0; piece < pieces; piece++) {
      const fromA = removed.from + piece * step;
      const fromB = added.from + piece * step;
      const toA = step ? fromA + 1 : removed.to;
      const toB = step ? fromB + 1 : added.to;
      const key = `${written(a, fromA, toA)}\u0000${written(b, fromB, toB)}`;
      into.set(key, (into.get(key) ?? 0) + 1);
    }
  }
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Substitutions most frequent first, then alphabetically. */
export function sortedSubstitutions(counts: ReadonlyMap<string, number>): Substitution[] {
  return [...counts]
    .map(([key, count]) => {
      const [from = '', to = ''] = key.split('\u0000');
      return { from, to, count };
    })
    .sort((x, y) => y.count - x.count || compare(x.from, y.from) || compare(x.to, y.to));
}
