// How much content two sentences share, weighted by how rare each shared word is in the pair.
// This is the evidence for paraphrase, which keeps no word order to go by.

import type { PairWeights } from './pair-weights';
import type { PreparedText } from './prepare';

/** A feature is rare when at most this many sentences of the two texts hold it (or 2%). */
export const RARE_MAX_SENTENCES = 4;

/** Per-A-sentence scratch: which of B's features the current A sentence holds. */
export class FeatureMarks {
  private readonly stamps: Int32Array;
  private readonly plainStamps: Int32Array;
  private readonly seen: Int32Array;
  private stamp = 0;
  private seenStamp = 0;

  constructor(featureCount: number) {
    this.stamps = new Int32Array(featureCount);
    this.plainStamps = new Int32Array(featureCount);
    this.seen = new Int32Array(featureCount);
  }

  /** Marks the features of A's `sentence`, forgetting the previous sentence's. */
  mark(a: PreparedText, sentence: number, weights: PairWeights): void {
    this.stamp++;
    const end = a.sentenceTokenStarts[sentence + 1] ?? 0;
    for (let token = a.sentenceTokenStarts[sentence] ?? 0; token < end; token++) {
      const featureA = a.tokenFeatures[token] ?? -1;
      const featureB = featureA < 0 ? -1 : (weights.aToB[featureA] ?? -1);
      if (featureB < 0) continue;
      this.stamps[featureB] = this.stamp;
      if (a.tokenCapitalized[token] === 0) this.plainStamps[featureB] = this.stamp;
    }
  }

  /** Whether A's sentence holds the feature written without a capital somewhere. */
  isPlain(featureB: number): boolean {
    return this.plainStamps[featureB] === this.stamp;
  }

  has(featureB: number): boolean {
    return this.stamps[featureB] === this.stamp;
  }

  /** Starts a new pass over one B sentence for `firstSight`. */
  newPass(): void {
    this.seenStamp++;
  }

  /** True the first time a feature is seen in the current pass. */
  firstSight(featureB: number): boolean {
    if (this.seen[featureB] === this.seenStamp) return false;
    this.seen[featureB] = this.seenStamp;
    return true;
  }
}

export interface Overlap {
  /** Distinct content features in common. */
  shared: number;
  /** Of those, the ones few sentences of the pair hold. */
  rare: number;
  /** Of those, the ones written without a capital on both sides: words, not names. */
  plain: number;
  /**
   * Shared features counted so that a run of adjacent content words common to both sentences
   * ("Russian Defense Minister Sergei Shoigu") is worth two at most: one long name in common
   * is one piece of evidence, not five.
   */
  evidence: number;
  weightedDice: number;
  /**
   * The smaller of the two sentences' weighted shares held by the other: low when one sentence
   * adds a claim of its own ("…, which could help limit future rate rises").
   */
  containment: number;
}

/** Whether tokens `previous`, `current` of B also follow each other somewhere in A's range. */
function bigramIn(a: PreparedText, fromA: number, toA: number, previous: number, current: number) {
  for (let at = fromA + 1; at < toA; at++) {
    if (a.tokenIds[at] === current && a.tokenIds[at - 1] === previous) return true;
  }
  return false;
}

export function contentOverlap(
  a: PreparedText,
  sentenceA: number,
  b: PreparedText,
  sentenceB: number,
  weights: PairWeights,
  marks: FeatureMarks,
): Overlap {
  const rareLimit = Math.max(RARE_MAX_SENTENCES, Math.ceil(weights.sentences * 0.02));
  const fromA = a.sentenceTokenStarts[sentenceA] ?? 0;
  const toA = a.sentenceTokenStarts[sentenceA + 1] ?? 0;
  const fromB = b.sentenceTokenStarts[sentenceB] ?? 0;
  const toB = b.sentenceTokenStarts[sentenceB + 1] ?? 0;
  let shared = 0;
  let rare = 0;
  let plain = 0;
  let evidence = 0;
  let run = 0;
  let weight = 0;
  marks.newPass();
  for (let token = fromB; token < toB; token++) {
    const feature = b.tokenFeatures[token] ?? -1;
    if (feature < 0 || !marks.has(feature)) {
      run = 0;
      continue;
    }
    const continuesRun =
      run > 0 && bigramIn(a, fromA, toA, b.tokenIds[token - 1] ?? -1, b.tokenIds[token] ?? -1);
    run = continuesRun ? run + 1 : 1;
    if (!marks.firstSight(feature)) continue;
    shared++;
    if (run <= 2) evidence++;
    weight += weights.weightsB[feature] ?? 0;
    if ((weights.frequenciesB[feature] ?? 0) <= rareLimit) rare++;
    if (b.tokenCapitalized[token] === 0 && marks.isPlain(feature)) plain++;
  }
  const total =
    (weights.sentenceWeightsA[sentenceA] ?? 0) + (weights.sentenceWeightsB[sentenceB] ?? 0);
  const weightA = weights.sentenceWeightsA[sentenceA] ?? 0;
  const weightB = weights.sentenceWeightsB[sentenceB] ?? 0;
  const containment = weightA > 0 && weightB > 0 ? Math.min(weight / weightA, weight / weightB) : 0;
  return {
    shared,
    rare,
    plain,
    evidence,
    weightedDice: total > 0 ? (2 * weight) / total : 0,
    containment,
  };
}
