// One-to-one sentence matching: every candidate pair is scored, then pairs are taken greedily,
// strongest kind first, so each sentence ends up in at most one pair. Copied runs are then
// extended to neighbours the index could not propose (a short sentence whose few content words
// were all swapped), and weak spins of short sentences survive only beside other copied pairs.

import type { PassageKind } from '../../../preload/contract';
import { findCandidates } from './candidates';
import { classifyPair, type PairVerdict } from './classify';
import { FeatureMarks } from './content-overlap';
import { isCopied, RUN_MAX_SKIPPED_SENTENCES } from './copied-runs';
import { pairWeights } from './pair-weights';
import type { PreparedText } from './prepare';

export interface SentencePair extends PairVerdict {
  a: number;
  b: number;
}

const KIND_STRENGTH: Record<PassageKind, number> = {
  verbatim: 3,
  spun: 2,
  'shared-quote': 1,
  paraphrase: 0,
};

/** The aligned sentence pairs of two prepared texts, sorted by A's sentence. */
export function matchSentences(a: PreparedText, b: PreparedText): SentencePair[] {
  const weights = pairWeights(a, b);
  const candidates = findCandidates(a, b, weights);
  const marks = new FeatureMarks(b.featureIds.length);
  const scored: SentencePair[] = [];
  let marked = -1;
  for (let index = 0; index < candidates.count; index++) {
    const sentenceA = candidates.a[index] ?? 0;
    const sentenceB = candidates.b[index] ?? 0;
    if (sentenceA !== marked) {
      marks.mark(a, sentenceA, weights);
      marked = sentenceA;
    }
    const verdict = classifyPair(a, sentenceA, b, sentenceB, weights, marks);
    if (verdict) scored.push({ ...verdict, a: sentenceA, b: sentenceB });
  }

  // Ties go to the pair nearest the same relative position, so repeated lines pair in order.
  const drift = (pair: SentencePair) =>
    Math.abs(pair.a / Math.max(a.sentenceCount, 1) - pair.b / Math.max(b.sentenceCount, 1));
  scored.sort(
    (x, y) =>
      KIND_STRENGTH[y.kind] - KIND_STRENGTH[x.kind] ||
      y.score - x.score ||
      drift(x) - drift(y) ||
      x.a - y.a ||
      x.b - y.b,
  );
  const takenA = new Uint8Array(a.sentenceCount);
  const takenB = new Uint8Array(b.sentenceCount);
  const pairs: SentencePair[] = [];
  for (const pair of scored) {
    if (takenA[pair.a] || takenB[pair.b]) continue;
    takenA[pair.a] = 1;
    takenB[pair.b] = 1;
    pairs.push(pair);
  }
  extendCopiedRuns(a, b, pairs, { takenA, takenB, weights, marks });
  return withContext(pairs.sort((x, y) => x.a - y.a));
}

interface MatchState {
  takenA: Uint8Array;
  takenB: Uint8Array;
  weights: ReturnType<typeof pairWeights>;
  marks: FeatureMarks;
}

/** Walks from each copied pair to the neighbouring free sentences while they copy too. */
function extendCopiedRuns(
  a: PreparedText,
  b: PreparedText,
  pairs: SentencePair[],
  state: MatchState,
) {
  const { takenA, takenB, weights, marks } = state;
  for (const seed of pairs.filter(isCopied)) {
    for (const step of [-1, 1]) {
      let sentenceA = seed.a + step;
      let sentenceB = seed.b + step;
      while (takenA[sentenceA] === 0 && takenB[sentenceB] === 0) {
        marks.mark(a, sentenceA, weights);
        const verdict = classifyPair(a, sentenceA, b, sentenceB, weights, marks, true);
        if (!verdict || (verdict.kind !== 'verbatim' && verdict.kind !== 'spun')) break;
        pairs.push({ ...verdict, a: sentenceA, b: sentenceB });
        takenA[sentenceA] = 1;
        takenB[sentenceB] = 1;
        sentenceA += step;
        sentenceB += step;
      }
    }
  }
}

/**
 * Drops weak spins of short sentences that no neighbouring copied pair supports, and makes a
 * spin that alone proves nothing (see ISOLATED_SPUN_MIN_TOKENS) a paraphrase unless copying
 * surrounds it.
 */
function withContext(pairs: readonly SentencePair[]): SentencePair[] {
  const copied = new Set<string>();
  for (const pair of pairs) if (isCopied(pair)) copied.add(`${pair.a}:${pair.b}`);
  const supported = (pair: SentencePair, reach: number) => {
    for (let step = 1; step <= reach; step++) {
      if (copied.has(`${pair.a - step}:${pair.b - step}`)) return true;
      if (copied.has(`${pair.a + step}:${pair.b + step}`)) return true;
    }
    return false;
  };
  const kept: SentencePair[] = [];
  for (const pair of pairs) {
    if (pair.needsContext && !supported(pair, 1)) continue;
    if (pair.kind === 'spun' && pair.weakAlone && !supported(pair, 1 + RUN_MAX_SKIPPED_SENTENCES)) {
      kept.push({ ...pair, kind: 'paraphrase' });
    } else kept.push(pair);
  }
  return kept;
}
