import { bandKeys, MinHasher } from './min-hash';

// Wire copy comes in clusters: one story and ten near-copies of it (a syndicated text with a new
// headline, a content farm's synonym-spun rewrite, the same report filed again with a line
// changed). Comparing every member with every other is quadratic in the cluster's size and tells
// the analyst nothing the cluster does not: each is a copy of the others. So before any pair is
// checked, each source whose word set is near-identical to an earlier source's joins that source's
// cluster, and the cluster's first source (its representative) stands for all of them in the pair
// search. The comparison then aligns each member with its representative only, and derives the
// rest (see compose-alignment.ts).
//
// A source joins a representative, never a member, so a cluster cannot drift by chaining (A like
// B, B like C, A unlike C): every member is near-identical to the representative itself.

export interface CopyClusterParameters {
  /** A source joins a representative whose content word set it shares at least this Jaccard. */
  minJaccard: number;
  /** Document MinHash: `bands` bands of `rows` rows (threshold near (1 / bands) ^ (1 / rows)). */
  bands: number;
  rows: number;
  /** Representatives checked per source at most, latest first in source order. */
  maxChecks: number;
  /** Sources with fewer distinct content words are never clustered: too little to tell. */
  minWords: number;
  seed: number;
}

/**
 * Jaccard 0.6 separates the two populations measured on the BBC corpus: ten variants of one
 * article with 10% of content words swapped for synonyms and sentences shuffled share 0.64–0.90
 * (median 0.79) of their word sets; two different articles share at most 0.49 (three pairs above
 * that are the same article filed twice). 12 bands of 4 rows give a pair at J = 0.64 a 0.9 chance
 * to meet, at J = 0.8 over 0.99, and at J = 0.3 under 0.1; each meeting is checked exactly.
 */
export const DEFAULT_COPY_CLUSTERS: CopyClusterParameters = {
  minJaccard: 0.6,
  bands: 12,
  rows: 4,
  maxChecks: 16,
  minWords: 20,
  seed: 0xc1a5,
};

/**
 * Copy clusters found one document at a time, in the order documents are added: each joins the
 * most similar earlier representative it meets (Jaccard ≥ `minJaccard`), or becomes one. So a
 * corpus can be read as a stream, keeping only representatives. Cost is linear in the documents:
 * each is hashed once and checked against at most `maxChecks` representatives.
 */
export class CopyClusterIndex {
  private readonly hasher: MinHasher;
  private readonly signature: Uint32Array;
  /** Per band: band key → representatives with that key, in the order they were added. */
  private readonly buckets: Array<Map<number, number[]>>;
  private readonly words = new Map<number, Uint32Array>();
  private readonly added = new Map<number, number>();

  constructor(private readonly parameters: CopyClusterParameters = DEFAULT_COPY_CLUSTERS) {
    this.hasher = new MinHasher(parameters.bands * parameters.rows, parameters.seed);
    this.signature = new Uint32Array(parameters.bands * parameters.rows);
    this.buckets = Array.from({ length: parameters.bands }, () => new Map<number, number[]>());
  }

  /** Adds document `id` with its sorted, duplicate-free word set; returns its representative. */
  add(id: number, words: Uint32Array): number {
    const { bands, rows, maxChecks, minJaccard, minWords } = this.parameters;
    if (words.length < minWords) return id;
    const keys = bandKeys(this.hasher.signature(words, this.signature), bands, rows);
    // The latest representatives of each of its buckets: a bucket of many templated texts that
    // never reach the threshold costs at most `maxChecks` checks, not one per text in it.
    const candidates = new Set<number>();
    for (let band = 0; band < bands; band++) {
      const list = this.buckets[band]?.get(keys[band] ?? 0) ?? [];
      for (let at = Math.max(0, list.length - maxChecks); at < list.length; at++) {
        candidates.add(list[at] ?? 0);
      }
    }
    const latestFirst = Array.from(candidates).sort(
      (x, y) => (this.added.get(y) ?? 0) - (this.added.get(x) ?? 0),
    );
    let best = id;
    let bestJaccard = minJaccard;
    for (const representative of latestFirst.slice(0, maxChecks)) {
      const similarity = jaccard(words, this.words.get(representative));
      if (similarity >= bestJaccard) {
        best = representative;
        bestJaccard = similarity;
      }
    }
    if (best !== id) return best;
    this.words.set(id, words);
    this.added.set(id, this.added.size);
    for (let band = 0; band < bands; band++) {
      const key = keys[band] ?? 0;
      const bucket = this.buckets[band];
      const list = bucket?.get(key);
      if (list) list.push(id);
      else bucket?.set(key, [id]);
    }
    return id;
  }
}

/**
 * For each document (its sorted, duplicate-free content word set), the index of its cluster's
 * representative: itself when it represents a cluster or stands alone. Documents are taken in
 * `order` (an array of indexes; ascending source id makes the result independent of input order),
 * and a representative always comes before its members in that order.
 */
export function findCopyClusters(
  documents: readonly Uint32Array[],
  order: readonly number[],
  parameters: CopyClusterParameters = DEFAULT_COPY_CLUSTERS,
): Int32Array {
  const index = new CopyClusterIndex(parameters);
  const representativeOf = Int32Array.from(documents, (_, at) => at);
  for (const at of order) representativeOf[at] = index.add(at, documents[at] ?? new Uint32Array());
  return representativeOf;
}

/** Jaccard similarity of two sorted, duplicate-free sets. */
export function jaccard(a: Uint32Array, b: Uint32Array | undefined): number {
  if (!b || a.length + b.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** One document's content words: the union of its sentence sets, sorted and duplicate-free. */
export function documentWords(sentences: readonly Uint32Array[]): Uint32Array {
  let total = 0;
  for (const set of sentences) total += set.length;
  const all = new Uint32Array(total);
  let at = 0;
  for (const set of sentences) {
    all.set(set, at);
    at += set.length;
  }
  all.sort();
  let unique = 0;
  for (let index = 0; index < all.length; index++) {
    if (index === 0 || all[index] !== all[index - 1]) all[unique++] = all[index] ?? 0;
  }
  return all.slice(0, unique);
}
