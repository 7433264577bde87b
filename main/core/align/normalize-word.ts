import { STOP_WORDS } from './stop-words';

// The form a word is matched by. Two reports of one event differ in case, accents, apostrophe
// style and acronym dots ("U.S." against "US") without saying anything different.

const COMBINING_MARK = /\p{Mn}/gu;
const CURLY_APOSTROPHE = /[’ʼ]/g;
const DOT_BETWEEN_LETTERS = /(?<=\p{L})\.(?=\p{L})/gu;
const COMMA_BETWEEN_DIGITS = /(?<=\p{N}),(?=\p{N})/gu;
const PLAIN = /^[a-z0-9]*$/;
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/**
 * NFKC, lower case, diacritics folded (é → e), ’ → ', dots dropped between letters (U.N → un,
 * 3.5 stays) and digit-group commas dropped (1,000 → 1000). A word made only of marks keeps them.
 * An acronym that would become a function word keeps its dots: "US" and "U.S." → "u.s", never
 * the pronoun "us".
 */
export function normalizeWord(raw: string): string {
  const compatible = raw.normalize('NFKC');
  if (ACRONYM.test(compatible)) {
    const letters = compatible.replace(/\./g, '').toLowerCase();
    if (STOP_WORDS.has(letters)) return [...letters].join('.');
  }
  let form = compatible.toLowerCase();
  if (PLAIN.test(form)) return form;
  const folded = form.normalize('NFD').replace(COMBINING_MARK, '').normalize('NFC');
  if (folded.length > 0) form = folded;
  return form
    .replace(CURLY_APOSTROPHE, "'")
    .replace(DOT_BETWEEN_LETTERS, '')
    .replace(COMMA_BETWEEN_DIGITS, '');
}

const POSSESSIVE = /'s?$/;
const ENGLISH_PLURAL = /^[a-z]{3,}[^siu']s$/;

/**
 * A looser key for content words, used to find candidate sentences and to score paraphrase:
 * possessives and English plural -s dropped ("Korea's" and "Korea", "officials" and "official").
 * Never used for verbatim or spun, which compare the words as written.
 */
export function featureStem(form: string): string {
  let stem = form.length > 2 ? form.replace(POSSESSIVE, '') : form;
  if (ENGLISH_PLURAL.test(stem)) stem = stem.slice(0, -1);
  return stem.length > 0 ? stem : form;
}
