import type { QuoteRegion } from './quotes';
import type { SentenceSegment } from './sentences';

export interface QuoteTokenIndex {
  sentenceQuoteStarts: Int32Array;
  quoteTokenStarts: Int32Array;
  quoteTokenEnds: Int32Array;
}

/** First token in [from, to) whose start is at or after `offset` (`to` when none). */
function firstTokenFrom(starts: Int32Array, from: number, to: number, offset: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The token range inside each quotation, grouped by the sentence its opening mark is in and
 * clipped to that sentence (a single quote may run past a sentence end; a double one cannot).
 * Quotations without words are dropped.
 */
export function quoteTokens(
  quotes: readonly QuoteRegion[],
  sentences: readonly SentenceSegment[],
  sentenceTokenStarts: Int32Array,
  tokenStarts: Int32Array,
  tokenEnds: Int32Array,
): QuoteTokenIndex {
  const sentenceQuoteStarts = new Int32Array(sentences.length + 1);
  const starts: number[] = [];
  const ends: number[] = [];
  let quote = 0;
  sentences.forEach((sentence, index) => {
    sentenceQuoteStarts[index] = starts.length;
    while (quote < quotes.length && (quotes[quote]?.open ?? 0) < sentence.start) quote++;
    const firstToken = sentenceTokenStarts[index] ?? 0;
    const endToken = sentenceTokenStarts[index + 1] ?? 0;
    for (; quote < quotes.length; quote++) {
      const region = quotes[quote];
      if (region === undefined || region.open >= sentence.end) break;
      const start = firstTokenFrom(tokenStarts, firstToken, endToken, region.open + 1);
      let end = start;
      while (end < endToken && (tokenEnds[end] ?? 0) <= region.close) end++;
      if (end > start) {
        starts.push(start);
        ends.push(end);
      }
    }
  });
  sentenceQuoteStarts[sentences.length] = starts.length;
  return {
    sentenceQuoteStarts,
    quoteTokenStarts: Int32Array.from(starts),
    quoteTokenEnds: Int32Array.from(ends),
  };
}
