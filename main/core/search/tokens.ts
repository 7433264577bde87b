// Search tokens: what the index stores and what a query term is matched against. Offsets are
// code points into the text as given (which may be NFD), so highlights land on the characters
// the analyst sees whatever the encoding; only the indexed term is normalised.

import { codePointLength } from '../text/code-points';

export interface Token {
  /** The indexed form: NFC, lower-cased, nothing else removed. */
  term: string;
  /** Code-point offsets of the token in the text given to tokenize. */
  start: number;
  end: number;
  /** 0-based index of the token in the text (for phrase adjacency). */
  position: number;
}

/**
 * Scripts written without spaces between words. Segmenting them into words needs a dictionary
 * this pure core does not carry, so each character is a token and a multi-character word is
 * searched as a phrase of adjacent characters.
 */
const UNSPACED = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;

/**
 * One Hangul syllable, precomposed or spelled with conjoining jamo (how NFD text stores it), so
 * NFD Korean gives the same tokens as NFC: leading consonants, vowels, optional final consonants.
 */
const HANGUL_SYLLABLE = String.raw`(?:[\u1100-\u115f\ua960-\ua97c]+[\u1160-\u11a7\ud7b0-\ud7c6]+|[\uac00-\ud7a3])[\u11a8-\u11ff\ud7cb-\ud7fb]*`;

/** Combining marks after an unspaced character (dakuten in NFD kana, variation selectors). */
const UNSPACED_CHARACTER = String.raw`(?:${HANGUL_SYLLABLE}|[${UNSPACED}])\p{M}*`;

/** A run of letters, marks and digits from the spaced scripts. */
const SPACED_WORD = String.raw`(?:(?![${UNSPACED}])[\p{L}\p{M}\p{N}])+`;

const TOKEN = new RegExp(`${UNSPACED_CHARACTER}|${SPACED_WORD}`, 'gu');

/**
 * The form a term is indexed and looked up under: NFC and lower case. Lower-casing can undo NFC
 * (İ becomes i + combining dot), hence the second normalisation. Nothing is stripped: accents
 * distinguish words in French, Vietnamese and Greek.
 */
export function normalizeTerm(raw: string): string {
  // ASCII is its own NFC, and lower-casing keeps it ASCII: most of a news corpus skips both.
  if (!NON_ASCII.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFC').toLowerCase().normalize('NFC');
}

const NON_ASCII = /[^\p{ASCII}]/u;

/**
 * Tokens of `text`: maximal runs of letters, marks and digits, split at anything else
 * (punctuation, spaces, symbols, emoji), except that each Chinese, Japanese or Korean character
 * is a token of its own.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let utf16 = 0;
  let codePoints = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = codePoints + codePointLength(text.slice(utf16, match.index));
    const end = start + codePointLength(match[0]);
    tokens.push({ term: normalizeTerm(match[0]), start, end, position: tokens.length });
    utf16 = match.index + match[0].length;
    codePoints = end;
  }
  return tokens;
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Code-point [start, end) of tokens 0 … `last` of `text` (fewer where the text has fewer), as
 * `tokenize` finds them, without forming their terms: for marking words whose positions the
 * index already holds. Entry 2i is token i's start, 2i + 1 its end.
 */
export function tokenBounds(text: string, last: number): number[] {
  if (!NON_ASCII.test(text)) return asciiTokenBounds(text, last);
  const bounds: number[] = [];
  // Without surrogate pairs, code points and UTF-16 units are the same offsets.
  const astral = SURROGATE.test(text);
  let utf16 = 0;
  let codePoints = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const end = match.index + match[0].length;
    if (astral) {
      const start = codePoints + codePointLength(text.slice(utf16, match.index));
      codePoints = start + codePointLength(match[0]);
      bounds.push(start, codePoints);
    } else {
      bounds.push(match.index, end);
    }
    utf16 = end;
    if (bounds.length > 2 * last) break;
  }
  TOKEN.lastIndex = 0;
  return bounds;
}

/** 0-9, A-Z, a-z: in ASCII, what the token pattern's letters, marks and digits come to. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** `tokenBounds` of an ASCII text: tokens are runs of letters and digits, found without a regex. */
function asciiTokenBounds(text: string, last: number): number[] {
  const bounds: number[] = [];
  let at = 0;
  while (at < text.length && bounds.length <= 2 * last) {
    while (at < text.length && !isAsciiWordCode(text.charCodeAt(at))) at++;
    if (at === text.length) break;
    const start = at;
    while (at < text.length && isAsciiWordCode(text.charCodeAt(at))) at++;
    bounds.push(start, at);
  }
  return bounds;
}
