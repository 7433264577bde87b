// Shared quotations: the same quoted words in both sentences, whoever they are attributed to.

import { dice, lcsLength, longestCommonRun } from './lcs';
import type { PreparedText } from './prepare';

/**
 * A run of tokens common to quotations on both sides: this long whatever its words…
 */
export const QUOTE_LONG_RUN = 8;
/** …or this long with QUOTE_MIN_RUN_FEATURES content words ("find it hard to believe that"
 * and "at the end of the day" are idioms, not quotes)… */
export const QUOTE_MIN_RUN = 6;
export const QUOTE_MIN_RUN_FEATURES = 4;
/** …or this long, most of the shorter quotation and with QUOTE_MIN_SHORT_FEATURES of them. */
export const QUOTE_MIN_SHORT_RUN = 5;
export const QUOTE_MIN_SHORT_SHARE = 0.6;
export const QUOTE_MIN_SHORT_FEATURES = 3;
/** The words around the quotations are less alike than this (LCS Dice): other framing. */
export const QUOTE_MAX_FRAMING_DICE = 0.5;
/** Framing of at least this many tokens on both sides is an attribution of its own. */
export const QUOTE_MIN_ATTRIBUTION = 2;

export interface SharedQuote {
  /** Token ranges [start, end) of the two quotations. */
  quoteA: [number, number];
  quoteB: [number, number];
  /** LCS Dice of the two quotations. */
  score: number;
  /** Whether both sentences attribute the quote in words of their own (≥ 2 tokens each). */
  attributed: boolean;
}

/** Token ids of a sentence outside all its quotations. */
function framing(text: PreparedText, sentence: number): Int32Array {
  const from = text.sentenceTokenStarts[sentence] ?? 0;
  const to = text.sentenceTokenStarts[sentence + 1] ?? 0;
  const inside = new Uint8Array(to - from);
  const quotesEnd = text.sentenceQuoteStarts[sentence + 1] ?? 0;
  for (let quote = text.sentenceQuoteStarts[sentence] ?? 0; quote < quotesEnd; quote++) {
    inside.fill(
      1,
      (text.quoteTokenStarts[quote] ?? 0) - from,
      (text.quoteTokenEnds[quote] ?? 0) - from,
    );
  }
  return text.tokenIds.slice(from, to).filter((_, index) => inside[index] === 0);
}

function featuresIn(text: PreparedText, from: number, to: number): number {
  let count = 0;
  for (let token = from; token < to; token++) if ((text.tokenFeatures[token] ?? -1) >= 0) count++;
  return count;
}

/** The pair of quotations with the longest common run, when it is long enough to be shared. */
function bestQuotes(a: PreparedText, sentenceA: number, b: PreparedText, sentenceB: number) {
  let best: { quoteA: [number, number]; quoteB: [number, number]; run: number } | null = null;
  const endA = a.sentenceQuoteStarts[sentenceA + 1] ?? 0;
  const endB = b.sentenceQuoteStarts[sentenceB + 1] ?? 0;
  for (let qa = a.sentenceQuoteStarts[sentenceA] ?? 0; qa < endA; qa++) {
    const fromA = a.quoteTokenStarts[qa] ?? 0;
    const toA = a.quoteTokenEnds[qa] ?? 0;
    for (let qb = b.sentenceQuoteStarts[sentenceB] ?? 0; qb < endB; qb++) {
      const fromB = b.quoteTokenStarts[qb] ?? 0;
      const toB = b.quoteTokenEnds[qb] ?? 0;
      const common = longestCommonRun(a.tokenIds, fromA, toA, b.tokenIds, fromB, toB);
      const run = common.length;
      const shorter = Math.min(toA - fromA, toB - fromB);
      const features =
        run >= QUOTE_MIN_SHORT_RUN ? featuresIn(a, common.endA - run, common.endA) : 0;
      const shared =
        run >= QUOTE_LONG_RUN ||
        (run >= QUOTE_MIN_RUN && features >= QUOTE_MIN_RUN_FEATURES) ||
        (run >= QUOTE_MIN_SHORT_SHARE * shorter && features >= QUOTE_MIN_SHORT_FEATURES);
      if (shared && (best === null || run > best.run)) {
        best = { quoteA: [fromA, toA], quoteB: [fromB, toB], run };
      }
    }
  }
  return best;
}

/**
 * The quotation the two sentences share when its words are the same and the words around it
 * differ, or null.
 */
export function findSharedQuote(
  a: PreparedText,
  sentenceA: number,
  b: PreparedText,
  sentenceB: number,
): SharedQuote | null {
  const quote = bestQuotes(a, sentenceA, b, sentenceB);
  if (!quote) return null;
  const framingA = framing(a, sentenceA);
  const framingB = framing(b, sentenceB);
  const framingCommon = lcsLength(framingA, 0, framingA.length, framingB, 0, framingB.length);
  if (dice(framingCommon, framingA.length, framingB.length) >= QUOTE_MAX_FRAMING_DICE) return null;
  const [fromA, toA] = quote.quoteA;
  const [fromB, toB] = quote.quoteB;
  const quoted = lcsLength(a.tokenIds, fromA, toA, b.tokenIds, fromB, toB);
  return {
    quoteA: quote.quoteA,
    quoteB: quote.quoteB,
    score: dice(quoted, toA - fromA, toB - fromB),
    attributed: Math.min(framingA.length, framingB.length) >= QUOTE_MIN_ATTRIBUTION,
  };
}
