// Copied runs: the sentence pairs copied (verbatim or spun) from one text into the other that
// follow each other on both sides become one run, across sentence and paragraph breaks and over
// a dropped or inserted sentence or two. A run's ends are then set word-exactly: a copy that
// starts or stops mid-sentence starts and stops there, not at the sentence's edge.

import type { SentencePair } from './match-sentences';
import type { PreparedText } from './prepare';

/** Sentences one side may skip inside a run (dropped by the copier, or inserted). */
export const RUN_MAX_SKIPPED_SENTENCES = 2;
/** Tokens an exact anchor at a run's edge must match. */
const ANCHOR_TOKENS = 3;

export interface CopiedRunPairs {
  pairs: SentencePair[];
  /** Token ranges [from, to) on each side, word-exact. */
  a: { from: number; to: number };
  b: { from: number; to: number };
}

export const isCopied = (pair: SentencePair) => pair.kind === 'verbatim' || pair.kind === 'spun';

function follows(previous: SentencePair, next: SentencePair): boolean {
  const stepA = next.a - previous.a;
  const stepB = next.b - previous.b;
  return (
    stepA >= 1 &&
    stepB >= 1 &&
    stepA <= 1 + RUN_MAX_SKIPPED_SENTENCES &&
    stepB <= 1 + RUN_MAX_SKIPPED_SENTENCES
  );
}

const sentenceFrom = (text: PreparedText, sentence: number) =>
  text.sentenceTokenStarts[sentence] ?? 0;
const sentenceTo = (text: PreparedText, sentence: number) =>
  text.sentenceTokenStarts[sentence + 1] ?? 0;

/**
 * The first (or, `fromEnd`, the last) exact match of ANCHOR_TOKENS tokens between two token
 * ranges, as positions of its first (or last) token; null when there is none.
 */
function anchor(
  a: PreparedText,
  rangeA: { from: number; to: number },
  b: PreparedText,
  rangeB: { from: number; to: number },
  fromEnd: boolean,
): { a: number; b: number } | null {
  const positions = new Map<string, number[]>();
  for (let j = rangeB.from; j + ANCHOR_TOKENS <= rangeB.to; j++) {
    const key = `${b.tokenIds[j]},${b.tokenIds[j + 1]},${b.tokenIds[j + 2]}`;
    const list = positions.get(key);
    if (list) list.push(j);
    else positions.set(key, [j]);
  }
  const last = rangeA.to - ANCHOR_TOKENS;
  for (let step = 0; step <= last - rangeA.from; step++) {
    const i = fromEnd ? last - step : rangeA.from + step;
    const key = `${a.tokenIds[i]},${a.tokenIds[i + 1]},${a.tokenIds[i + 2]}`;
    const list = positions.get(key);
    if (!list) continue;
    const j = (fromEnd ? list[list.length - 1] : list[0]) ?? 0;
    return fromEnd ? { a: i + ANCHOR_TOKENS - 1, b: j + ANCHOR_TOKENS - 1 } : { a: i, b: j };
  }
  return null;
}

/** Ways to step over a difference while extending: a swapped word or two, one word added. */
const SKIPS: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 2],
];

interface EdgeRange {
  a: { from: number; to: number };
  b: { from: number; to: number };
}

/**
 * Extends a run's edge token by token while both texts agree, stepping over a swapped or added
 * word when the texts agree again just beyond it. Inside the edge pair's own sentences (known
 * to be copied) every agreeing word counts; beyond them the texts must agree on two words in a
 * row, so one shared "the" does not pull a half-sentence into the run. `limit` keeps the edge
 * out of the neighbouring run.
 */
function extend(
  a: PreparedText,
  b: PreparedText,
  at: { a: number; b: number },
  step: 1 | -1,
  limit: { a: number; b: number },
  edge: EdgeRange,
): { a: number; b: number } {
  let committed = at;
  let x = at.a;
  let y = at.b;
  let streak = 0;
  const inside = (i: number, j: number) =>
    step < 0 ? i >= limit.a && j >= limit.b : i < limit.a && j < limit.b;
  const inEdge = (i: number, j: number) =>
    i >= edge.a.from && i < edge.a.to && j >= edge.b.from && j < edge.b.to;
  const agree = (i: number, j: number) => inside(i, j) && a.tokenIds[i] === b.tokenIds[j];
  for (;;) {
    let nextX = x + step;
    let nextY = y + step;
    if (agree(nextX, nextY)) {
      streak++;
    } else {
      const skip = SKIPS.find(([skipA, skipB]) =>
        agree(nextX + skipA * step, nextY + skipB * step),
      );
      if (!skip) break;
      nextX += skip[0] * step;
      nextY += skip[1] * step;
      streak = 1;
    }
    x = nextX;
    y = nextY;
    if (streak >= 2 || inEdge(x, y)) committed = { a: x, b: y };
  }
  return committed;
}

/** Whether two sentences differ in length enough that one may hold words the copy left out. */
function unevenLengths(a: { from: number; to: number }, b: { from: number; to: number }) {
  const lengthA = a.to - a.from;
  const lengthB = b.to - b.from;
  return Math.min(lengthA, lengthB) < 0.8 * Math.max(lengthA, lengthB);
}

/**
 * Groups the copied pairs (sorted by A) into runs and sets each run's word-exact ends. Runs do
 * not overlap: an edge never extends into the run before or after it.
 */
export function copiedRuns(
  a: PreparedText,
  b: PreparedText,
  pairs: readonly SentencePair[],
): CopiedRunPairs[] {
  const groups: SentencePair[][] = [];
  for (const pair of pairs) {
    if (!isCopied(pair)) continue;
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    if (group && previous && follows(previous, pair)) group.push(pair);
    else groups.push([pair]);
  }
  const runs: CopiedRunPairs[] = groups.map((group) => {
    const first = group[0] as SentencePair;
    const last = group[group.length - 1] as SentencePair;
    return {
      pairs: group,
      a: { from: sentenceFrom(a, first.a), to: sentenceTo(a, last.a) },
      b: { from: sentenceFrom(b, first.b), to: sentenceTo(b, last.b) },
    };
  });
  // Word-exact edges: trim to the first and last exact anchor of the edge pairs, then extend
  // while the texts agree. A verbatim edge pair is already exact and only extends.
  runs.forEach((run, index) => {
    const first = run.pairs[0] as SentencePair;
    const last = run.pairs[run.pairs.length - 1] as SentencePair;
    const previous = runs[index - 1];
    const next = runs[index + 1];
    const lower = { a: previous ? previous.a.to : 0, b: previous ? previous.b.to : 0 };
    const upper = {
      a: next ? next.a.from : a.tokenCount,
      b: next ? next.b.from : b.tokenCount,
    };
    const firstA = { from: sentenceFrom(a, first.a), to: sentenceTo(a, first.a) };
    const firstB = { from: sentenceFrom(b, first.b), to: sentenceTo(b, first.b) };
    // A sentence pair of even lengths is copied from its first word; an uneven one may start
    // with words of its own, so the run starts at the first words both say alike.
    const start = unevenLengths(firstA, firstB)
      ? (anchor(a, firstA, b, firstB, false) ?? { a: firstA.from, b: firstB.from })
      : { a: firstA.from, b: firstB.from };
    const extendedStart = extend(a, b, start, -1, lower, { a: firstA, b: firstB });
    const lastA = { from: sentenceFrom(a, last.a), to: sentenceTo(a, last.a) };
    const lastB = { from: sentenceFrom(b, last.b), to: sentenceTo(b, last.b) };
    const end = unevenLengths(lastA, lastB)
      ? (anchor(a, lastA, b, lastB, true) ?? { a: lastA.to - 1, b: lastB.to - 1 })
      : { a: lastA.to - 1, b: lastB.to - 1 };
    const extendedEnd = extend(a, b, end, 1, upper, { a: lastA, b: lastB });
    if (extendedEnd.a >= extendedStart.a && extendedEnd.b >= extendedStart.b) {
      run.a = { from: extendedStart.a, to: extendedEnd.a + 1 };
      run.b = { from: extendedStart.b, to: extendedEnd.b + 1 };
    }
  });
  return runs;
}
