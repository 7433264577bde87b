import { describe, it, expect } from 'vitest';
import { sliceByCodePoints } from './code-points';
import { joinParagraphs, normalizeText, splitParagraphs } from './normalize';

describe('normalizeText', () => {
  it.each([
    ['strips a leading BOM', '\ufeffHello', 'Hello'],
    ['keeps a BOM that is not leading', 'a\ufeffb', 'a\ufeffb'],
    ['turns CRLF into LF', 'one\r\ntwo\r\n\r\nthree', 'one\ntwo\n\nthree'],
    ['turns a lone CR into LF', 'one\rtwo', 'one\ntwo'],
    ['treats vertical tab and line separator as line breaks', 'a\vb\u2028c', 'a\nb\nc'],
    ['composes to NFC', 'Cafe\u0301', 'Café'],
    ['removes C0 controls', 'a\u0000b\u0007c\u001bd\u007fe', 'abcde'],
    ['keeps tabs inside a line', 'a\tb', 'a\tb'],
    ['keeps NBSP inside a line', 'Mr.\u00a0Kim', 'Mr.\u00a0Kim'],
    [
      'trims trailing spaces, tabs and NBSP per line',
      'one \t\ntwo\u00a0\u2003\nthree',
      'one\ntwo\nthree',
    ],
    ['keeps leading indentation of a line', 'one\n  two', 'one\n  two'],
    ['trims blank lines at both ends', '\n \n\ntext\n\n \n', 'text'],
    ['keeps inner blank lines', 'a\n\n\nb', 'a\n\n\nb'],
    ['empties whitespace-only input', ' \r\n\t\n', ''],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it('is idempotent', () => {
    const raw = '\ufeff Title \r\n\r\nCafe\u0301\u00a0bar\u0007 \r\n\r\n';
    const once = normalizeText(raw);
    expect(normalizeText(once)).toBe(once);
  });
});

describe('splitParagraphs', () => {
  it.each([
    ['one LF between paragraphs', 'First.\nSecond.\nThird.', ['First.', 'Second.', 'Third.']],
    [
      'blank lines between paragraphs',
      'First.\n\nSecond.\n\n\nThird.',
      ['First.', 'Second.', 'Third.'],
    ],
    ['indented lines', '  First.\n\tSecond.', ['First.', 'Second.']],
    ['empty text', '', []],
  ])('%s', (_name, text, expected) => {
    expect(splitParagraphs(text)).toEqual(expected);
  });
});

describe('joinParagraphs', () => {
  it.each([
    ['no paragraphs', [], '', []],
    ['one paragraph', ['Only.'], 'Only.', [{ start: 0, end: 5 }]],
    [
      'ASCII paragraphs',
      ['One.', 'Two two.'],
      'One.\n\nTwo two.',
      [
        { start: 0, end: 4 },
        { start: 6, end: 14 },
      ],
    ],
    [
      'astral characters count as one code point',
      ['😀 ok', '𝔸𝔹', 'end'],
      '😀 ok\n\n𝔸𝔹\n\nend',
      [
        { start: 0, end: 4 },
        { start: 6, end: 8 },
        { start: 10, end: 13 },
      ],
    ],
  ])('%s', (_name, paragraphs, text, spans) => {
    expect(joinParagraphs(paragraphs)).toEqual({ text, spans });
  });

  it('gives spans that slice back each paragraph', () => {
    const paragraphs = ['Ωμέγα 😀', 'Привет, мир', '𝔸 and 🇰🇷'];
    const joined = joinParagraphs(paragraphs);
    expect(
      joined.spans.map((span) => sliceByCodePoints(joined.text, span.start, span.end)),
    ).toEqual(paragraphs);
  });

  it.each([[['ok', '']], [['two\nlines']]])('refuses %j', (paragraphs) => {
    expect(() => joinParagraphs(paragraphs)).toThrow(RangeError);
  });
});
