// Which sentence pairs are worth scoring. Never all against all: B's sentences are reached
// through an inverted index of their content features, each sentence of A accumulates the
// weights of the features it shares with them, and only the best few are kept. Identical
// sentences are found through their hashes, so sentences without content words still align.

import type { PairWeights } from './pair-weights';
import type { PreparedText } from './prepare';

/** Candidates kept per sentence of A from the index. */
export const CANDIDATES_PER_SENTENCE = 4;
/** Identical sentences of B considered per sentence of A (a text may repeat a line). */
const IDENTICAL_PER_SENTENCE = 32;
/** Content features two sentences must share to be a candidate through the index. */
const MIN_SHARED_FEATURES = 2;

export interface Candidates {
  count: number;
  a: Int32Array;
  b: Int32Array;
}

function identicalSentences(text: PreparedText): Map<number, number[]> {
  const byHash = new Map<number, number[]>();
  for (let sentence = 0; sentence < text.sentenceCount; sentence++) {
    if (text.sentenceTokenStarts[sentence + 1] === text.sentenceTokenStarts[sentence]) continue;
    const hash = text.sentenceHashes[sentence] ?? 0;
    const list = byHash.get(hash);
    if (list) list.push(sentence);
    else byHash.set(hash, [sentence]);
  }
  return byHash;
}

/**
 * Candidate pairs (A sentence, B sentence), grouped by A sentence in order. A posting list
 * longer than a tenth of B's sentences (at least 16) is skipped: such a word cannot single out
 * a sentence and would make the loop quadratic.
 */
export function findCandidates(a: PreparedText, b: PreparedText, weights: PairWeights): Candidates {
  const postingCap = Math.max(16, Math.ceil(b.sentenceCount / 10));
  const overlap = new Float64Array(b.sentenceCount);
  const shared = new Int32Array(b.sentenceCount);
  const touched = new Int32Array(b.sentenceCount);
  const best = new Int32Array(CANDIDATES_PER_SENTENCE);
  const identical = identicalSentences(b);
  const pairsA: number[] = [];
  const pairsB: number[] = [];

  for (let sentence = 0; sentence < a.sentenceCount; sentence++) {
    let touchedCount = 0;
    const end = a.sentenceFeatureStarts[sentence + 1] ?? 0;
    for (let at = a.sentenceFeatureStarts[sentence] ?? 0; at < end; at++) {
      const featureA = a.sentenceFeatures[at] ?? 0;
      const featureB = weights.aToB[featureA] ?? -1;
      if (featureB < 0) continue;
      const from = b.postingStarts[featureB] ?? 0;
      const to = b.postingStarts[featureB + 1] ?? 0;
      if (to - from > postingCap) continue;
      const weight = weights.weightsA[featureA] ?? 0;
      for (let posting = from; posting < to; posting++) {
        const other = b.postings[posting] ?? 0;
        if (shared[other] === 0) touched[touchedCount++] = other;
        shared[other] = (shared[other] ?? 0) + 1;
        overlap[other] = (overlap[other] ?? 0) + weight;
      }
    }

    // Keep the best few by accumulated weight (insertion into a tiny sorted array).
    let kept = 0;
    for (let index = 0; index < touchedCount; index++) {
      const other = touched[index] ?? 0;
      if ((shared[other] ?? 0) >= MIN_SHARED_FEATURES) {
        const score = overlap[other] ?? 0;
        let slot = kept < CANDIDATES_PER_SENTENCE ? kept++ : CANDIDATES_PER_SENTENCE;
        while (slot > 0 && (overlap[best[slot - 1] ?? 0] ?? 0) < score) {
          if (slot < CANDIDATES_PER_SENTENCE) best[slot] = best[slot - 1] ?? 0;
          slot--;
        }
        if (slot < CANDIDATES_PER_SENTENCE) best[slot] = other;
      }
    }
    for (let index = 0; index < touchedCount; index++) {
      const other = touched[index] ?? 0;
      shared[other] = 0;
      overlap[other] = 0;
    }

    const twins = identical.get(a.sentenceHashes[sentence] ?? 0) ?? [];
    const twinCount = Math.min(twins.length, IDENTICAL_PER_SENTENCE);
    for (let index = 0; index < twinCount; index++) {
      pairsA.push(sentence);
      pairsB.push(twins[index] ?? 0);
    }
    for (let index = 0; index < kept; index++) {
      const other = best[index] ?? 0;
      if (twins.includes(other)) continue;
      pairsA.push(sentence);
      pairsB.push(other);
    }
  }
  return { count: pairsA.length, a: Int32Array.from(pairsA), b: Int32Array.from(pairsB) };
}
