import { describe, expect, it } from 'vitest';
import { CaseError } from '../errors';
import { normalizeText } from '../text/normalize';
import { anchorSpan, clusterSplitAt, CONTEXT_LENGTH, reanchor } from './anchor';

const cp = (s: string) => Array.from(s);

describe('anchorSpan', () => {
  it.each([
    ['ASCII', 'The fox crossed the road.', 4, 7, 'fox'],
    ['emoji before the quote', 'A 🦊 crossed the road.', 4, 11, 'crossed'],
    ['the emoji itself', 'A 🦊 crossed the road.', 2, 3, '🦊'],
    ['astral letters', '𝔸rctic 𝔸ir', 7, 10, '𝔸ir'],
    ['a letter with a combining accent', 'cafe\u0301 noir', 0, 5, 'cafe\u0301'],
    ['Hebrew (right to left)', 'שלום עולם', 5, 9, 'עולם'],
    ['Arabic (right to left)', 'مرحبا بالعالم', 6, 13, 'بالعالم'],
  ])('%s: quote is the exact code-point slice', (_label, text, start, end, quote) => {
    const anchor = anchorSpan(text, start, end);
    expect(anchor).toEqual({
      start,
      end,
      quote,
      prefix: cp(text).slice(0, start).join(''),
      suffix: cp(text).slice(end).join(''),
    });
  });

  it('keeps at most CONTEXT_LENGTH code points of context on each side', () => {
    const text = `${'🦊'.repeat(40)}fox${'𝔸'.repeat(40)}`;
    const anchor = anchorSpan(text, 40, 43);
    expect(anchor.quote).toBe('fox');
    expect(anchor.prefix).toBe('🦊'.repeat(CONTEXT_LENGTH));
    expect(anchor.suffix).toBe('𝔸'.repeat(CONTEXT_LENGTH));
  });

  it('takes offsets into the normalised LF text of a CRLF file', () => {
    const text = normalizeText('First line.\r\n\r\nSecond 🦊 line.\r\n');
    expect(text).toBe('First line.\n\nSecond 🦊 line.');
    const anchor = anchorSpan(text, 13, 21);
    expect(anchor.quote).toBe('Second 🦊');
    expect(anchor.prefix).toBe('First line.\n\n');
  });

  it.each([
    [-1, 3],
    [3, 3],
    [5, 4],
    [0, 100],
    [1.5, 3],
  ])('refuses %d–%d, naming the offsets and the length', (start, end) => {
    const error = (() => {
      try {
        anchorSpan('A 🦊 ran.', start, end);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CaseError);
    expect(error).toMatchObject({ code: 'invalid-request' });
    expect((error as Error).message).toContain(`${start}–${end}`);
    expect((error as Error).message).toContain('8 characters long');
  });

  it.each([
    ['inside a combining sequence', 'cafe\u0301 noir', 4, 6, 'e\u0301'],
    ['inside a flag', 'A 🇳🇴 flag', 3, 5, '🇳🇴'],
    ['inside a family emoji', 'x 👩‍👩‍👧 y', 2, 4, '👩‍👩‍👧'],
  ])('refuses an offset %s', (_label, text, start, end, cluster) => {
    expect(() => anchorSpan(text, start, end)).toThrow(`“${cluster}”`);
  });
});

describe('clusterSplitAt', () => {
  it('is null at boundaries and names the cluster inside one', () => {
    expect(clusterSplitAt('e\u0301x', 0)).toBeNull();
    expect(clusterSplitAt('e\u0301x', 1)).toBe('e\u0301');
    expect(clusterSplitAt('e\u0301x', 2)).toBeNull();
    expect(clusterSplitAt('e\u0301x', 3)).toBeNull();
  });
});

describe('reanchor', () => {
  const text = 'The fox ran. The 🦊 fox ran again. The fox ran.';

  it('keeps offsets whose quote still matches', () => {
    const anchor = anchorSpan(text, 17, 24);
    expect(reanchor(text, anchor)).toEqual({ start: 17, end: 24 });
  });

  it('finds a moved quote, choosing the occurrence whose context matches', () => {
    const anchor = anchorSpan(text, 19, 26); // "fox ran" after the emoji
    expect(anchor.quote).toBe('fox ran');
    const edited = `Breaking: ${text}`;
    expect(reanchor(edited, anchor)).toEqual({ start: 29, end: 36 });
  });

  it('works in right-to-left text and after astral characters', () => {
    const hebrew = 'שלום 𝔸 עולם ושלום';
    const anchor = anchorSpan(hebrew, 7, 11);
    expect(anchor.quote).toBe('עולם');
    expect(reanchor(`𝔸${hebrew}`, anchor)).toEqual({ start: 8, end: 12 });
  });

  it('is null when the quote is gone', () => {
    expect(reanchor('Nothing here.', anchorSpan(text, 4, 7))).toBeNull();
  });
});
