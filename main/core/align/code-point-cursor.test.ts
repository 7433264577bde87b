import { describe, expect, it } from 'vitest';
import { utf16ToCodePointOffset } from '../text/code-points';
import { CodePointCursor } from './code-point-cursor';

describe('CodePointCursor', () => {
  it.each(['plain ascii text', '😀 a 𝔸𝔹 b 😀😀 c', 'cafe\u0301 😀'])(
    'agrees with utf16ToCodePointOffset in any order: %j',
    (text) => {
      const boundaries = [...Array(text.length + 1).keys()].filter(
        (offset) =>
          utf16ToCodePointOffset(text, offset) !== utf16ToCodePointOffset(text, offset - 1) ||
          offset === 0,
      );
      const cursor = new CodePointCursor(text);
      for (const offset of [
        ...boundaries,
        ...[...boundaries].reverse(),
        ...boundaries.filter((_, i) => i % 3 === 0),
      ]) {
        expect(cursor.toCodePoints(offset)).toBe(utf16ToCodePointOffset(text, offset));
      }
    },
  );
});
