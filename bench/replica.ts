// The ×10 replica of the BBC corpus for the search bench: ten variants of every article, none an
// exact duplicate of another (the importer refuses exact duplicate text).
import { seededRandom } from '../main/core/corpus/hash';
import type { BbcArticle } from './bbc-corpus';
import { shuffled } from './bbc-corpus';
import { obfuscate } from './perturb';

export const REPLICA_FACTOR = 10;
/** Share of content words swapped for a synonym (or a number for its word) in each variant. */
export const REPLICA_SWAP_RATE = 0.1;

/** How a variant is made, for the printed heading. */
export const REPLICA_RECIPE =
  `article i, variant k: 10% of content words swapped via the bench synonym table (seed 100003*i+k),` +
  ` sentences shuffled within each body paragraph (same PRNG), title kept, "Ref kx7q3-i-k." appended`;

/** A sentence ends at . ! or ? (optionally closed by a quote) before a space and a capital. */
const SENTENCE_END = /(?<=[.!?]["'”’]?)\s+(?=["'“‘]?\p{Lu})/u;

/**
 * Variant `k` of article `i`: exactly
 * 1. `obfuscate(text, 0.1, seededRandom(100003 * i + k + 1))`, which swaps 10% of the content
 *    words (those with an entry) for a synonym from bench/synonyms.ts, or a number for its word;
 * 2. the paragraphs after the first line (the title) have their sentences shuffled by a seeded
 *    Fisher–Yates shuffle with the same PRNG;
 * 3. a last paragraph "Ref kx7q3-<i>-<k>." is appended, so no two variants are identical.
 */
export function replicaVariant(text: string, i: number, k: number): string {
  const random = seededRandom(100003 * i + k + 1);
  const swapped = obfuscate(text, REPLICA_SWAP_RATE, random).text;
  const [title = '', ...body] = swapped.split(/\n\s*\n/);
  const paragraphs = body.map((paragraph) =>
    shuffled(paragraph.trim().split(SENTENCE_END), random).join(' '),
  );
  return [title.trim(), ...paragraphs, `Ref kx7q3-${i}-${k}.`].join('\n\n');
}

/**
 * `factor` variants of every article, article by article, made as they are read (the ×100
 * replica's texts are never all in memory). Variants 0–9 of the ×100 are the ×10's.
 */
export function* replicaTexts(
  articles: readonly BbcArticle[],
  factor = REPLICA_FACTOR,
): Generator<{ name: string; text: string }> {
  for (const [i, article] of articles.entries()) {
    for (let k = 0; k < factor; k++) {
      yield {
        name: `${article.name.replace('/', '-')}-v${k}.txt`,
        text: replicaVariant(article.text, i, k),
      };
    }
  }
}

/**
 * `items` as they are read, with the time spent making them (generating variants) added up, so a
 * figure that reads a generator can leave that time out.
 */
export function timedItems<T>(
  items: Iterable<T>,
  clock: () => number = () => performance.now(),
): { items: Iterable<T>; elapsed: () => number } {
  let elapsed = 0;
  function* timed(): Generator<T> {
    const iterator = items[Symbol.iterator]();
    for (;;) {
      const start = clock();
      const next = iterator.next();
      elapsed += clock() - start;
      if (next.done) return;
      yield next.value;
    }
  }
  return { items: timed(), elapsed: () => elapsed };
}
