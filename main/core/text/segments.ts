// Splits one paragraph of a source into runs of text that carry the same set of marks, so a view
// can wrap each run once (alignment tints, word differences, claim highlights). Marks and the
// paragraph's span are code points into the whole source text; each segment's text is an
// ordinary (UTF-16) JavaScript string, cut through code-points.ts so astral characters stay whole.

import { codePointLength, codePointToUtf16Offset } from './code-points';

export interface SegmentMark {
  /** Code points into the source text; may start before or end after the paragraph. */
  start: number;
  end: number;
  key: string;
}

export interface TextSegment {
  text: string;
  /** Code points into the source text. */
  start: number;
  end: number;
  /** Keys of every mark that covers the whole segment; empty for unmarked text. */
  keys: ReadonlySet<string>;
}

function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a) if (!b.has(key)) return false;
  return true;
}

/**
 * The paragraph `text`, which occupies `span` of the source text, cut at every mark boundary.
 * Marks are clipped to the paragraph; empty, zero-length and reversed marks cover nothing.
 * Adjacent runs with the same keys are merged, so the segments are as few as the marks allow.
 * When `span` is longer than the text (it should not be), the text's own length wins.
 */
export function segmentParagraph(
  text: string,
  span: { start: number; end: number },
  marks: readonly SegmentMark[],
): TextSegment[] {
  const start = span.start;
  const end = start + Math.min(Math.max(span.end - start, 0), codePointLength(text));
  if (end <= start) return [];

  const clipped = marks
    .map((mark) => ({
      key: mark.key,
      start: Math.max(mark.start, start),
      end: Math.min(mark.end, end),
    }))
    .filter((mark) => mark.end > mark.start);

  const boundaries = new Set<number>([start, end]);
  for (const mark of clipped) {
    boundaries.add(mark.start);
    boundaries.add(mark.end);
  }
  const cuts = [...boundaries].sort((a, b) => a - b);

  const segments: TextSegment[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const from = cuts[index] ?? start;
    const to = cuts[index + 1] ?? end;
    const keys = new Set<string>();
    for (const mark of clipped) if (mark.start <= from && mark.end >= to) keys.add(mark.key);
    const previous = segments[segments.length - 1];
    if (previous && sameKeys(previous.keys, keys)) {
      previous.end = to;
      continue;
    }
    segments.push({ text: '', start: from, end: to, keys });
  }

  for (const segment of segments) {
    const from = codePointToUtf16Offset(text, segment.start - start);
    const to = codePointToUtf16Offset(text, segment.end - start);
    segment.text = text.slice(from, to);
  }
  return segments;
}
