// Anchors tie an annotation to a source's text: code-point offsets (what REFI-QDA and W3C Web
// Annotation expect) plus the exact quote and a little context on each side (a W3C
// TextQuoteSelector), so the passage can be found again if offsets ever stop matching.

import type { Span } from '../../../preload/contract';
import { CaseError } from '../errors';
import {
  codePointLength,
  codePointToUtf16Offset,
  sliceByCodePoints,
  utf16ToCodePointOffset,
} from '../text/code-points';

/** Code points of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export interface TextAnchor extends Span {
  quote: string;
  prefix: string;
  suffix: string;
}

/**
 * The anchor of `text[start, end)` (code points). Refuses offsets outside the text and
 * offsets that would split a user-perceived character (an emoji sequence, a letter and its
 * combining accent): the quote must be something the analyst could have selected.
 */
export function anchorSpan(text: string, start: number, end: number): TextAnchor {
  const length = codePointLength(text);
  if (
    !Number.isSafeInteger(start) ||
    !Number.isSafeInteger(end) ||
    start < 0 ||
    end <= start ||
    end > length
  ) {
    throw new CaseError(
      'invalid-request',
      `The passage ${start}–${end} is not inside the text, which is ${length} characters long: offsets must satisfy 0 ≤ start < end ≤ ${length}.`,
    );
  }
  for (const offset of [start, end]) {
    const cluster = clusterSplitAt(text, offset);
    if (cluster !== null) {
      throw new CaseError(
        'invalid-request',
        `Offset ${offset} falls inside the character “${cluster}” (one letter or symbol made of several code points); start or end the passage before or after it.`,
      );
    }
  }
  return {
    start,
    end,
    quote: sliceByCodePoints(text, start, end),
    prefix: sliceByCodePoints(text, Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: sliceByCodePoints(text, end, end + CONTEXT_LENGTH),
  };
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The grapheme cluster that a code-point offset falls strictly inside, or null at a boundary.
 * Only a window around the offset is segmented: clusters are short, texts can be long.
 */
export function clusterSplitAt(text: string, offset: number): string | null {
  const at = codePointToUtf16Offset(text, offset);
  const windowStart = Math.max(0, at - 64);
  const window = text.slice(windowStart, at + 64);
  for (const { segment, index } of segmenter.segment(window)) {
    const from = windowStart + index;
    const to = from + segment.length;
    if (from < at && at < to) return segment;
    if (from >= at) break;
  }
  return null;
}

/**
 * Finds an anchor's passage in `text`: the stored offsets if the quote is still there, else
 * the occurrence of the quote whose surroundings best match the stored prefix and suffix (ties:
 * nearest the old offsets). Null when the quote no longer occurs.
 */
export function reanchor(text: string, anchor: TextAnchor): Span | null {
  if (anchor.quote === '') return null;
  if (sliceByCodePoints(text, anchor.start, anchor.end) === anchor.quote) {
    return { start: anchor.start, end: anchor.end };
  }
  const quoteLength = codePointLength(anchor.quote);
  let best: { span: Span; context: number; distance: number } | null = null;
  for (
    let from = text.indexOf(anchor.quote);
    from >= 0;
    from = text.indexOf(anchor.quote, from + 1)
  ) {
    const start = utf16ToCodePointOffset(text, from);
    // A match that begins on the second half of a surrogate pair is not a real match.
    if (codePointToUtf16Offset(text, start) !== from) continue;
    const span = { start, end: start + quoteLength };
    const context =
      commonSuffixLength(text.slice(0, from), anchor.prefix) +
      commonPrefixLength(text.slice(from + anchor.quote.length), anchor.suffix);
    const distance = Math.abs(start - anchor.start);
    if (!best || context > best.context || (context === best.context && distance < best.distance)) {
      best = { span, context, distance };
    }
  }
  return best?.span ?? null;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
