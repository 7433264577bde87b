// Article spinning the way cheap spinners do it: a share of the content words swapped for a
// thesaurus entry (WordNet's first synset, whatever the context) and number words for digits and
// back. Works on tracked words, so a swapped word keeps the provenance tag of the word it replaced.

import type { TChar, TParagraph, TWord } from './tracked';
import { wordText } from './tracked';
import { endsSentence } from './sentences';
import type { WordNet } from './wordnet';

/** Function words never swapped; our own short list, not the engine's. */
const FUNCTION_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each few for from ' +
    'further had has have having he her here hers herself him himself his how i if in into is it ' +
    'its itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'out over own same she should so some such than that the their theirs them themselves then ' +
    'there these they this those through to too under until up very was we were what when where ' +
    'which while who whom why will with would you your yours yourself said says say mr mrs ms one'
  ).split(' '),
);

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** "three" → "3", "12" → "twelve"; null for anything else. */
export function numberSwap(core: string): string | null {
  const index = NUMBER_WORDS.indexOf(core.toLowerCase());
  if (index >= 2) return String(index);
  if (/^\d+$/.test(core) && Number(core) >= 2 && Number(core) <= 20 && !core.startsWith('0')) {
    return NUMBER_WORDS[Number(core)] ?? null;
  }
  return null;
}

/** A word split into leading punctuation, the core, and trailing punctuation. */
export function splitWord(text: string): { lead: string; core: string; trail: string } {
  const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(text);
  return { lead: match?.[1] ?? '', core: match?.[2] ?? '', trail: match?.[3] ?? '' };
}

function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The WordNet replacement for a lowercase core word, keeping a plain plural -s; null if none. */
export function thesaurus(core: string, wordNet: WordNet): string | null {
  if (core.length < 3 || FUNCTION_WORDS.has(core) || !/^[a-z]+$/.test(core)) return null;
  const direct = wordNet.synonym(core);
  if (direct) return direct;
  if (wordNet.has(core)) return null;
  const stems: string[] = [];
  if (core.endsWith('ies')) stems.push(`${core.slice(0, -3)}y`);
  if (core.endsWith('es')) stems.push(core.slice(0, -2));
  if (core.endsWith('s') && !core.endsWith('ss')) stems.push(core.slice(0, -1));
  for (const stem of stems) {
    const synonym = wordNet.synonym(stem);
    if (synonym) return plural(synonym);
  }
  return null;
}

/** Whether a core counts as a content word (what the swap rate is a share of). */
export function isContentWord(core: string): boolean {
  if (numberSwap(core) !== null) return true;
  return /^\p{L}{3,}$/u.test(core) && !FUNCTION_WORDS.has(core.toLowerCase());
}

export interface SpinResult {
  paragraphs: TParagraph[];
  contentWords: number;
  swapped: number;
}

function retag(text: string, src: number): TChar[] {
  return Array.from(text, (c) => ({ c, src }));
}

/**
 * Swaps about `rate` of the content words. A capitalised word is swapped only at the start of a
 * sentence (elsewhere it is likely a name), and keeps its capital.
 */
export function spin(
  paragraphs: readonly TParagraph[],
  rate: number,
  wordNet: WordNet,
  random: () => number,
): SpinResult {
  const candidates: Array<{ p: number; w: number; replacement: TWord }> = [];
  let contentWords = 0;
  paragraphs.forEach((paragraph, p) => {
    paragraph.forEach((word, w) => {
      const text = wordText(word);
      const { lead, core, trail } = splitWord(text);
      if (!isContentWord(core)) return;
      contentWords++;
      const previous = paragraph[w - 1];
      const sentenceStart = previous === undefined || endsSentence(wordText(previous), text);
      const capital = /^\p{Lu}/u.test(core);
      if (capital && (!sentenceStart || /\p{Lu}/u.test(core.slice(1)))) return;
      // A digit is swapped only when nothing but plain punctuation follows it ("8%" stays).
      let replacement = /^[.,;:]?$/.test(trail) || !/^\d/.test(core) ? numberSwap(core) : null;
      if (replacement === null) replacement = thesaurus(core.toLowerCase(), wordNet);
      if (replacement === null) return;
      if (capital) replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
      const src = word[lead.length]?.src ?? word[0]?.src ?? -1;
      const leadChars = word.slice(0, lead.length);
      const trailChars = word.slice(word.length - trail.length);
      candidates.push({
        p,
        w,
        replacement: [...leadChars, ...retag(replacement, src), ...trailChars],
      });
    });
  });
  const wanted = Math.round(rate * contentWords);
  // A seeded partial shuffle: the first `wanted` candidates in random order are swapped.
  const order = candidates.map((_, index) => index);
  for (let index = 0; index < Math.min(wanted, order.length); index++) {
    const other = index + Math.floor(random() * (order.length - index));
    [order[index], order[other]] = [order[other] ?? 0, order[index] ?? 0];
  }
  const chosen = new Set(order.slice(0, wanted));
  const out = paragraphs.map((paragraph) => [...paragraph]);
  candidates.forEach((candidate, index) => {
    const paragraph = out[candidate.p];
    if (chosen.has(index) && paragraph) paragraph[candidate.w] = candidate.replacement;
  });
  return { paragraphs: out, contentWords, swapped: Math.min(wanted, candidates.length) };
}
