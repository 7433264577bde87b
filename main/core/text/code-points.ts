// Offsets we store are Unicode code points, so they stay meaningful to any consumer regardless
// of its string encoding. JavaScript strings and the DOM count UTF-16 units, which differ as soon
// as the text holds an astral character (emoji, 𝔸, many CJK extension ideographs). Every
// conversion between the two goes through this module so there is exactly one place to get right.

/** Whether the UTF-16 unit at `index` starts a surrogate pair that is complete. */
function startsSurrogatePair(s: string, index: number): boolean {
  const unit = s.charCodeAt(index);
  if (unit < 0xd800 || unit > 0xdbff) return false;
  const next = s.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/** Integer in [0, max]; NaN becomes 0 so a bad offset never throws deep inside a render. */
function clampOffset(offset: number, max: number): number {
  if (Number.isNaN(offset)) return 0;
  return Math.min(Math.max(Math.trunc(offset), 0), max);
}

/** Number of code points; a lone surrogate counts as one, as `for…of` and `Array.from` do. */
export function codePointLength(s: string): number {
  let count = 0;
  for (let index = 0; index < s.length; index += startsSurrogatePair(s, index) ? 2 : 1) count++;
  return count;
}

/**
 * Code-point offset of a UTF-16 offset, clamped to the string. An offset that falls between the
 * two halves of a surrogate pair maps to the start of that character, never into it.
 */
export function utf16ToCodePointOffset(s: string, utf16Offset: number): number {
  const target = clampOffset(utf16Offset, s.length);
  let count = 0;
  let index = 0;
  while (index < target) {
    const width = startsSurrogatePair(s, index) ? 2 : 1;
    if (index + width > target) break;
    index += width;
    count++;
  }
  return count;
}

/** UTF-16 offset of a code-point offset, clamped to [0, codePointLength(s)]. */
export function codePointToUtf16Offset(s: string, cpOffset: number): number {
  const target = clampOffset(cpOffset, Number.MAX_SAFE_INTEGER);
  let index = 0;
  for (let count = 0; count < target && index < s.length; count++) {
    index += startsSurrogatePair(s, index) ? 2 : 1;
  }
  return index;
}

/**
 * `String.prototype.slice` with code-point offsets. Offsets clamp to the string (a negative one
 * means 0, not "from the end"); a reversed range gives ''.
 */
export function sliceByCodePoints(s: string, start: number, end?: number): string {
  const from = codePointToUtf16Offset(s, start);
  const to = end === undefined ? s.length : codePointToUtf16Offset(s, end);
  return s.slice(from, to); // a reversed range slices to ''
}
