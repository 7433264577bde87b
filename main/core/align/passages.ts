// From sentence pairs to passages: runs of pairs that follow each other on both sides, inside
// one paragraph on each side, become one passage, so an analyst sees a copied paragraph as one
// block rather than as its sentences. Passage spans start and end on words (never on the quote
// marks or final punctuation), in code points.

import type { AlignedPassage, DiffMark, PassageKind } from '../../../preload/contract';
import { CodePointCursor } from './code-point-cursor';
import type { SentencePair } from './match-sentences';
import type { PreparedText } from './prepare';
import { diffRanges, type DiffSide } from './word-diff';

/** A passage with the word characters it covers on each side. */
export interface BuiltPassage extends AlignedPassage {
  charactersA: number;
  charactersB: number;
}

export interface BuiltPassages {
  passages: BuiltPassage[];
  /** Substitution counts over the verbatim and spun passages ("from\u0000to" → count). */
  substitutions: Map<string, number>;
}

const COPY_KINDS: ReadonlySet<PassageKind> = new Set(['verbatim', 'spun']);

export function isCopyKind(kind: PassageKind): boolean {
  return COPY_KINDS.has(kind);
}

function continues(a: PreparedText, b: PreparedText, previous: SentencePair, next: SentencePair) {
  const compatible =
    (isCopyKind(previous.kind) && isCopyKind(next.kind)) ||
    (previous.kind === 'paraphrase' && next.kind === 'paraphrase');
  return (
    compatible &&
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

/** Passages of two texts from their sentence pairs (sorted by A), sorted by A's start. */
export function buildPassages(
  a: PreparedText,
  b: PreparedText,
  pairs: readonly SentencePair[],
): BuiltPassages {
  const cursors = { a: new CodePointCursor(a.text), b: new CodePointCursor(b.text) };
  const substitutions = new Map<string, number>();
  const passages: BuiltPassage[] = [];
  let run: SentencePair[] = [];
  for (const pair of pairs) {
    const previous = run[run.length - 1];
    if (previous && !continues(a, b, previous, pair)) {
      passages.push(buildPassage(a, b, run, cursors, substitutions));
      run = [];
    }
    run.push(pair);
  }
  if (run.length > 0) passages.push(buildPassage(a, b, run, cursors, substitutions));
  return { passages, substitutions };
}
