// Just enough sentence splitting to take the first sentence of a news lead. News copy is full of
// periods that do not end a sentence: honorifics (Mr. Kim), initials (Dmitry S. Peskov),
// abbreviated months (Sept. 12) and dotted acronyms (U.S. officials).

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
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
  'inc',
  'corp',
  'co',
  'ltd',
  'bros',
  'vs',
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
  'mt',
  'ft',
  'approx',
]);

/** Abbreviations only before a number ("No. 1", "Vol. 2"); elsewhere "no." ends a sentence. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'fig', 'p', 'pp']);

/** Whether a period after `word`, followed by `next`, does not end a sentence. */
function isAbbreviation(word: string, next: string): boolean {
  const bare = word.replace(/^[\p{Ps}\p{Pi}"']+/u, '');
  return (
    ABBREVIATIONS.has(bare.toLowerCase()) ||
    (NUMBER_ABBREVIATIONS.has(bare.toLowerCase()) && /^\s*\d/.test(next)) ||
    /^\p{L}$/u.test(bare) || // an initial: "S." in "Dmitry S. Peskov"
    /\p{L}\.\p{L}/u.test(bare) // dotted: "U.S", "a.m", "e.g"
  );
}

/**
 * A candidate end: terminal punctuation, any closing quotes or brackets, then whitespace and
 * something that can open a sentence (a capital, a digit or an opening quote).
 */
const SENTENCE_END = /([.!?…]+)[\p{Pe}\p{Pf}"']*(?=\s+[\p{Lu}\p{N}\p{Ps}\p{Pi}"'])/gu;

/** The first sentence of a paragraph (the whole paragraph when no sentence end is found). */
export function firstSentence(paragraph: string): string {
  const text = paragraph.trim();
  for (const match of text.matchAll(SENTENCE_END)) {
    const punctuation = match[1] ?? '';
    if (punctuation === '.') {
      const before = text.slice(0, match.index);
      const word = /(\S+)$/.exec(before)?.[1] ?? '';
      const next = text.slice(match.index + match[0].length);
      if (isAbbreviation(word, next)) continue;
    }
    return text.slice(0, match.index + match[0].length);
  }
  return text;
}
