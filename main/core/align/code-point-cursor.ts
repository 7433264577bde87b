import { codePointLength } from '../text/code-points';

/**
 * Turns many UTF-16 offsets of one text into code-point offsets, counting only the distance from
 * the previous offset (text/code-points.ts does the counting). Offsets must fall on character
 * boundaries, which word and sentence edges always do. Text without astral characters maps to
 * itself, the common case.
 */
export class CodePointCursor {
  private readonly identity: boolean;
  private utf16 = 0;
  private codePoints = 0;

  constructor(private readonly text: string) {
    this.identity = codePointLength(text) === text.length;
  }

  toCodePoints(utf16Offset: number): number {
    if (this.identity) return utf16Offset;
    if (utf16Offset >= this.utf16) {
      this.codePoints += codePointLength(this.text.slice(this.utf16, utf16Offset));
    } else {
      this.codePoints -= codePointLength(this.text.slice(utf16Offset, this.utf16));
    }
    this.utf16 = utf16Offset;
    return this.codePoints;
  }
}
