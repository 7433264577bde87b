import { describe, expect, it } from 'vitest';
import { sliceSpans } from './paragraph-text';

describe('sliceSpans', () => {
  const text = 'A 🦊.\n\nB 🐻 c.';

  it.each([
    [
      'ascending spans',
      [
        { start: 0, end: 4 },
        { start: 6, end: 12 },
      ],
      ['A 🦊.', 'B 🐻 c.'],
    ],
    ['an empty span', [{ start: 2, end: 2 }], ['']],
    ['a span on an astral character', [{ start: 2, end: 3 }], ['🦊']],
    [
      'spans after an astral character',
      [
        { start: 3, end: 4 },
        { start: 8, end: 9 },
      ],
      ['.', '🐻'],
    ],
    [
      'spans out of order',
      [
        { start: 6, end: 7 },
        { start: 0, end: 1 },
      ],
      ['B', 'A'],
    ],
    ['a span past the end', [{ start: 9, end: 99 }], [' c.']],
    [
      'a span after one past the end',
      [
        { start: 11, end: 99 },
        { start: 100, end: 101 },
      ],
      ['.', ''],
    ],
    ['no spans', [], []],
  ])('slices %s by code point', (_label, spans, expected) => {
    expect(sliceSpans(text, spans)).toEqual(expected);
  });

  it('agrees with Array.from slicing, lone surrogates included', () => {
    const odd = 'x\ud83e🦊y\udd8a z🐻';
    const points = Array.from(odd);
    const spans = [0, 1, 2, 3, 4, 5, 6, 7].map((start) => ({ start, end: start + 1 }));
    expect(sliceSpans(odd, spans)).toEqual(spans.map((s) => points.slice(s.start, s.end).join('')));
  });
});
