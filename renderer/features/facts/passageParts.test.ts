import { describe, expect, it } from 'vitest';
import type { DiscrepancySide } from '../../../preload/contract';
import { passageParts } from './passageParts';

const side = (text: string, passageStart: number, start: number, end: number): DiscrepancySide => ({
  sourceId: 3,
  start,
  end,
  text: '',
  passage: { start: passageStart, end: passageStart + Array.from(text).length, text },
});

describe('passageParts', () => {
  it('marks the differing words inside the passage', () => {
    const text = 'He added that the meeting would include a lunch in Kim’s honor.';
    const at = text.indexOf('lunch');
    expect(passageParts(side(text, 3013, 3013 + at, 3013 + at + 5))).toEqual([
      { text: 'He added that the meeting would include a ', differs: false },
      { text: 'lunch', differs: true },
      { text: ' in Kim’s honor.', differs: false },
    ]);
  });

  it('counts code points, not UTF-16 units', () => {
    // "𝐀" is one code point and two UTF-16 units.
    expect(passageParts(side('𝐀 two 𝐁', 10, 12, 15))).toEqual([
      { text: '𝐀 ', differs: false },
      { text: 'two', differs: true },
      { text: ' 𝐁', differs: false },
    ]);
  });

  it('marks a passage that is all difference, and leaves a stray span unmarked', () => {
    expect(passageParts(side('2,000', 0, 0, 5))).toEqual([{ text: '2,000', differs: true }]);
    expect(passageParts(side('dinner', 50, 40, 45))).toEqual([{ text: 'dinner', differs: false }]);
  });
});
