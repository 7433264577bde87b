import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { sliceByCodePoints } from '../text/code-points';
import { MULTILINGUAL_DOCS } from './multilingual.fixture';
import { normalizeTerm, tokenBounds, tokenize } from './tokens';

/** [term, start, end] of each token, positions checked separately. */
function spans(text: string): Array<[string, number, number]> {
  return tokenize(text).map((token) => [token.term, token.start, token.end]);
}

describe('normalizeTerm', () => {
  it.each([
    ['Moscow', 'moscow'],
    ['CAFÉ', 'café'],
    ['cafe\u0301', 'café'], // NFD in, NFC out
    ['ΑΘΉΝΑ', 'αθήνα'],
    ['МОСКВА', 'москва'],
    ['İstanbul', 'i̇stanbul'.normalize('NFC')],
    ['東京', '東京'],
    ["don't", "don't"], // nothing removed
  ])('%j → %j', (raw, expected) => {
    expect(normalizeTerm(raw)).toBe(expected);
    expect(normalizeTerm(raw)).toBe(normalizeTerm(raw).normalize('NFC'));
  });
});

describe('tokenize', () => {
  it.each<[string, Array<[string, number, number]>]>([
    ['', []],
    ['  — • ', []],
    [
      'The Fox',
      [
        ['the', 0, 3],
        ['fox', 4, 7],
      ],
    ],
    [
      'east-west',
      [
        ['east', 0, 4],
        ['west', 5, 9],
      ],
    ],
    [
      "Russia’s don't",
      [
        ['russia', 0, 6],
        ['s', 7, 8],
        ['don', 9, 12],
        ['t', 13, 14],
      ],
    ],
    [
      'U.S. 3.5',
      [
        ['u', 0, 1],
        ['s', 2, 3],
        ['3', 5, 6],
        ['5', 7, 8],
      ],
    ],
    ['COVID19', [['covid19', 0, 7]]],
    // Emoji and symbols are not tokens and count one code point each before later tokens.
    ['🦊 fox', [['fox', 2, 5]]],
    ['👩‍🚒 fox', [['fox', 4, 7]]], // a ZWJ sequence is three code points
    [
      '𝔸𝔹 ok',
      [
        ['𝔸𝔹', 0, 2],
        ['ok', 3, 5],
      ],
    ], // math letters are letters
    // NFD: the term is composed, the span covers the letters as given.
    [
      'cafe\u0301 noir',
      [
        ['café', 0, 5],
        ['noir', 6, 10],
      ],
    ],
    [
      'Москва, Αθήνα',
      [
        ['москва', 0, 6],
        ['αθήνα', 8, 13],
      ],
    ],
    [
      'ירושלים והקהל',
      [
        ['ירושלים', 0, 7],
        ['והקהל', 8, 13],
      ],
    ],
    [
      'في القاهرة',
      [
        ['في', 0, 2],
        ['القاهرة', 3, 10],
      ],
    ],
    // Unspaced scripts: one token per character.
    [
      '東京都',
      [
        ['東', 0, 1],
        ['京', 1, 2],
        ['都', 2, 3],
      ],
    ],
    [
      'ロシアへ',
      [
        ['ロ', 0, 1],
        ['シ', 1, 2],
        ['ア', 2, 3],
        ['へ', 3, 4],
      ],
    ],
    [
      '서울시',
      [
        ['서', 0, 1],
        ['울', 1, 2],
        ['시', 2, 3],
      ],
    ],
    [
      'Tokyo東京',
      [
        ['tokyo', 0, 5],
        ['東', 5, 6],
        ['京', 6, 7],
      ],
    ],
    [
      '𠮷野家',
      [
        ['𠮷', 0, 1],
        ['野', 1, 2],
        ['家', 2, 3],
      ],
    ], // astral ideograph
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('numbers positions from 0 without gaps', () => {
    expect(tokenize('a — b 🦊 c 東京').map((token) => token.position)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps combining marks with the unspaced character they follow (NFD kana)', () => {
    const decomposed = 'ガス'.normalize('NFD'); // カ + U+3099, ス
    expect(spans(decomposed)).toEqual([
      ['ガ', 0, 2],
      ['ス', 2, 3],
    ]);
  });

  it('reads NFD Hangul as the same syllables as NFC', () => {
    const composed = '서울시';
    const decomposed = composed.normalize('NFD');
    expect(tokenize(decomposed).map((token) => token.term)).toEqual(['서', '울', '시']);
    expect(tokenize(decomposed).map((token) => token.end)).toEqual([2, 5, 7]);
  });

  it('gives NFC and NFD text the same terms', () => {
    for (const { text } of MULTILINGUAL_DOCS) {
      const terms = (s: string): string[] => tokenize(s).map((token) => token.term);
      expect(terms(text.normalize('NFD'))).toEqual(terms(text.normalize('NFC')));
    }
  });

  // Words found independently: split at spaces, trim punctuation and symbols, and split the
  // unspaced scripts into characters.
  const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  function wordsOf(text: string): string[] {
    return text
      .split(/\s+/u)
      .map((word) => word.replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, ''))
      .filter((word) => word.length > 0)
      .flatMap((word) => (UNSPACED.test(word) ? Array.from(word) : [word]));
  }

  it.each(MULTILINGUAL_DOCS.map((doc) => [doc.id, doc.text]))(
    'makes every word of the %s document a token whose span slices back to it',
    (_id, text) => {
      const tokens = tokenize(text);
      const words = wordsOf(text);
      expect(words.length).toBeGreaterThan(3);
      expect(tokens.map((token) => sliceByCodePoints(text, token.start, token.end))).toEqual(words);
      expect(tokens.map((token) => token.term)).toEqual(words.map(normalizeTerm));
    },
  );
});

describe('tokenBounds', () => {
  const expected = (text: string, last: number) =>
    tokenize(text)
      .slice(0, last + 1)
      .flatMap((token) => [token.start, token.end]);

  it('finds the bounds tokenize finds, in ASCII (scanned without the pattern) and beyond', () => {
    const ascii = fc.string({
      unit: fc.constantFrom('a', 'Z', '0', '9', ' ', '-', "'", '_', '\n', '~'),
    });
    const any = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(
      fc.property(fc.oneof(ascii, any), fc.nat(12), (text, last) => {
        expect(tokenBounds(text, last)).toEqual(expected(text, last));
      }),
      { numRuns: 2000 },
    );
  });

  it('stops after token `last`', () => {
    expect(tokenBounds('one two three four', 1)).toEqual([0, 3, 4, 7]);
    expect(tokenBounds('état deux trois', 1)).toEqual([0, 4, 5, 9]);
  });
});
