// Our own word and sentence boundaries for generating data; deliberately simple and independent of
// the engine's tokenizer and sentence splitter (main/core/align, main/core/text).

import type { TParagraph, TWord } from './tracked';
import { wordText } from './tracked';

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'adm',
  'capt',
  'cmdr',
  'rev',
  'gov',
  'sen',
  'rep',
  'no',
  'vs',
  'v',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
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
]);

/** Whether a word ends a sentence when followed by `next` (undefined: end of paragraph). */
export function endsSentence(word: string, next: string | undefined): boolean {
  if (next === undefined) return true;
  const stripped = word.replace(/["'”’)\]]+$/u, '');
  if (!/[.!?]$/.test(stripped)) return false;
  const stem = stripped.slice(0, -1).replace(/^["'“‘([]+/u, '');
  if (stripped.endsWith('.')) {
    if (ABBREVIATIONS.has(stem.toLowerCase())) return false;
    if (/^[A-Z]$/.test(stem)) return false; // an initial: "George W. Bush"
    if (/(^|[^A-Za-z])([A-Za-z]\.)+[A-Za-z]$/.test(stem)) return false; // "U.S.", "then-U.S."
  }
  return /^["'“‘(]*[A-Z0-9£$]/u.test(next);
}

/** A body word of an article: the tracked word, its paragraph and whether a sentence ends on it. */
export interface BodyWord {
  word: TWord;
  paragraph: number;
  sentenceEnd: boolean;
}

/** The words of paragraphs (in order) with sentence ends marked. */
export function bodyWords(paragraphs: readonly TParagraph[]): BodyWord[] {
  const words: BodyWord[] = [];
  paragraphs.forEach((paragraph, p) => {
    paragraph.forEach((word, w) => {
      const next = paragraph[w + 1];
      words.push({
        word,
        paragraph: p,
        sentenceEnd: endsSentence(wordText(word), next ? wordText(next) : undefined),
      });
    });
  });
  return words;
}

/** Splits plain text into sentences (strings), paragraph by paragraph. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\n\s*\n|\n/)) {
    const words = paragraph.split(/\s+/).filter(Boolean);
    let current: string[] = [];
    words.forEach((word, index) => {
      current.push(word);
      if (endsSentence(word, words[index + 1])) {
        sentences.push(current.join(' '));
        current = [];
      }
    });
    if (current.length > 0) sentences.push(current.join(' '));
  }
  return sentences;
}

/** Lowercased word tokens (letters, digits, inner apostrophes and hyphens). */
export function lowerWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}
