// Scores one candidate sentence pair exactly and decides what kind of passage it is, if any:
// the same words in the same order (verbatim), the same quotation under other attribution
// (shared quote), the same sentence with words swapped (spun), the same content (paraphrase).

import type { PassageKind } from '../../../preload/contract';
import { contentOverlap, type FeatureMarks } from './content-overlap';
import { dice, lcsAlignment } from './lcs';
import type { PairWeights } from './pair-weights';
import type { PreparedText } from './prepare';
import { findSharedQuote, type SharedQuote } from './shared-quote';

/** Spun: in-order token overlap (LCS Dice) at least this; ~30% of words swapped gives ~0.7. */
export const SPUN_MIN_DICE = 0.5;
/** Spun: the shorter sentence has at least this share of the longer one's tokens. */
export const SPUN_MIN_LENGTH_RATIO = 0.5;
/**
 * Spun: content words in common, at least half the shorter sentence's (capped at this), so
 * "Mr. Kim arrived on Monday" is not a spin of "Mr. Putin arrived on Sunday".
 */
export const SPUN_MIN_SHARED_FEATURES = 3;
/**
 * Spun: the words outside the LCS sit in short edits (swaps, insertions, deletions of at most
 * SPUN_MAX_GAP tokens a side) making up at least this share of both sentences together with the
 * LCS. A spinner swaps words in place; a different sentence with a similar frame ("Mr. Putin is
 * hosting the Eastern Economic Forum…") differs by whole clauses.
 */
export const SPUN_MIN_LOCAL_SHARE = 0.75;
export const SPUN_MAX_GAP = 3;
/**
 * Spun, finally: no name or number replaced by another ("Mr Ebbers has pleaded not guilty" is
 * not a spin of "Mr Myers has already pleaded guilty"; spinners swap common words only), unless
 * the sentences are this alike: then it is a copy with a fact edited, which the diff shows.
 */
export const SPUN_MIN_DICE_WITH_CLASH = 0.8;
/**
 * A spun pair with a sentence shorter than this many tokens and an LCS Dice below
 * SHORT_SPUN_MIN_DICE counts only next to another copied pair: "Greene sets sights on world
 * title" and "Bekele sets sights on world mark" are two headlines, not a spin, unless the
 * sentences around them were copied too.
 */
export const SHORT_SENTENCE_TOKENS = 8;
export const SHORT_SPUN_MIN_DICE = 0.7;
/**
 * A spin is evidence of copying only in context (other copied sentences around it) or when the
 * sentence is long enough that two writers would not word it alike and no name or number
 * changed: "Acme said it would evaluate all proposals" and "Globex said it would evaluate all
 * proposals" are two reporters' stock sentence, a paraphrase at most.
 */
export const ISOLATED_SPUN_MIN_TOKENS = 10;
/** Paraphrase: weighted Dice of distinct content features. */
export const PARAPHRASE_MIN_WEIGHTED_DICE = 0.4;
/** Paraphrase: shared content features, runs of adjacent ones counting two at most… */
export const PARAPHRASE_MIN_EVIDENCE = 6;
/** …of which this many are rare in the pair… */
export const PARAPHRASE_MIN_RARE_FEATURES = 3;
/**
 * …and this many are not names. Two stories about one summit share every name in it;
 * reporting the same fact shares its ordinary words ("party official in charge of munitions
 * policies").
 */
export const PARAPHRASE_MIN_PLAIN_FEATURES = 4;
/** …and each sentence says mostly what the other says (see Overlap.containment). */
export const PARAPHRASE_MIN_CONTAINMENT = 0.45;

export interface PairVerdict {
  kind: PassageKind;
  score: number;
  /** For a shared quote: token ranges of the two quotations. */
  quoteA: [number, number] | null;
  quoteB: [number, number] | null;
  /** A spin of a short sentence with few words in common: kept only next to other copying. */
  needsContext?: boolean;
  /** A spin that alone is no evidence of copying: a paraphrase unless copying surrounds it. */
  weakAlone?: boolean;
}

function featureCount(text: PreparedText, sentence: number): number {
  return (
    (text.sentenceFeatureStarts[sentence + 1] ?? 0) - (text.sentenceFeatureStarts[sentence] ?? 0)
  );
}

function isIdentical(
  a: PreparedText,
  fromA: number,
  b: PreparedText,
  fromB: number,
  length: number,
) {
  for (let offset = 0; offset < length; offset++) {
    if (a.tokenIds[fromA + offset] !== b.tokenIds[fromB + offset]) return false;
  }
  return true;
}

/** The verdict for a shared quotation. */
function quoteVerdict(quote: SharedQuote): PairVerdict {
  return { kind: 'shared-quote', score: quote.score, quoteA: quote.quoteA, quoteB: quote.quoteB };
}

/**
 * What sentence `sentenceA` of A and `sentenceB` of B share, or null for nothing. `inContext`
 * says the sentences sit between copied pairs, where a spin needs no content word in common:
 * a short sentence may have had all of its few content words swapped.
 */
export function classifyPair(
  a: PreparedText,
  sentenceA: number,
  b: PreparedText,
  sentenceB: number,
  weights: PairWeights,
  marks: FeatureMarks,
  inContext = false,
): PairVerdict | null {
  const fromA = a.sentenceTokenStarts[sentenceA] ?? 0;
  const toA = a.sentenceTokenStarts[sentenceA + 1] ?? 0;
  const fromB = b.sentenceTokenStarts[sentenceB] ?? 0;
  const toB = b.sentenceTokenStarts[sentenceB + 1] ?? 0;
  const lengthA = toA - fromA;
  const lengthB = toB - fromB;
  if (lengthA === 0 || lengthB === 0) return null;
  if (lengthA === lengthB && isIdentical(a, fromA, b, fromB, lengthA)) {
    return { kind: 'verbatim', score: 1, quoteA: null, quoteB: null };
  }

  // The same quotation attributed in other words ("said Adrienne Watson" / "John Kirby …
  // telling reporters") is a shared quote even when the rest would pass for a spin.
  const quote = findSharedQuote(a, sentenceA, b, sentenceB);
  if (quote?.attributed) return quoteVerdict(quote);

  const { common, localEdits, clashes } = lcsAlignment(
    a.tokenIds,
    fromA,
    toA,
    b.tokenIds,
    fromB,
    toB,
    SPUN_MAX_GAP,
    { a: a.tokenDistinctive, b: b.tokenDistinctive },
  );
  const overlap = contentOverlap(a, sentenceA, b, sentenceB, weights, marks);
  const similarity = dice(common, lengthA, lengthB);
  const local = (2 * common + localEdits) / (lengthA + lengthB);
  const lengthRatio = Math.min(lengthA, lengthB) / Math.max(lengthA, lengthB);
  const fewerFeatures = Math.min(featureCount(a, sentenceA), featureCount(b, sentenceB));
  const neededFeatures = inContext
    ? 0
    : Math.min(SPUN_MIN_SHARED_FEATURES, Math.ceil(fewerFeatures / 2));
  if (
    similarity >= SPUN_MIN_DICE &&
    local >= SPUN_MIN_LOCAL_SHARE &&
    (clashes === 0 || similarity >= SPUN_MIN_DICE_WITH_CLASH) &&
    lengthRatio >= SPUN_MIN_LENGTH_RATIO &&
    overlap.shared >= neededFeatures
  ) {
    const needsContext =
      Math.min(lengthA, lengthB) < SHORT_SENTENCE_TOKENS && similarity < SHORT_SPUN_MIN_DICE;
    const weakAlone = Math.min(lengthA, lengthB) < ISOLATED_SPUN_MIN_TOKENS || clashes > 0;
    return { kind: 'spun', score: similarity, quoteA: null, quoteB: null, needsContext, weakAlone };
  }
  if (quote) return quoteVerdict(quote);
  if (
    overlap.weightedDice >= PARAPHRASE_MIN_WEIGHTED_DICE &&
    overlap.evidence >= PARAPHRASE_MIN_EVIDENCE &&
    overlap.rare >= PARAPHRASE_MIN_RARE_FEATURES &&
    overlap.plain >= PARAPHRASE_MIN_PLAIN_FEATURES &&
    overlap.containment >= PARAPHRASE_MIN_CONTAINMENT
  ) {
    return { kind: 'paraphrase', score: overlap.weightedDice, quoteA: null, quoteB: null };
  }
  return null;
}
