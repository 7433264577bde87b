// The perturbations the bench applies to BBC text. Every figure that uses one names it.
import { shuffled } from './bbc-corpus';
import { SYNONYMS, swapNumber } from './synonyms';

/**
 * English function words: what is not a content word. The harness's own list (the engine and
 * the candidate finder have theirs), so the perturbation rate does not follow their choices.
 */
const FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet if then than as at by for from in into of off on onto out
  over to up upon with within without about above after against along among around before
  behind below beneath beside between beyond during except inside near since through throughout
  till toward towards under until via i me my mine we us our ours you your yours he him his she
  her hers it its they them their theirs this that these those who whom whose which what
  whatever whoever when where why how all any both each either every few many more most much
  neither no none some such other another own same be am is are was were been being have has
  had having do does did doing will would shall should can could may might must not only also
  very too just there here now`.split(/\s+/),
);

const WORD = /\p{L}+(?:['’]\p{L}+)*|\p{N}+/gu;

export interface Obfuscated {
  text: string;
  /** Content words (not function words, two letters or more, or a number) in the input. */
  contentWords: number;
  /** Content words replaced: by a synonym from the table, or a number word by digits or back. */
  replaced: number;
}

/** Capitalised words stay capitalised; acronyms (TV) give way to the plain word (television). */
function matchCase(model: string, word: string): string {
  if (/^\p{Lu}{2,}$/u.test(model)) return word;
  return /^\p{Lu}/u.test(model) ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word;
}

/** A number stands alone: not part of 9.5bn, 1,000, 19-13, $5, 5% or 3rd. */
function standsAlone(text: string, match: RegExpMatchArray): boolean {
  const start = match.index ?? 0;
  const end = start + match[0].length;
  return (
    !/[\p{L}\p{N}.,\-/$£€]$/u.test(text.slice(Math.max(0, start - 1), start)) &&
    !/^(?:[\p{L}\p{N}\-/%]|[.,]\p{N})/u.test(text.slice(end, end + 2))
  );
}

/**
 * Replaces `rate` of the content words of `text` with a synonym from the table or a number
 * swap (two ↔ 2), at random among the words that have one. When fewer words have one, all of
 * them are replaced and `replaced / contentWords` says how far short of `rate` it fell.
 */
export function obfuscate(text: string, rate: number, random: () => number): Obfuscated {
  const matches = [...text.matchAll(WORD)];
  const content = matches.filter((match) => {
    const word = match[0].toLowerCase();
    return /\p{N}/u.test(word) || (word.length > 1 && !FUNCTION_WORDS.has(word));
  });
  const replaceable = content.filter(
    (match) =>
      SYNONYMS.has(match[0].toLowerCase()) ||
      (swapNumber(match[0]) !== null && standsAlone(text, match)),
  );
  const target = Math.round(rate * content.length);
  const chosen = new Set(shuffled(replaceable, random).slice(0, target));
  let output = '';
  let last = 0;
  for (const match of matches) {
    if (!chosen.has(match)) continue;
    const word = match[0];
    const options = SYNONYMS.get(word.toLowerCase()) ?? [swapNumber(word) ?? word];
    const replacement = options[Math.floor(random() * options.length)] ?? word;
    output += text.slice(last, match.index) + matchCase(word, replacement);
    last = match.index + word.length;
  }
  return { text: output + text.slice(last), contentWords: content.length, replaced: chosen.size };
}

/** Word count as a reader would make it: runs of letters and digits. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
