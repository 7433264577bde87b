// Deterministic text perturbations for tests of corpus comparison: spun copies and word salads
// built from real text, so tests exercise realistic vocabulary without shipping a corpus.

import { seededRandom } from './hash';

/**
 * `text` with about `rate` of its words of five letters or more replaced by made-up words
 * ("spun"), keeping punctuation, spacing and everything else as it was.
 */
export function spin(text: string, rate: number, seed: number): string {
  const random = seededRandom(seed);
  return text.replace(/\p{L}{5,}/gu, (word) =>
    random() < rate ? `${word.slice(0, 2)}${word.length}q${word.slice(-2)}`.toLowerCase() : word,
  );
}

/**
 * `sentences` sentences of 8–20 words drawn at random from the words of `source`: the same
 * vocabulary as the source, but no sentence of it.
 */
export function wordSalad(source: string, sentences: number, seed: number): string {
  const words = source.match(/\p{L}+/gu) ?? [];
  const random = seededRandom(seed);
  const pick = () => words[Math.floor(random() * words.length)] ?? 'word';
  const out: string[] = [];
  for (let sentence = 0; sentence < sentences; sentence++) {
    const length = 8 + Math.floor(random() * 13);
    const body = Array.from({ length }, pick).join(' ');
    out.push(`${body.charAt(0).toUpperCase()}${body.slice(1)}.`);
  }
  return out.join(' ');
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sul', 'ta', 'vo', 'zen', 'bri', 'dor', 'fa', 'gun'];
const GLUE = ['the', 'of', 'and', 'to', 'in', 'was', 'said', 'with', 'for', 'that', 'on', 'it'];

/**
 * A made-up story: English function words around content words from a vocabulary of 300
 * made-up words of its own, so two stories share only function words and chance spellings.
 */
export function unrelatedStory(sentences: number, seed: number): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const vocabulary = Array.from({ length: 300 }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(''),
  );
  return Array.from({ length: sentences }, () => {
    const words = Array.from({ length: 8 + Math.floor(random() * 13) }, (_, index) =>
      index % 2 === 1 ? pick(GLUE) : pick(vocabulary),
    ).join(' ');
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
  }).join(' ');
}
