// Where a text's quotations are: double quotes paired per paragraph (straight, curly, «», „“,
// 「」), pieces of one speech left open and re-opened across paragraphs grouped together, and
// single-quoted passages of a few words; then each quotation's words without its marks.

import { DOUBLE_CLOSERS } from '../align/quotes';
import type { SentenceSegment } from '../align/sentences';
import type { TextRange } from './types';

/** A quotation found in the text: its marks, or a paragraph end for an open piece. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quote runs on. */
  close: number;
  /** Quotes that continue one another across paragraphs share a group. */
  group: number;
}

/** Single-quoted text counts as a quote from this many words. */
const MIN_SINGLE_QUOTE_WORDS = 4;

/** Paragraph extents from the sentences (which are trimmed, as paragraphs are). */
export function paragraphRanges(sentences: readonly SentenceSegment[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const sentence of sentences) {
    const range = ranges[sentence.paragraph];
    if (range === undefined)
      ranges[sentence.paragraph] = { start: sentence.start, end: sentence.end };
    else range.end = sentence.end;
  }
  return ranges;
}

function countWords(text: string, from: number, to: number): number {
  let count = 0;
  let inWord = false;
  for (let index = from; index < to; index++) {
    const space = /\s/u.test(text.charAt(index));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Double-quote openers and the marks that close each (the aligner's). */
const CLOSERS = DOUBLE_CLOSERS;
const ALL_CLOSERS = '”“»」』"';

/**
 * Whether a straight double quote opens: it touches a non-space after it and, before it, a
 * space, the start, an opening bracket, a dash or a colon ('read:"We want …"').
 */
function straightOpens(text: string, index: number, from: number, to: number): boolean {
  const before = index > from ? text.charAt(index - 1) : ' ';
  const after = index + 1 < to ? text.charAt(index + 1) : ' ';
  return /[\s\p{Ps}\p{Pi}—–:-]/u.test(before) && !/\s/u.test(after);
}

/**
 * A straight double quote with a space on both sides opens when no quotation is open, words
 * follow it and another straight quote closes it later in the paragraph: copy typed as
 * `could be " very important to … neighbourhood".`
 */
function spacedOpener(text: string, index: number, from: number, to: number): boolean {
  const before = index > from ? text.charAt(index - 1) : ' ';
  if (!/\s/u.test(before) || !/^ \p{L}/u.test(text.slice(index + 1, index + 3))) return false;
  const next = text.indexOf('"', index + 1);
  return next >= 0 && next < to;
}

/** A double quotation found in one paragraph; `closed` is false for a piece left open. */
interface DoubleQuote {
  open: number;
  close: number;
  closed: boolean;
}

/**
 * Double quotations of one paragraph. An opener while a quotation of the same style is open
 * ends the open one there: news copy flattened from several paragraphs reads
 * `said: "First part. "Second part."`, one speech in pieces.
 */
function doubleQuotesIn(text: string, from: number, to: number, into: DoubleQuote[]): void {
  let open = -1;
  let closers = '';
  for (let index = from; index < to; index++) {
    const mark = text.charAt(index);
    if (!CLOSERS.has(mark) && !ALL_CLOSERS.includes(mark)) continue;
    const opens =
      CLOSERS.has(mark) &&
      (mark !== '"' ||
        straightOpens(text, index, from, to) ||
        (open < 0 && spacedOpener(text, index, from, to)));
    if (open >= 0 && closers.includes(mark) && !(mark === '"' && opens)) {
      into.push({ open, close: index, closed: true });
      open = -1;
      continue;
    }
    if (!opens) continue;
    if (open >= 0) {
      if (text.charAt(open) !== mark) continue; // another style inside: a nested quotation
      into.push({ open, close: index, closed: false });
    }
    open = index;
    closers = CLOSERS.get(mark) ?? '';
  }
  if (open >= 0 && open + 1 < to) into.push({ open, close: to, closed: false });
}

/**
 * Every quotation of the text, sorted, with the pieces of one speech grouped: pieces left
 * open and re-opened within a paragraph or at the start of the next paragraph. Single-quoted
 * text counts when it is not inside a double quotation and has a few words.
 */
export function findQuoteSpans(
  text: string,
  singles: readonly { open: number; close: number; double: boolean }[],
  paragraphs: readonly TextRange[],
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let group = 0;
  let singleIndex = 0;
  let continuing = -1;
  const doubles: DoubleQuote[] = [];
  for (const range of paragraphs) {
    if (range === undefined) continue;
    doubles.length = 0;
    doubleQuotesIn(text, range.start, range.end, doubles);
    for (let index = 0; index < doubles.length; index++) {
      const quote = doubles[index] as DoubleQuote;
      const opensParagraph = index === 0 && /^\s*$/u.test(text.slice(range.start, quote.open));
      const id = continuing >= 0 && (index > 0 || opensParagraph) ? continuing : group++;
      spans.push({ open: quote.open, close: quote.close, group: id });
      continuing = quote.closed ? -1 : id;
    }
    if (doubles.length === 0) continuing = -1;
    while (
      singleIndex < singles.length &&
      (singles[singleIndex] as { open: number }).open < range.end
    ) {
      const quote = singles[singleIndex++] as { open: number; close: number; double: boolean };
      if (quote.double || quote.open < range.start) continue;
      if (doubles.some((double) => double.open < quote.open && quote.close <= double.close))
        continue;
      if (countWords(text, quote.open + 1, quote.close) < MIN_SINGLE_QUOTE_WORDS) continue;
      spans.push({ open: quote.open, close: quote.close, group: group++ });
    }
  }
  return spans.sort((a, b) => a.open - b.open);
}

/** A quote's words without its marks and the punctuation the style puts inside them. */
export function quoteRange(text: string, span: QuoteSpan): TextRange {
  let start = span.open + 1;
  let end = span.close;
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /[\s,;:]/u.test(text.charAt(end - 1))) end--;
  if (end > start && text.charAt(end - 1) === '.' && text.charAt(end - 2) !== '.') end--;
  return { start, end };
}
