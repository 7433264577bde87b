import { describe, expect, it } from 'vitest';
import { segmentParagraph } from './segments';
import type { SegmentMark, TextSegment } from './segments';

/** Segments as [text, sorted keys] pairs: easy to read in a table. */
function runs(segments: readonly TextSegment[]): [string, string][] {
  return segments.map((segment) => [segment.text, [...segment.keys].sort().join(',')]);
}

const mark = (start: number, end: number, key: string): SegmentMark => ({ start, end, key });

describe('segmentParagraph', () => {
  // The paragraph "hello world" sits at code points 100..111 of its source.
  const text = 'hello world';
  const span = { start: 100, end: 111 };

  it.each([
    { name: 'no marks', marks: [], expected: [['hello world', '']] },
    {
      name: 'one mark inside',
      marks: [mark(106, 111, 'x')],
      expected: [
        ['hello ', ''],
        ['world', 'x'],
      ],
    },
    {
      name: 'overlapping marks',
      marks: [mark(100, 107, 'a'), mark(104, 111, 'b')],
      expected: [
        ['hell', 'a'],
        ['o w', 'a,b'],
        ['orld', 'b'],
      ],
    },
    {
      name: 'nested marks',
      marks: [mark(100, 111, 'outer'), mark(102, 104, 'inner')],
      expected: [
        ['he', 'outer'],
        ['ll', 'inner,outer'],
        ['o world', 'outer'],
      ],
    },
    {
      name: 'marks crossing both paragraph bounds are clipped',
      marks: [mark(90, 103, 'before'), mark(108, 140, 'after')],
      expected: [
        ['hel', 'before'],
        ['lo wo', ''],
        ['rld', 'after'],
      ],
    },
    {
      name: 'marks outside the paragraph are ignored',
      marks: [mark(0, 100, 'left'), mark(111, 120, 'right')],
      expected: [['hello world', '']],
    },
    {
      name: 'zero-length and reversed marks cover nothing',
      marks: [mark(105, 105, 'empty'), mark(108, 103, 'reversed')],
      expected: [['hello world', '']],
    },
    {
      name: 'abutting marks with the same key merge',
      marks: [mark(100, 105, 'x'), mark(105, 111, 'x')],
      expected: [['hello world', 'x']],
    },
    {
      name: 'duplicate marks count once',
      marks: [mark(100, 105, 'x'), mark(100, 105, 'x')],
      expected: [
        ['hello', 'x'],
        [' world', ''],
      ],
    },
  ])('$name', ({ marks, expected }) => {
    expect(runs(segmentParagraph(text, span, marks))).toEqual(expected);
  });

  it('reports code-point offsets into the source and covers the paragraph exactly', () => {
    const segments = segmentParagraph(text, span, [mark(102, 104, 'k')]);
    expect(segments.map(({ start, end }) => [start, end])).toEqual([
      [100, 102],
      [102, 104],
      [104, 111],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('cuts astral characters whole, counting them as one code point', () => {
    // "a😀b𝔸c" at 10..15: 😀 is code point 11, 𝔸 is 13.
    const astral = 'a😀b𝔸c';
    const segments = segmentParagraph(astral, { start: 10, end: 15 }, [
      mark(11, 12, 'emoji'),
      mark(13, 15, 'tail'),
    ]);
    expect(runs(segments)).toEqual([
      ['a', ''],
      ['😀', 'emoji'],
      ['b', ''],
      ['𝔸c', 'tail'],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(astral);
  });

  it('gives nothing for an empty paragraph', () => {
    expect(segmentParagraph('', { start: 5, end: 5 }, [mark(0, 10, 'x')])).toEqual([]);
  });

  it('trusts the text when the span claims more than it holds', () => {
    const segments = segmentParagraph('abc', { start: 0, end: 10 }, [mark(2, 8, 'x')]);
    expect(runs(segments)).toEqual([
      ['ab', ''],
      ['c', 'x'],
    ]);
    expect(segments.at(-1)?.end).toBe(3);
  });
});
