// Sentence segmentation for news text. A paragraph break always ends a sentence (a blank line,
// or a single line break unless the text is hard-wrapped: see reflow.ts, where a line break
// inside a paragraph is a space); inside a paragraph a sentence ends at terminal punctuation plus any
// closing quotes or brackets, followed by a space and anything but a lower-case letter, unless
// the period belongs to an abbreviation or initial, or a quotation is still open.

import { paragraphLayout } from '../text/reflow';
import { isAbbreviationPeriod } from './abbreviations';
import { findQuotes, type QuoteRegion } from './quotes';

/** A sentence: UTF-16 offsets into the text, trimmed, and the index of its paragraph. */
export interface SentenceSegment {
  start: number;
  end: number;
  paragraph: number;
}

export interface Segmentation {
  sentences: SentenceSegment[];
  /** Every quotation in the text, sorted by opening mark; none crosses a paragraph. */
  quotes: QuoteRegion[];
}

/** Ends a sentence only before whitespace. */
const TERMINAL = new Set(['.', '!', '?', '…', '؟', '।', '‼', '⁇', '⁈', '⁉']);
/** Ends a sentence even without a following space (Chinese and Japanese). */
const FULL_WIDTH_TERMINAL = new Set(['。', '！', '？', '｡']);
const CLOSING = /[\p{Pe}\p{Pf}"'’”»」』]/u;
const SPACE = /\s/u;
const LOWER_CASE_START = /^\s*\p{Ll}/u;

/**
 * Longest quotation kept in one sentence with its attribution, in UTF-16 units (two or three
 * sentences). Past it, the quotation is split like any text: a speech quoted at length, or a
 * run of copied text that landed inside quotation marks, is not one giant sentence.
 */
export const MAX_QUOTATION_KEPT_WHOLE = 400;

function isInsideDoubleQuote(quotes: readonly QuoteRegion[], position: number): boolean {
  return quotes.some(
    (quote) =>
      quote.double &&
      quote.open < position &&
      position <= quote.close &&
      quote.close - quote.open <= MAX_QUOTATION_KEPT_WHOLE,
  );
}

/**
 * Whether the run of terminal punctuation at [from, to), with any closing marks up to `after`,
 * ends a sentence.
 */
function endsSentence(text: string, lineStart: number, from: number, to: number, after: number) {
  const next = text.slice(after, after + 40);
  if (LOWER_CASE_START.test(next)) return false;
  if (to - from !== 1 || text.charAt(from) !== '.') return true;
  let wordStart = from;
  while (wordStart > lineStart && !SPACE.test(text.charAt(wordStart - 1))) wordStart--;
  return !isAbbreviationPeriod(text.slice(wordStart, from), next);
}

function trimmedSegment(
  text: string,
  start: number,
  end: number,
  paragraph: number,
): SentenceSegment | null {
  while (start < end && SPACE.test(text.charAt(start))) start++;
  while (end > start && SPACE.test(text.charAt(end - 1))) end--;
  return start < end ? { start, end, paragraph } : null;
}

/**
 * Longest sentence kept whole, in UTF-16 units (about 170 words). Text without sentence
 * punctuation (a transcript, a list pasted as one line) would otherwise become one huge
 * "sentence" whose pairwise scoring is quadratic in its length.
 */
export const MAX_SENTENCE_LENGTH = 1000;
const CLAUSE_END = /[;:,—–]\s/gu;

/** Pushes a sentence, cut at clause punctuation (or spaces) when it is too long. */
function pushBounded(text: string, segment: SentenceSegment | null, into: SentenceSegment[]) {
  if (segment === null) return;
  let start = segment.start;
  while (segment.end - start > MAX_SENTENCE_LENGTH) {
    const window = text.slice(start, start + MAX_SENTENCE_LENGTH);
    let cut = 0;
    for (const match of window.matchAll(CLAUSE_END)) cut = match.index + 1;
    if (cut < MAX_SENTENCE_LENGTH / 4) cut = window.lastIndexOf(' ');
    if (cut < MAX_SENTENCE_LENGTH / 4) cut = MAX_SENTENCE_LENGTH;
    const unit = text.charCodeAt(start + cut - 1);
    if (unit >= 0xd800 && unit <= 0xdbff) cut--; // never between the halves of a pair
    const piece = trimmedSegment(text, start, start + cut, segment.paragraph);
    if (piece) into.push(piece);
    start += cut;
  }
  const rest = trimmedSegment(text, start, segment.end, segment.paragraph);
  if (rest) into.push(rest);
}

function splitLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  paragraph: number,
  quotes: readonly QuoteRegion[],
  into: SentenceSegment[],
): void {
  let sentenceStart = lineStart;
  let index = lineStart;
  while (index < lineEnd) {
    const character = text.charAt(index);
    const fullWidth = FULL_WIDTH_TERMINAL.has(character);
    if (!fullWidth && !TERMINAL.has(character)) {
      index++;
      continue;
    }
    const runStart = index;
    while (
      index < lineEnd &&
      (TERMINAL.has(text.charAt(index)) || FULL_WIDTH_TERMINAL.has(text.charAt(index)))
    ) {
      index++;
    }
    const runEnd = index;
    while (index < lineEnd && CLOSING.test(text.charAt(index))) index++;
    const atSpace = index < lineEnd && SPACE.test(text.charAt(index));
    if (index >= lineEnd || (!atSpace && !fullWidth)) continue;
    if (isInsideDoubleQuote(quotes, index)) continue;
    if (!fullWidth && !endsSentence(text, lineStart, runStart, runEnd, index)) continue;
    pushBounded(text, trimmedSegment(text, sentenceStart, index, paragraph), into);
    sentenceStart = index;
  }
  pushBounded(text, trimmedSegment(text, sentenceStart, lineEnd, paragraph), into);
}

/**
 * Sentences and quotations of a text; offsets are UTF-16 into `text` exactly as given.
 * `wrapWidth` is the column the text was hard-wrapped at when already known (0: not wrapped).
 */
export function segmentText(text: string, wrapWidth?: number): Segmentation {
  const sentences: SentenceSegment[] = [];
  const quotes: QuoteRegion[] = [];
  let paragraph = 0;
  for (const block of paragraphLayout(text, wrapWidth).blocks) {
    const blockQuotes = findQuotes(text, block.start, block.end);
    const before = sentences.length;
    splitLine(text, block.start, block.end, paragraph, blockQuotes, sentences);
    if (sentences.length > before) paragraph++;
    for (const quote of blockQuotes) quotes.push(quote);
  }
  return { sentences, quotes };
}

/** The sentences of a text as strings (for tests and tools). */
export function splitSentences(text: string): string[] {
  return segmentText(text).sentences.map((sentence) => text.slice(sentence.start, sentence.end));
}
