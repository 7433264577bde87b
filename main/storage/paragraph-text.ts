import type { Span } from '../../preload/contract';
import { codePointToUtf16Offset } from '../core/text/code-points';

/**
 * The text of each span (offsets in code points). Spans in ascending order, as paragraphs are
 * stored, take one pass over `text` in total rather than one walk from the start per span; an
 * out-of-order span restarts the walk. Offsets past the end clamp to the end.
 */
export function sliceSpans(text: string, spans: readonly Span[]): string[] {
  let unit = 0;
  let point = 0;
  const unitOffset = (target: number): number => {
    if (target < point) {
      unit = 0;
      point = 0;
    }
    // Slicing is cheap in V8 (no copy), and `unit` always sits on a code point boundary.
    unit += codePointToUtf16Offset(text.slice(unit), target - point);
    point = target;
    return unit;
  };
  return spans.map(({ start, end }) => {
    const from = unitOffset(start);
    return text.slice(from, unitOffset(end));
  });
}
