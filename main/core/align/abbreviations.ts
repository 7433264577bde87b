// Periods in news copy that do not end a sentence. Titles before a name never end one; other
// abbreviations can ("…made by Acme Inc. The deal…"), so they end one only when the next word
// is a capitalised function word, which names and nouns after an abbreviation rarely are.

import { STOP_WORDS } from './stop-words';

/** Titles and words that are always followed by more of the same sentence. */
const NEVER_FINAL = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'gov',
  'sen',
  'rep',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'cpl',
  'adm',
  'cmdr',
  'rev',
  'hon',
  'pres',
  'supt',
  'det',
  'insp',
  'st',
  'mt',
  'vs',
  'v',
  'cf',
  'approx',
  'messrs',
]);

/** Abbreviations that may end a sentence: company forms, suffixes, months, street words. */
const MAYBE_FINAL = new Set([
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'bros',
  'etc',
  'al',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ave',
  'blvd',
  'rd',
  'ft',
]);

/** Abbreviations only before a number ("No. 1", "Vol. 2"); elsewhere "no." ends a sentence. */
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'fig', 'p', 'pp', 'art']);

const LEADING_PUNCTUATION = /^[\p{Ps}\p{Pi}"'([]+/u;
const SINGLE_LETTER = /^\p{L}$/u;
const DOTTED = /\p{L}\.\p{L}/u;
const NEXT_WORD = /^\s*([\p{L}\p{N}]+)/u;

/**
 * Whether a single period after `word` (the text since the last space) is an abbreviation's
 * and not a sentence end, given the text `next` that follows it.
 */
export function isAbbreviationPeriod(word: string, next: string): boolean {
  const bare = word.replace(LEADING_PUNCTUATION, '');
  const lower = bare.toLowerCase();
  if (NEVER_FINAL.has(lower) || SINGLE_LETTER.test(bare)) return true; // "Mr.", "S." initials
  const nextWord = NEXT_WORD.exec(next)?.[1] ?? '';
  if (BEFORE_NUMBER.has(lower)) return /^\p{N}/u.test(nextWord);
  if (MAYBE_FINAL.has(lower) || DOTTED.test(bare)) {
    if (/^\p{N}/u.test(nextWord)) return true; // "Sept. 12"
    const startsSentence = /^\p{Lu}/u.test(nextWord) && STOP_WORDS.has(nextWord.toLowerCase());
    return !startsSentence;
  }
  return false;
}
