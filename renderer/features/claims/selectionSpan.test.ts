import { describe, expect, it } from 'vitest';
import { sliceByCodePoints } from '../../../main/core/text/code-points';
import { selectionToSpan } from './selectionSpan';

/** The quote a span stands for, so expectations read as text. */
function quote(text: string, from: number, to: number): string | null {
  const span = selectionToSpan(text, from, to);
  return span ? sliceByCodePoints(text, span.start, span.end) : null;
}

describe('selectionToSpan', () => {
  it('maps plain ASCII one to one', () => {
    expect(selectionToSpan('The mayor resigned.', 4, 9)).toEqual({ start: 4, end: 9 });
  });

  it('trims surrounding white space, including new lines', () => {
    const text = 'One.\n\n  Two words. ';
    expect(quote(text, 3, text.length)).toBe('.\n\n  Two words.');
    expect(quote(text, 4, 17)).toBe('Two words');
  });

  it('gives null for a selection of white space or nothing', () => {
    expect(selectionToSpan('a   b', 1, 4)).toBeNull();
    expect(selectionToSpan('abc', 2, 2)).toBeNull();
  });

  it('reads a backwards selection forwards', () => {
    expect(selectionToSpan('The mayor resigned.', 9, 4)).toEqual({ start: 4, end: 9 });
  });

  it('counts code points after astral characters', () => {
    const text = '😀 said 𝔸 yes';
    // UTF-16: 😀 is 2 units, so "said" starts at unit 3 but code point 2.
    expect(selectionToSpan(text, 3, 7)).toEqual({ start: 2, end: 6 });
    expect(quote(text, 3, 7)).toBe('said');
  });

  it('never splits a surrogate pair', () => {
    const text = 'x😀y';
    // Unit 2 is the low surrogate of 😀: both ends snap outward over the whole emoji.
    expect(quote(text, 2, 3)).toBe('😀');
    expect(quote(text, 1, 2)).toBe('😀');
  });

  it('keeps combining marks with their letter', () => {
    const text = 'cafe\u0301 noir';
    // Ending between "e" and the combining acute takes the accent too.
    expect(quote(text, 0, 4)).toBe('cafe\u0301');
    // Starting on the combining mark takes its base letter.
    expect(quote(text, 4, 5)).toBe('e\u0301');
  });

  it('keeps emoji sequences (family, flags, skin tones) whole', () => {
    const family = 'a 👨‍👩‍👧 b';
    expect(quote(family, 3, 4)).toBe('👨‍👩‍👧');
    const flags = '🇫🇷🇩🇪';
    expect(quote(flags, 1, 3)).toBe('🇫🇷');
    expect(quote(flags, 1, 5)).toBe('🇫🇷🇩🇪');
    expect(selectionToSpan(flags, 4, 6)).toEqual({ start: 2, end: 4 });
    const thumbs = 'ok 👍🏽!';
    expect(quote(thumbs, 3, 5)).toBe('👍🏽');
  });

  it('clamps offsets outside the text', () => {
    expect(selectionToSpan('abc', -3, 99)).toEqual({ start: 0, end: 3 });
  });
});
