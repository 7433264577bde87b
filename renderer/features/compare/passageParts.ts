import type { AlignedPassage, DiffMark, Span } from '../../../preload/contract';

// A copied run comes back from the comparison as one aligned passage, however many paragraphs
// it crosses. The reader cuts such a passage into parts, one per paragraph, so F7 stops at each
// paragraph, each part gets its own connector, and the passage panel shows a paragraph beside
// its counterpart rather than a page of text. Cuts are placed at a paragraph break on one side
// and at the matching place on the other: the words the diff leaves unchanged follow each other
// in the same order on both sides, so "after the n-th unchanged word" is the same place in both.

/** A source's text as code points, with its paragraphs' spans: what the cuts need. */
export interface PartText {
  codePoints: readonly string[];
  paragraphs: readonly Span[];
}

/** Which part of one of the comparison's passages an aligned passage is. */
export interface PassagePart {
  /** The passage's index in the comparison's list. */
  passage: number;
  /** 0-based. */
  part: number;
  parts: number;
}

export interface SplitPassages {
  passages: AlignedPassage[];
  /** Parallel to `passages`: null for a passage left whole. */
  parts: (PassagePart | null)[];
}

export function partText(text: string, paragraphs: readonly Span[]): PartText {
  return { codePoints: Array.from(text), paragraphs };
}

const wordCharacter = /^[\p{L}\p{M}\p{N}]$/u;
const space = /^\s$/u;

/** How far, in unchanged words, a break on the other side may be from the mapped place. */
const snapWords = 2;

/** Word spans inside `span` that no diff mark touches: the words both sides share. */
function unchangedWords(text: PartText, span: Span, marks: readonly Span[]): Span[] {
  const words: Span[] = [];
  let start = -1;
  const end = Math.min(span.end, text.codePoints.length);
  for (let at = span.start; at <= end; at++) {
    const inWord = at < end && wordCharacter.test(text.codePoints[at] ?? '');
    if (inWord && start === -1) start = at;
    if (!inWord && start !== -1) {
      const word = { start, end: at };
      if (!marks.some((mark) => mark.start < word.end && word.start < mark.end)) words.push(word);
      start = -1;
    }
  }
  return words;
}

/** Paragraph starts strictly inside `span`: where the passage crosses a paragraph break. */
function breaksInside(text: PartText, span: Span): number[] {
  return text.paragraphs
    .map((paragraph) => paragraph.start)
    .filter((start) => start > span.start && start < span.end)
    .sort((x, y) => x - y);
}

/**
 * Where the place just before unchanged word `index` lies on the other side: at a paragraph
 * break there if one is close (the copy kept the paragraph), else at the start of that word.
 */
function placeOnOtherSide(
  index: number,
  words: readonly Span[],
  breaks: readonly number[],
  span: Span,
) {
  const nominal = words[index]?.start ?? span.end;
  const low = words[index - 1 - snapWords]?.end ?? span.start;
  const high = words[index + snapWords]?.start ?? span.end;
  let best: number | null = null;
  for (const candidate of breaks) {
    if (candidate <= low || candidate > high) continue;
    if (best === null || Math.abs(candidate - nominal) < Math.abs(best - nominal)) best = candidate;
  }
  return best ?? nominal;
}

function trimmed(text: PartText, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && space.test(text.codePoints[from] ?? '')) from++;
  while (to > from && space.test(text.codePoints[to - 1] ?? '')) to--;
  return { start: from, end: to };
}

function clipMarks(marks: readonly DiffMark[], span: Span): DiffMark[] {
  return marks
    .filter((mark) => mark.start < span.end && span.start < mark.end)
    .map((mark) => ({
      ...mark,
      start: Math.max(mark.start, span.start),
      end: Math.min(mark.end, span.end),
    }));
}

interface Cut {
  a: number;
  b: number;
}

/** The places where `passage` is cut, in order on both sides; empty to leave it whole. */
export function passageCuts(passage: AlignedPassage, a: PartText, b: PartText): Cut[] {
  const breaksA = breaksInside(a, passage.a);
  const breaksB = breaksInside(b, passage.b);
  if (breaksA.length === 0 && breaksB.length === 0) return [];
  const wordsA = unchangedWords(a, passage.a, passage.diff.a);
  const wordsB = unchangedWords(b, passage.b, passage.diff.b);
  const before = (words: readonly Span[], at: number) =>
    words.filter((word) => word.start < at).length;
  const cuts: Cut[] = [
    ...breaksA.map((at) => ({
      a: at,
      b: placeOnOtherSide(before(wordsA, at), wordsB, breaksB, passage.b),
    })),
    ...breaksB.map((at) => ({
      a: placeOnOtherSide(before(wordsB, at), wordsA, breaksA, passage.a),
      b: at,
    })),
  ].sort((x, y) => x.a - y.a || x.b - y.b);
  // Both sides must move forward at every cut: a paragraph the copy added (or dropped) joins
  // its neighbour rather than becoming a part with nothing on one side.
  const kept: Cut[] = [];
  let last: Cut = { a: passage.a.start, b: passage.b.start };
  for (const cut of cuts) {
    if (cut.a <= last.a || cut.b <= last.b || cut.a >= passage.a.end || cut.b >= passage.b.end) {
      continue;
    }
    kept.push(cut);
    last = cut;
  }
  return kept;
}

/** One passage as its paragraph parts, or alone when it stays inside one paragraph. */
function splitPassage(passage: AlignedPassage, a: PartText, b: PartText): AlignedPassage[] {
  const cuts = passageCuts(passage, a, b);
  if (cuts.length === 0) return [passage];
  const boundsA = [passage.a.start, ...cuts.map((cut) => cut.a), passage.a.end];
  const boundsB = [passage.b.start, ...cuts.map((cut) => cut.b), passage.b.end];
  const parts: AlignedPassage[] = [];
  for (let index = 0; index + 1 < boundsA.length; index++) {
    const spanA = trimmed(a, boundsA[index] ?? 0, boundsA[index + 1] ?? 0);
    const spanB = trimmed(b, boundsB[index] ?? 0, boundsB[index + 1] ?? 0);
    const previous = parts[parts.length - 1];
    if (previous && (spanA.end <= spanA.start || spanB.end <= spanB.start)) {
      // Only white space on one side: the other side's text belongs to the part before.
      if (spanA.end > spanA.start) previous.a = { start: previous.a.start, end: spanA.end };
      if (spanB.end > spanB.start) previous.b = { start: previous.b.start, end: spanB.end };
      continue;
    }
    parts.push({ ...passage, a: spanA, b: spanB, diff: { a: [], b: [] } });
  }
  for (const part of parts) {
    part.diff = { a: clipMarks(passage.diff.a, part.a), b: clipMarks(passage.diff.b, part.b) };
  }
  return parts;
}

/**
 * The passages of a pair as the reader shows them: each one that crosses paragraph breaks cut
 * into one part per paragraph. Left whole while either text has not loaded.
 */
export function splitAtParagraphs(
  passages: readonly AlignedPassage[],
  a: PartText | undefined,
  b: PartText | undefined,
): SplitPassages {
  const result: SplitPassages = { passages: [], parts: [] };
  passages.forEach((passage, index) => {
    const pieces = a && b ? splitPassage(passage, a, b) : [passage];
    pieces.forEach((piece, part) => {
      result.passages.push(piece);
      result.parts.push(pieces.length > 1 ? { passage: index, part, parts: pieces.length } : null);
    });
  });
  return result;
}
