// Source text from a .qdpx, made into what Corroborate stores, with a map that carries the
// file's selection positions (code points into the file's text) along.
import type { Span } from '../../../preload/contract';
import { codePointLength } from '../../core/text/code-points';

export interface MappedText {
  /** LF-only text. */
  text: string;
  /**
   * For each code-point position 0..n of the original text, the position in `text`. A position
   * between CR and LF maps to where the LF now is, so a selection never starts inside a break.
   */
  map: (position: number) => number;
  /** Code points in the original text. */
  originalLength: number;
}

/**
 * CRLF becomes LF and a lone CR becomes LF; nothing else changes. Other normalisation that
 * Corroborate applies to files it reads itself (NFC, trailing spaces, control characters) is
 * deliberately not done: it would move text under selections another tool made, and positions
 * into NFC-composed text cannot always be mapped to a character boundary.
 */
export function toLfText(raw: string): MappedText {
  const points = Array.from(raw);
  if (!raw.includes('\r')) {
    return { text: raw, map: (position) => position, originalLength: points.length };
  }
  const shifts: number[] = new Array<number>(points.length + 1);
  let removed = 0;
  let text = '';
  for (let index = 0; index < points.length; index++) {
    shifts[index] = index - removed;
    const point = points[index];
    if (point === '\r' && points[index + 1] === '\n') {
      removed++;
    } else {
      text += point === '\r' ? '\n' : point;
    }
  }
  shifts[points.length] = points.length - removed;
  return {
    text,
    map: (position) => shifts[position] ?? position - removed,
    originalLength: points.length,
  };
}

/** Paragraph spans: every non-empty line, leading and trailing whitespace trimmed off. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const length = codePointLength(line);
    const lead = codePointLength(line.slice(0, line.length - line.trimStart().length));
    const trimmed = codePointLength(line.trim());
    if (trimmed > 0) spans.push({ start: offset + lead, end: offset + lead + trimmed });
    offset += length + 1;
  }
  return spans;
}

/** 32 code points of context on either side, as Corroborate stores them for re-anchoring. */
export const CONTEXT = 32;

export function quoteAt(
  points: readonly string[],
  start: number,
  end: number,
): { quote: string; prefix: string; suffix: string } {
  return {
    quote: points.slice(start, end).join(''),
    prefix: points.slice(Math.max(0, start - CONTEXT), start).join(''),
    suffix: points.slice(end, end + CONTEXT).join(''),
  };
}
