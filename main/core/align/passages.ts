// From sentence pairs to passages. A copied run (see copied-runs.ts) is one passage whatever
// sentence and paragraph breaks it crosses, with word-exact ends; the other pairs that follow
// each other on both sides inside one paragraph become one passage, so an analyst sees a
// reworded paragraph as one block rather than as its sentences. Passage spans start and end on
// words (never on the quote marks or final punctuation), in code points.

import type { AlignedPassage, DiffMark, PassageKind } from '../../../preload/contract';
import { CodePointCursor } from './code-point-cursor';
import { copiedRuns, type CopiedRunPairs } from './copied-runs';
import type { SentencePair } from './match-sentences';
import type { PreparedText } from './prepare';
import { diffRanges, type DiffSide } from './word-diff';

/** A passage with the word characters it covers on each side. */
export interface BuiltPassage extends AlignedPassage {
  charactersA: number;
  charactersB: number;
}

/** A copied run as the verdict needs it: spans and the sentence pairs inside. */
export interface CopiedRunSummary {
  a: { start: number; end: number };
  b: { start: number; end: number };
  sentences: number;
}

export interface BuiltPassages {
  passages: BuiltPassage[];
  /** The copied runs, sorted by A; each is also one of `passages`. */
  runs: CopiedRunSummary[];
  /** Substitution counts over the verbatim and spun passages ("from\u0000to" → count). */
  substitutions: Map<string, number>;
}

const COPY_KINDS: ReadonlySet<PassageKind> = new Set(['verbatim', 'spun']);

export function isCopyKind(kind: PassageKind): boolean {
  return COPY_KINDS.has(kind);
}

function continues(a: PreparedText, b: PreparedText, previous: SentencePair, next: SentencePair) {
  return (
    previous.kind === 'paraphrase' &&
    next.kind === 'paraphrase' &&
    next.a === previous.a + 1 &&
    next.b === previous.b + 1 &&
    a.sentenceParagraphs[next.a] === a.sentenceParagraphs[previous.a] &&
    b.sentenceParagraphs[next.b] === b.sentenceParagraphs[previous.b]
  );
}

/** Token range of a pair's side: the shared quotation, or the whole sentence. */
function tokenRange(text: PreparedText, sentence: number, quote: [number, number] | null) {
  if (quote) return { from: quote[0], to: quote[1] };
  return {
    from: text.sentenceTokenStarts[sentence] ?? 0,
    to: text.sentenceTokenStarts[sentence + 1] ?? 0,
  };
}

function runKind(run: readonly SentencePair[]): PassageKind {
  if (run.every((pair) => pair.kind === 'verbatim')) return 'verbatim';
  if (run.some((pair) => pair.kind === 'spun')) return 'spun';
  return run[0]?.kind ?? 'paraphrase';
}

function buildPassage(
  a: PreparedText,
  b: PreparedText,
  run: readonly SentencePair[],
  cursors: { a: CodePointCursor; b: CodePointCursor },
  substitutions: Map<string, number>,
): BuiltPassage {
  const diff: { a: DiffMark[]; b: DiffMark[] } = { a: [], b: [] };
  let first: { a: number; b: number } | null = null;
  let last = { a: 0, b: 0 };
  let charactersA = 0;
  let charactersB = 0;
  let weightedScore = 0;
  for (const pair of run) {
    const rangeA = tokenRange(a, pair.a, pair.quoteA);
    const rangeB = tokenRange(b, pair.b, pair.quoteB);
    first ??= { a: rangeA.from, b: rangeB.from };
    last = { a: rangeA.to - 1, b: rangeB.to - 1 };
    const pairCharactersA =
      (a.characterPrefix[rangeA.to] ?? 0) - (a.characterPrefix[rangeA.from] ?? 0);
    const pairCharactersB =
      (b.characterPrefix[rangeB.to] ?? 0) - (b.characterPrefix[rangeB.from] ?? 0);
    charactersA += pairCharactersA;
    charactersB += pairCharactersB;
    weightedScore += pair.score * (pairCharactersA + pairCharactersB);
    if (pair.kind !== 'verbatim') {
      const sideA: DiffSide = { text: a, ...rangeA, cursor: cursors.a };
      const sideB: DiffSide = { text: b, ...rangeB, cursor: cursors.b };
      diffRanges(sideA, sideB, diff, isCopyKind(pair.kind) ? substitutions : null);
    }
  }
  const start = first ?? { a: 0, b: 0 };
  const characters = charactersA + charactersB;
  return {
    a: {
      start: cursors.a.toCodePoints(a.tokenStarts[start.a] ?? 0),
      end: cursors.a.toCodePoints(a.tokenEnds[last.a] ?? 0),
    },
    b: {
      start: cursors.b.toCodePoints(b.tokenStarts[start.b] ?? 0),
      end: cursors.b.toCodePoints(b.tokenEnds[last.b] ?? 0),
    },
    score: characters > 0 ? Math.round((weightedScore / characters) * 1000) / 1000 : 0,
    kind: runKind(run),
    diff,
    charactersA,
    charactersB,
  };
}

function characters(text: PreparedText, from: number, to: number): number {
  return (text.characterPrefix[to] ?? 0) - (text.characterPrefix[from] ?? 0);
}

/** A copied run as one passage: per-pair diffs, skipped sentences marked, exact ends. */
function buildRunPassage(
  a: PreparedText,
  b: PreparedText,
  run: CopiedRunPairs,
  cursors: { a: CodePointCursor; b: CodePointCursor },
  substitutions: Map<string, number>,
): BuiltPassage {
  const diff: { a: DiffMark[]; b: DiffMark[] } = { a: [], b: [] };
  let weightedScore = 0;
  let weight = 0;
  let atA = run.a.from;
  let atB = run.b.from;
  let exact = true;
  run.pairs.forEach((pair, index) => {
    const last = index === run.pairs.length - 1;
    const fromA = Math.max(a.sentenceTokenStarts[pair.a] ?? 0, run.a.from);
    const fromB = Math.max(b.sentenceTokenStarts[pair.b] ?? 0, run.b.from);
    const toA = last ? run.a.to : Math.min(a.sentenceTokenStarts[pair.a + 1] ?? 0, run.a.to);
    const toB = last ? run.b.to : Math.min(b.sentenceTokenStarts[pair.b + 1] ?? 0, run.b.to);
    // What lies between this pair and the previous one (a dropped or inserted sentence, the
    // words an edge was extended over) is compared as it stands.
    const gapA = { from: atA, to: Math.max(atA, fromA) };
    const gapB = { from: atB, to: Math.max(atB, fromB) };
    const sideA: DiffSide = {
      text: a,
      from: gapA.from,
      to: Math.max(gapA.to, toA),
      cursor: cursors.a,
    };
    const sideB: DiffSide = {
      text: b,
      from: gapB.from,
      to: Math.max(gapB.to, toB),
      cursor: cursors.b,
    };
    if (sideA.to <= sideA.from && sideB.to <= sideB.from) return;
    const pairWeight = characters(a, sideA.from, sideA.to) + characters(b, sideB.from, sideB.to);
    weightedScore += pair.score * pairWeight;
    weight += pairWeight;
    const identical =
      pair.kind === 'verbatim' &&
      gapA.to === gapA.from &&
      gapB.to === gapB.from &&
      sideA.to - sideA.from === sideB.to - sideB.from;
    if (!identical) {
      exact = false;
      diffRanges(sideA, sideB, diff, substitutions);
    }
    atA = Math.max(atA, sideA.to);
    atB = Math.max(atB, sideB.to);
  });
  return {
    a: {
      start: cursors.a.toCodePoints(a.tokenStarts[run.a.from] ?? 0),
      end: cursors.a.toCodePoints(a.tokenEnds[run.a.to - 1] ?? 0),
    },
    b: {
      start: cursors.b.toCodePoints(b.tokenStarts[run.b.from] ?? 0),
      end: cursors.b.toCodePoints(b.tokenEnds[run.b.to - 1] ?? 0),
    },
    score: weight > 0 ? Math.round((weightedScore / weight) * 1000) / 1000 : 0,
    // Verbatim when no word differs anywhere in the run, edges and skipped sentences included.
    kind: exact || (diff.a.length === 0 && diff.b.length === 0) ? 'verbatim' : 'spun',
    diff,
    charactersA: characters(a, run.a.from, run.a.to),
    charactersB: characters(b, run.b.from, run.b.to),
  };
}

/** Whether a pair's sentence touches a copied run on either side. */
function insideRun(a: PreparedText, b: PreparedText, pair: SentencePair, runs: CopiedRunPairs[]) {
  const fromA = a.sentenceTokenStarts[pair.a] ?? 0;
  const toA = a.sentenceTokenStarts[pair.a + 1] ?? 0;
  const fromB = b.sentenceTokenStarts[pair.b] ?? 0;
  const toB = b.sentenceTokenStarts[pair.b + 1] ?? 0;
  return runs.some(
    (run) => (fromA < run.a.to && toA > run.a.from) || (fromB < run.b.to && toB > run.b.from),
  );
}

/** Passages of two texts from their sentence pairs (sorted by A), sorted by A's start. */
export function buildPassages(
  a: PreparedText,
  b: PreparedText,
  pairs: readonly SentencePair[],
): BuiltPassages {
  const cursors = { a: new CodePointCursor(a.text), b: new CodePointCursor(b.text) };
  const substitutions = new Map<string, number>();
  const runs = copiedRuns(a, b, pairs);
  const passages: BuiltPassage[] = [];
  const summaries: CopiedRunSummary[] = [];
  for (const run of runs) {
    const passage = buildRunPassage(a, b, run, cursors, substitutions);
    passages.push(passage);
    summaries.push({ a: passage.a, b: passage.b, sentences: run.pairs.length });
  }
  let group: SentencePair[] = [];
  for (const pair of pairs) {
    if (isCopyKind(pair.kind) || insideRun(a, b, pair, runs)) continue;
    const previous = group[group.length - 1];
    if (previous && !continues(a, b, previous, pair)) {
      passages.push(buildPassage(a, b, group, cursors, substitutions));
      group = [];
    }
    group.push(pair);
  }
  if (group.length > 0) passages.push(buildPassage(a, b, group, cursors, substitutions));
  // The cursors convert in any order; passages are listed by A's start, then B's.
  passages.sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
  return { passages, runs: summaries, substitutions };
}
