import { bandKeys, MinHasher } from './min-hash';
import { SentenceMatcher, type MatchThresholds } from './sentence-match';

// Which documents are worth aligning. Every indexed sentence gets a MinHash signature cut into
// bands; sentences whose band matches land in the same bucket. Only sentences sharing a bucket
// are ever compared, and a document pair becomes a candidate when one such collision is checked
// against the two word sets and holds up as the same sentence. Cost grows with the number of
// sentences, not with the number of document pairs.

export interface LshParameters extends MatchThresholds {
  /** A sentence pair collides when all rows of any one band agree. */
  bands: number;
  rows: number;
  /** Sentences with fewer content words are not indexed: too short to tell copy from chance. */
  minWords: number;
  /**
   * Buckets holding sentences from more documents than this are skipped as boilerplate (a
   * footer every story carries would otherwise make every pair a candidate). Cost is quadratic
   * in bucket size, so this is what keeps the worst case near-linear.
   */
  maxBucketDocuments: number;
  seed: number;
}

/**
 * 24 bands of 3 rows (72 hashes a sentence) put the LSH threshold near Jaccard 0.35: sentences
 * with J = 0.5 collide with probability 0.96, J = 0.3 with 0.49, J = 0.1 with 0.02. A sentence
 * with 30% of its content words swapped for synonyms keeps J ≈ 0.54, and a copied document has
 * many such sentences, so copies are all but certain to meet; unrelated sentences rarely do, and
 * the weighted check turns away most of those that do. On the BBC corpus these settings found
 * every pair the engine calls a derived copy when aligning all 2.5 M pairs exhaustively.
 */
export const DEFAULT_LSH: LshParameters = {
  bands: 24,
  rows: 3,
  minWords: 4,
  minShared: 3,
  minContainment: 0.5,
  minOfLarger: 0.3,
  maxBucketDocuments: 200,
  seed: 0x5eed,
};

export interface CandidateStats {
  sentences: number;
  indexedSentences: number;
  collisionsChecked: number;
  collisionsVerified: number;
  bucketsSkipped: number;
}

export interface CandidateResult {
  /** Document index pairs [i, j], i < j, in ascending order. */
  pairs: Array<[number, number]>;
  stats: CandidateStats;
}

/**
 * Candidate document pairs among `documents` (each a list of sentence word sets, as from
 * `sentenceSets`). With `involves`, only pairs with at least one document it accepts.
 */
export function findCandidatePairs(
  documents: ReadonlyArray<readonly Uint32Array[]>,
  options: { involves?: (document: number) => boolean; parameters?: LshParameters } = {},
): CandidateResult {
  const parameters = options.parameters ?? DEFAULT_LSH;
  const { bands, rows } = parameters;
  const involves = options.involves ?? (() => true);

  const sets: Uint32Array[] = [];
  const owners: number[] = [];
  let sentences = 0;
  documents.forEach((documentSentences, document) => {
    sentences += documentSentences.length;
    for (const set of documentSentences) {
      if (set.length < parameters.minWords) continue;
      sets.push(set);
      owners.push(document);
    }
  });

  const hasher = new MinHasher(bands * rows, parameters.seed);
  const signature = new Uint32Array(bands * rows);
  const keys = new Uint32Array(sets.length * bands);
  sets.forEach((set, sentence) => {
    keys.set(bandKeys(hasher.signature(set, signature), bands, rows), sentence * bands);
  });

  const stats: CandidateStats = {
    sentences,
    indexedSentences: sets.length,
    collisionsChecked: 0,
    collisionsVerified: 0,
    bucketsSkipped: 0,
  };
  const matcher = new SentenceMatcher(documents, parameters);
  const documentCount = documents.length;
  const found = new Set<number>();
  const rejected = new Set<number>();
  const verify = (s: number, t: number): void => {
    const first = owners[s] ?? 0;
    const second = owners[t] ?? 0;
    if (first === second || !(involves(first) || involves(second))) return;
    const pairKey = first * documentCount + second;
    const sentencePair = s * sets.length + t;
    if (found.has(pairKey) || rejected.has(sentencePair)) return;
    stats.collisionsChecked++;
    if (matcher.matches(sets[s], sets[t])) {
      stats.collisionsVerified++;
      found.add(pairKey);
    } else rejected.add(sentencePair);
  };

  for (let band = 0; band < bands; band++) {
    for (const bucket of buckets(keys, band, bands, sets.length)) {
      if (distinctOwners(bucket, owners) > parameters.maxBucketDocuments) {
        stats.bucketsSkipped++;
        continue;
      }
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) verify(bucket[i] ?? 0, bucket[j] ?? 0);
      }
    }
  }

  const pairs = [...found]
    .sort((x, y) => x - y)
    .map((key): [number, number] => [Math.floor(key / documentCount), key % documentCount]);
  return { pairs, stats };
}

/**
 * Groups of two or more sentences with equal keys in one band, each in ascending sentence order
 * (so in document order). Keys and sentence numbers are packed into one float and sorted
 * natively; past 2²¹ sentences the key loses low bits, which only adds collisions to verify.
 */
function* buckets(
  keys: Uint32Array,
  band: number,
  bands: number,
  count: number,
): Generator<number[]> {
  const idBits = Math.max(1, Math.ceil(Math.log2(count + 1)));
  const keyShift = Math.max(0, idBits - 21);
  const idScale = 2 ** idBits;
  const packed = new Float64Array(count);
  for (let sentence = 0; sentence < count; sentence++) {
    packed[sentence] = ((keys[sentence * bands + band] ?? 0) >>> keyShift) * idScale + sentence;
  }
  packed.sort();
  let run: number[] = [];
  let runKey = -1;
  for (const value of packed) {
    const key = Math.floor(value / idScale);
    if (key !== runKey) {
      if (run.length > 1) yield run;
      run = [];
      runKey = key;
    }
    run.push(value - key * idScale);
  }
  if (run.length > 1) yield run;
}

function distinctOwners(bucket: readonly number[], owners: readonly number[]): number {
  return new Set(bucket.map((sentence) => owners[sentence])).size;
}
