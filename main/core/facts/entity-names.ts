// Name keys for named entities: one folded string per name, so that spelling and
// transliteration variants of one name get the same key ("Jo Chun Ryong" / "Jo Chun-ryong",
// "Shoigu" / "Shoygu", "Zelensky" / "Zelenskyy", "Dmitry S. Peskov" / "Dmitry Peskov"), plus the
// small helpers the grouping uses to match a short or abbreviated name to a full one.

/** Titles and honorifics dropped from the front of a name ("Mr. Kim", "President Putin"). */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'prime',
  'minister',
  'gov',
  'governor',
  'gen',
  'general',
  'adm',
  'admiral',
  'col',
  'capt',
  'captain',
  'lt',
  'sgt',
  'sen',
  'senator',
  'rep',
  'rev',
  'prof',
  'professor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'chairman',
  'secretary',
  'chancellor',
  'marshal',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

/** Small words that do not count towards an acronym ("Korean Central News Agency" → KCNA). */
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', '&']);

/** Apostrophes and quotes that may end a name's possessive: ’ ' ‘ ` ´ ʼ. */
const APOSTROPHES = /[’'‘`´ʼ]/gu;

/** The name's words, lower-cased, without diacritics or punctuation; hyphens split words. */
export function nameTokens(name: string): string[] {
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/'s$/u, '')
    .replace(/[.']/gu, '');
  return plain.split(/[^\p{L}\p{N}&]+/u).filter((token) => token.length > 0);
}

/** Drops leading titles ("mr", "president", "the") from a token list, keeping at least one token. */
function dropHonorifics(tokens: string[]): string[] {
  let first = 0;
  while (
    first < tokens.length - 1 &&
    (HONORIFICS.has(tokens[first] ?? '') || tokens[first] === 'the')
  ) {
    first++;
  }
  return tokens.slice(first);
}

/** Folds one word's spelling: kh→h, y→i, doubled letters single ("shoygu" → "shoigu"). */
export function foldToken(token: string): string {
  return token
    .replace(/kh/gu, 'h')
    .replace(/y/gu, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/**
 * The folded key of a name: diacritics, case, punctuation, hyphens, leading titles and middle
 * initials dropped, each word spelling-folded. Variants that transliterate one name differently
 * get the same key: "Kim Jong-un" and "Kim Jong Un", "Sergey Shoygu" and "Sergei Shoigu",
 * "Dmitry S. Peskov" and "Dmitry Peskov", "Mr. Kim" and "Kim".
 */
export function nameKey(name: string): string {
  let tokens = dropHonorifics(nameTokens(name));
  if (tokens.length >= 3) {
    // Middle initials: "dmitry s peskov" → "dmitry peskov".
    tokens = tokens.filter((token, i) => i === 0 || i === tokens.length - 1 || token.length > 1);
  }
  return tokens.map(foldToken).join(' ');
}

/**
 * The part of a name after its last possessive: "South Korea’s Unification Ministry" →
 * "Unification Ministry". The whole name when it has none (a trailing possessive is not one).
 */
export function possessiveTail(name: string): string {
  const match = /^.*\p{L}[’']s\s+(?=\p{Lu})/su.exec(name);
  return match ? name.slice(match[0].length) : name;
}

/** True for a name written as an acronym: "KCNA", "U.N.", "U.S.", "NATO" (2 to 6 letters). */
export function isAcronym(name: string): boolean {
  const compact = name.replace(/[.\s]/gu, '');
  return /^\p{Lu}{2,6}$/u.test(compact) && /^(?:\p{Lu}\.?\s?){2,6}$/u.test(name.trim());
}

/**
 * The acronym a multi-word name would have, lower-cased ("Korean Central News Agency" → "kcna",
 * "United States" → "us"), or null for a name of fewer than two counting words.
 */
export function acronymKey(name: string): string | null {
  const words = nameTokens(name).filter((token) => !ACRONYM_SKIP.has(token));
  if (words.length < 2) return null;
  return words.map((word) => word[0]).join('');
}

/**
 * The initials of a name whose own acronyms count letter by letter ("UK Independence Party" →
 * "ukip"), or null when that is the plain `acronymKey` or the name has one word.
 */
export function spelledAcronymKey(name: string): string | null {
  const words = name
    .split(/\s+/u)
    .filter((word) => word !== '' && !ACRONYM_SKIP.has(word.toLowerCase()));
  if (words.length < 2 || !words.some((word) => /^\p{Lu}{2,4}$/u.test(word))) return null;
  return words
    .map((word) => (/^\p{Lu}{2,4}$/u.test(word) ? word : word.charAt(0)))
    .join('')
    .toLowerCase();
}

/** The key of an acronym as written ("U.N." → "un"), for matching against `acronymKey`. */
export function acronymText(name: string): string {
  return name.replace(/[.\s]/gu, '').toLowerCase();
}
