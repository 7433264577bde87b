// How much a shared content word says, within one pair of texts: a word found in few of the
// pair's sentences ("munitions", "Jo") is strong evidence two sentences report the same thing;
// one found everywhere ("Kim", "Putin" in two stories about their summit) is weak.

import type { PreparedText } from './prepare';

export interface PairWeights {
  /** B's feature index for each of A's features, or -1 when B lacks it. */
  aToB: Int32Array;
  /** Inverse sentence frequency over both texts, per feature of A and of B. */
  weightsA: Float64Array;
  weightsB: Float64Array;
  /** Sentences of both texts holding each feature of A, and of B. */
  frequenciesA: Int32Array;
  frequenciesB: Int32Array;
  /** Sum of the weights of each sentence's distinct features. */
  sentenceWeightsA: Float64Array;
  sentenceWeightsB: Float64Array;
  sentences: number;
}

function sentenceWeights(text: PreparedText, weights: Float64Array): Float64Array {
  const sums = new Float64Array(text.sentenceCount);
  for (let sentence = 0; sentence < text.sentenceCount; sentence++) {
    let sum = 0;
    const end = text.sentenceFeatureStarts[sentence + 1] ?? 0;
    for (let at = text.sentenceFeatureStarts[sentence] ?? 0; at < end; at++) {
      sum += weights[text.sentenceFeatures[at] ?? 0] ?? 0;
    }
    sums[sentence] = sum;
  }
  return sums;
}

/** Weights of every feature of A and B: ln(1 + N / n), N sentences in both, n holding it. */
export function pairWeights(a: PreparedText, b: PreparedText): PairWeights {
  const total = a.sentenceCount + b.sentenceCount;
  const aToB = new Int32Array(a.featureIds.length).fill(-1);
  const frequenciesA = Int32Array.from(a.featureSentenceCounts);
  const frequenciesB = Int32Array.from(b.featureSentenceCounts);
  // Both id lists are ascending: one merge pass finds the shared features.
  for (let i = 0, j = 0; i < a.featureIds.length && j < b.featureIds.length;) {
    const x = a.featureIds[i] ?? 0;
    const y = b.featureIds[j] ?? 0;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      aToB[i] = j;
      const both = (frequenciesA[i] ?? 0) + (frequenciesB[j] ?? 0);
      frequenciesA[i] = both;
      frequenciesB[j] = both;
      i++;
      j++;
    }
  }
  const weightOf = (frequency: number) => Math.log(1 + total / Math.max(frequency, 1));
  const weightsA = Float64Array.from(frequenciesA, weightOf);
  const weightsB = Float64Array.from(frequenciesB, weightOf);
  return {
    aToB,
    weightsA,
    weightsB,
    frequenciesA,
    frequenciesB,
    sentenceWeightsA: sentenceWeights(a, weightsA),
    sentenceWeightsB: sentenceWeights(b, weightsB),
    sentences: total,
  };
}
