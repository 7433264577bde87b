import type { Span } from '../../../preload/contract';
import { utf16ToCodePointOffset } from '../../../main/core/text/code-points';

// A text selection, as the DOM reports it in UTF-16 units, turned into the code-point span a
// claim is stored by. The span grows outward to whole graphemes, so a claim never starts inside
// an emoji, a flag or a letter with combining marks, and loses the white space around it.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The start of the grapheme that contains `index` (a UTF-16 offset). */
function graphemeStart(text: string, index: number): number {
  if (index <= 0) return 0;
  if (index >= text.length) return text.length;
  return graphemes.segment(text).containing(index)?.index ?? index;
}

/** The end of the grapheme that contains the unit before `index`. */
function graphemeEnd(text: string, index: number): number {
  if (index <= 0) return 0;
  if (index >= text.length) return text.length;
  const segment = graphemes.segment(text).containing(index - 1);
  return segment ? segment.index + segment.segment.length : index;
}

const isSpace = (character: string | undefined) => character !== undefined && /\s/u.test(character);

/**
 * The code-point span of the UTF-16 range [from, to) of `text`, snapped outward to grapheme
 * boundaries and trimmed of surrounding white space; null when nothing but white space is left.
 * A reversed range (a selection made backwards) is read forwards.
 */
export function selectionToSpan(text: string, from: number, to: number): Span | null {
  let start = graphemeStart(text, Math.min(from, to));
  let end = graphemeEnd(text, Math.max(from, to));
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end <= start) return null;
  // Trimming moved over white space only, which is never part of a longer grapheme here.
  start = graphemeStart(text, start);
  end = graphemeEnd(text, end);
  return { start: utf16ToCodePointOffset(text, start), end: utf16ToCodePointOffset(text, end) };
}
