// Splits text into the word parts the aligner matches on, with their UTF-16 spans. It follows
// the word shape of text/words.ts (letters, marks and digits joined by apostrophes, periods and
// digit commas) but cuts hyphenated words into parts, so "Chun-ryong" matches "Chun Ryong".
// It runs over every character of every text, so it scans char codes instead of allocating a
// regular-expression match per word.

const UNKNOWN = 0;
const LETTER = 1; // \p{L} or \p{M}
const DIGIT = 2; // \p{N}
const OTHER = 3;
const KIND_MASK = 3;
const ASTRAL = 4;

/** Class of every BMP code unit, filled on first sight: Unicode property tests are slow. */
const bmpClasses = new Uint8Array(0x10000);
const IS_LETTER = /^[\p{L}\p{M}]$/u;
const IS_DIGIT = /^\p{N}$/u;

function classify(character: string): number {
  if (IS_LETTER.test(character)) return LETTER;
  if (IS_DIGIT.test(character)) return DIGIT;
  return OTHER;
}

function bmpClass(unit: number): number {
  let known = bmpClasses[unit] ?? OTHER;
  if (known === UNKNOWN) {
    // A lone surrogate is never a word character.
    known = unit >= 0xd800 && unit <= 0xdfff ? OTHER : classify(String.fromCharCode(unit));
    bmpClasses[unit] = known;
  }
  return known;
}

/**
 * Class of the character at `index`, plus 4 when it is an astral character (two UTF-16 units).
 * One number rather than an object: this runs once per character of every text.
 */
function characterAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const codePoint = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      return classify(String.fromCodePoint(codePoint)) + ASTRAL;
    }
  }
  return bmpClass(unit);
}

/** Whether the character at `index` is a letter, mark or digit. */
export function isWordCharacterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return (characterAt(text, index) & KIND_MASK) !== OTHER;
}

function isDigitAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && (characterAt(text, index) & KIND_MASK) === DIGIT;
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]); // ' ’ ʼ
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]); // - ‐ ‑
const PERIOD = 0x2e;
const COMMA = 0x2c;

/** Word parts of a text, in order. Typed arrays sized to `count`. */
export interface WordParts {
  count: number;
  /** UTF-16 offsets. */
  starts: Int32Array;
  ends: Int32Array;
  /** Word characters (letters, marks, digits) in the part, in code points. */
  characters: Int32Array;
}

/** Scans every word part of `text`: runs of word characters and their inner joiners. */
export function scanWordParts(text: string): WordParts {
  const capacity = (text.length >> 1) + 1;
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const characters = new Int32Array(capacity);
  let count = 0;
  let index = 0;
  while (index < text.length) {
    const first = characterAt(text, index);
    if ((first & KIND_MASK) === OTHER) {
      index += first >= ASTRAL ? 2 : 1;
      continue;
    }
    const start = index;
    let letters = 0;
    let previousKind = first & KIND_MASK;
    while (index < text.length) {
      const current = characterAt(text, index);
      if ((current & KIND_MASK) !== OTHER) {
        letters++;
        previousKind = current & KIND_MASK;
        index += current >= ASTRAL ? 2 : 1;
        continue;
      }
      // A joiner stays inside the part only when a word character follows it.
      const unit = text.charCodeAt(index);
      if (!isWordCharacterAt(text, index + 1)) break;
      const joins =
        APOSTROPHES.has(unit) ||
        unit === PERIOD ||
        (unit === COMMA && previousKind === DIGIT && isDigitAt(text, index + 1));
      if (!joins) break; // hyphens end the part; the next part starts after them
      index++;
    }
    starts[count] = start;
    ends[count] = index;
    characters[count] = letters;
    count++;
  }
  return {
    count,
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    characters: characters.subarray(0, count),
  };
}

/** Letters, marks and digits in `text`, in code points (what `characters` sums to). */
export function countWordCharacters(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length;) {
    const current = characterAt(text, index);
    if ((current & KIND_MASK) !== OTHER) count++;
    index += current >= ASTRAL ? 2 : 1;
  }
  return count;
}

/** Whether the gap between two parts keeps them in one phrase: spaces or a hyphen, no newline. */
export function isPhraseGap(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let index = from; index < to; index++) {
    const unit = text.charCodeAt(index);
    if (unit !== 0x20 && unit !== 0x09 && unit !== 0xa0 && !HYPHENS.has(unit)) return false;
  }
  return true;
}
