import type { SourceRelation } from '../../../preload/contract';
import {
  alignPrepared,
  judgeRelation,
  prepareText,
  Vocabulary,
  type PairAlignment,
  type PreparedText,
  type SourceFacts,
} from '../align';
import { DEFAULT_LSH, findCandidatePairs, type LshParameters } from './candidate-pairs';
import { sentenceSets, type FeatureHashes } from './sentence-sets';

export interface CorpusDocument {
  facts: SourceFacts;
  text: string;
}

export interface CorpusComparison {
  /** `a` is the smaller source id; the alignment's spans are oriented the same way. */
  relation: SourceRelation;
  alignment: PairAlignment;
}

export interface CompareCorpusOptions {
  /** Compare only pairs involving these source ids (the new sources); all pairs when absent. */
  only?: ReadonlySet<number>;
  /** Called with 0 before the first alignment and after each one; `done` ends at `total`. */
  onProgress?: (done: number, total: number) => void;
  lsh?: LshParameters;
  /**
   * Align every pair outright when there are at most this many documents. A case of a few
   * hundred reports takes seconds that way, and no lone shared quote or paraphrase is lost to
   * the LSH filter; larger corpora use LSH candidates.
   */
  exhaustiveUpTo?: number;
}

/**
 * Every pair of documents that is not independent. Pairs are proposed by sentence-level
 * MinHash/LSH (see candidate-pairs.ts) and only those are aligned, so the work grows with the
 * corpus and the copies in it rather than with the square of its size. The same input gives the
 * same output: hashing is seeded and pairs are aligned in a fixed order.
 */
export function compareCorpus(
  docs: readonly CorpusDocument[],
  options: CompareCorpusOptions = {},
): CorpusComparison[] {
  const { only, onProgress } = options;
  const vocabulary = new Vocabulary();
  const prepared: Array<PreparedText | undefined> = docs.map((doc) =>
    prepareText(doc.text, vocabulary),
  );
  const hashes: FeatureHashes = new Map();
  const involves = only ? (index: number) => only.has(docs[index]?.facts.id ?? NaN) : undefined;
  const pairs =
    docs.length <= (options.exhaustiveUpTo ?? 0)
      ? allPairs(docs.length, involves)
      : findCandidatePairs(
          prepared.map((text) => (text ? sentenceSets(text, hashes) : [])),
          { parameters: options.lsh ?? DEFAULT_LSH, involves },
        ).pairs;

  // A prepared text is released after its last pair (at once when it is in none).
  const lastUse = new Map<number, number>();
  pairs.forEach(([i, j], order) => {
    lastUse.set(i, order);
    lastUse.set(j, order);
  });
  prepared.forEach((_, index) => {
    if (!lastUse.has(index)) prepared[index] = undefined;
  });

  const results: CorpusComparison[] = [];
  onProgress?.(0, pairs.length);
  pairs.forEach(([i, j], order) => {
    const [first, second] = orient(docs, i, j);
    const alignment = alignPrepared(preparedAt(prepared, first), preparedAt(prepared, second));
    const relation = judgeRelation(alignment, factsOf(docs, first), factsOf(docs, second));
    if (relation.verdict !== 'independent') results.push({ relation, alignment });
    for (const index of [i, j]) if (lastUse.get(index) === order) prepared[index] = undefined;
    onProgress?.(order + 1, pairs.length);
  });
  return results;
}

/** Every pair of indexes below `count`, in order, keeping those that involve a chosen document. */
function allPairs(count: number, involves?: (index: number) => boolean): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      if (!involves || involves(i) || involves(j)) pairs.push([i, j]);
    }
  }
  return pairs;
}

function preparedAt(
  prepared: ReadonlyArray<PreparedText | undefined>,
  index: number,
): PreparedText {
  const text = prepared[index];
  if (!text) throw new RangeError(`Text ${index} was released before its last pair.`);
  return text;
}

/** The two document indices with the smaller source id first. */
function orient(docs: readonly CorpusDocument[], i: number, j: number): [number, number] {
  return (docs[i]?.facts.id ?? 0) <= (docs[j]?.facts.id ?? 0) ? [i, j] : [j, i];
}

function factsOf(docs: readonly CorpusDocument[], index: number): SourceFacts {
  const doc = docs[index];
  if (!doc) throw new RangeError(`No document at ${index}.`);
  return doc.facts;
}
