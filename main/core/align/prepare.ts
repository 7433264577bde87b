// A text made ready for alignment, once, so a corpus of N texts is tokenised N times rather than
// N² times. Everything per token or per sentence lives in typed arrays: alignment walks them in
// tight loops, and a corpus index (MinHash, LSH) can read ids and features without copying.

import type { Span } from '../../../preload/contract';
import { CodePointCursor } from './code-point-cursor';
import { quoteTokens } from './quote-tokens';
import { segmentText } from './sentences';
import { capitals, distinctiveTokens } from './token-flags';
import { tokenize } from './tokens';
import type { Vocabulary } from './vocabulary';

export interface PreparedText {
  readonly text: string;
  /** The vocabulary the ids come from; only texts sharing one can be aligned. */
  readonly vocabulary: Vocabulary;
  /** Letters, marks and digits in the whole text, in code points. */
  readonly wordCharacters: number;

  readonly tokenCount: number;
  /** Vocabulary id of each token's normalised form; equal ids mean equal words. */
  readonly tokenIds: Int32Array;
  /** UTF-16 offsets of each token in `text`. */
  readonly tokenStarts: Int32Array;
  readonly tokenEnds: Int32Array;
  /** Index into `featureIds` of each token's content feature, or -1 for a stop word. */
  readonly tokenFeatures: Int32Array;
  /** 1 when a token starts with a capital letter (names, sentence starts), else 0. */
  readonly tokenCapitalized: Uint8Array;
  /**
   * 1 for tokens that pin a sentence to one fact: numbers, and capitalised content words
   * inside a sentence (names). A spinner swaps neither.
   */
  readonly tokenDistinctive: Uint8Array;
  /** Word characters before each token (length tokenCount + 1), for coverage. */
  readonly characterPrefix: Int32Array;

  readonly sentenceCount: number;
  /** First token of each sentence (length sentenceCount + 1). */
  readonly sentenceTokenStarts: Int32Array;
  /** Paragraph (line) index of each sentence. */
  readonly sentenceParagraphs: Int32Array;
  /** Code-point span of each sentence in `text`. */
  readonly sentenceSpans: readonly Span[];
  /** Hash of each sentence's token ids: equal sentences have equal hashes. */
  readonly sentenceHashes: Int32Array;
  /** Distinct feature indexes of each sentence: CSR over `sentenceFeatures`. */
  readonly sentenceFeatureStarts: Int32Array;
  readonly sentenceFeatures: Int32Array;
  /** Quotations of each sentence: CSR over the quote arrays, token ranges [start, end). */
  readonly sentenceQuoteStarts: Int32Array;
  readonly quoteTokenStarts: Int32Array;
  readonly quoteTokenEnds: Int32Array;

  /** Vocabulary ids of the distinct content features (stems of non-stop words), ascending. */
  readonly featureIds: Int32Array;
  /** Number of sentences holding each feature. */
  readonly featureSentenceCounts: Int32Array;
  /** Sentences holding each feature, ascending: CSR over `postings`. */
  readonly postingStarts: Int32Array;
  readonly postings: Int32Array;
}

/**
 * The distinct features of a text, ascending, and each token's index among them (-1 for a stop
 * word). Feature ids are small integers from a vocabulary shared by every text prepared
 * together: a long text (a million tokens) is marked in an array as long as the vocabulary, a
 * short one (a news article, against a corpus-wide vocabulary) is sorted, so neither costs more
 * than its own length.
 */
function indexFeatures(features: Int32Array): { ids: Int32Array; tokenFeatures: Int32Array } {
  let largest = -1;
  for (const feature of features) if (feature > largest) largest = feature;
  const tokenFeatures = new Int32Array(features.length).fill(-1);
  if (largest < 4 * features.length) {
    const indexOf = new Int32Array(largest + 1).fill(-1);
    for (const feature of features) if (feature >= 0) indexOf[feature] = 0;
    let count = 0;
    for (let feature = 0; feature <= largest; feature++) if (indexOf[feature] === 0) count++;
    const ids = new Int32Array(count);
    let next = 0;
    for (let feature = 0; feature <= largest; feature++) {
      if (indexOf[feature] !== 0) continue;
      ids[next] = feature;
      indexOf[feature] = next++;
    }
    features.forEach((feature, token) => {
      if (feature >= 0) tokenFeatures[token] = indexOf[feature] ?? -1;
    });
    return { ids, tokenFeatures };
  }
  const sorted = Int32Array.from(features.filter((feature) => feature >= 0)).sort();
  let count = 0;
  for (let index = 0; index < sorted.length; index++) {
    if (index === 0 || sorted[index] !== sorted[index - 1]) sorted[count++] = sorted[index] ?? 0;
  }
  const ids = sorted.slice(0, count);
  features.forEach((feature, token) => {
    if (feature >= 0) tokenFeatures[token] = indexIn(ids, feature);
  });
  return { ids, tokenFeatures };
}

function indexIn(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = sorted[middle] ?? 0;
    if (found === value) return middle;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Segments and tokenises `text`, adding its words to `vocabulary`. `wrapWidth`, when known, is
 * the column the text was hard-wrapped at (see reflow.ts).
 */
export function prepareText(
  text: string,
  vocabulary: Vocabulary,
  wrapWidth?: number,
): PreparedText {
  const { sentences, quotes } = segmentText(text, wrapWidth);
  const tokens = tokenize(text, vocabulary);
  const tokenCount = tokens.count;
  const sentenceCount = sentences.length;

  const characterPrefix = new Int32Array(tokenCount + 1);
  const globalFeatures = new Int32Array(tokenCount);
  for (let token = 0; token < tokenCount; token++) {
    characterPrefix[token + 1] = (characterPrefix[token] ?? 0) + (tokens.characters[token] ?? 0);
    globalFeatures[token] = vocabulary.featureOf(tokens.ids[token] ?? 0);
  }
  const { ids: featureIds, tokenFeatures } = indexFeatures(globalFeatures);

  // Tokens and sentences are both in text order, and every token lies inside one sentence.
  const sentenceTokenStarts = new Int32Array(sentenceCount + 1);
  const sentenceParagraphs = new Int32Array(sentenceCount);
  const sentenceHashes = new Int32Array(sentenceCount);
  const sentenceSpans: Span[] = [];
  const cursor = new CodePointCursor(text);
  let token = 0;
  sentences.forEach((sentence, index) => {
    sentenceTokenStarts[index] = token;
    sentenceParagraphs[index] = sentence.paragraph;
    let hash = 0x811c9dc5;
    while (token < tokenCount && (tokens.starts[token] ?? 0) < sentence.end) {
      hash = Math.imul(hash ^ (tokens.ids[token] ?? 0), 0x01000193);
      token++;
    }
    sentenceHashes[index] = hash;
    sentenceSpans.push({
      start: cursor.toCodePoints(sentence.start),
      end: cursor.toCodePoints(sentence.end),
    });
  });
  sentenceTokenStarts[sentenceCount] = token;

  const featureSentenceCounts = new Int32Array(featureIds.length);
  const sentenceFeatureStarts = new Int32Array(sentenceCount + 1);
  const seenIn = new Int32Array(featureIds.length).fill(-1);
  const sentenceFeatureList: number[] = [];
  for (let sentence = 0; sentence < sentenceCount; sentence++) {
    sentenceFeatureStarts[sentence] = sentenceFeatureList.length;
    const end = sentenceTokenStarts[sentence + 1] ?? 0;
    for (let at = sentenceTokenStarts[sentence] ?? 0; at < end; at++) {
      const feature = tokenFeatures[at] ?? -1;
      if (feature < 0 || seenIn[feature] === sentence) continue;
      seenIn[feature] = sentence;
      sentenceFeatureList.push(feature);
      featureSentenceCounts[feature] = (featureSentenceCounts[feature] ?? 0) + 1;
    }
  }
  sentenceFeatureStarts[sentenceCount] = sentenceFeatureList.length;
  const sentenceFeatures = Int32Array.from(sentenceFeatureList);

  const postingStarts = new Int32Array(featureIds.length + 1);
  for (let feature = 0; feature < featureIds.length; feature++) {
    postingStarts[feature + 1] =
      (postingStarts[feature] ?? 0) + (featureSentenceCounts[feature] ?? 0);
  }
  const postings = new Int32Array(sentenceFeatures.length);
  const filled = postingStarts.slice(0, featureIds.length);
  for (let sentence = 0; sentence < sentenceCount; sentence++) {
    const end = sentenceFeatureStarts[sentence + 1] ?? 0;
    for (let at = sentenceFeatureStarts[sentence] ?? 0; at < end; at++) {
      const feature = sentenceFeatures[at] ?? 0;
      postings[filled[feature] ?? 0] = sentence;
      filled[feature] = (filled[feature] ?? 0) + 1;
    }
  }

  const tokenCapitalized = capitals(text, tokens.starts);
  const quoteIndex = quoteTokens(
    quotes,
    sentences,
    sentenceTokenStarts,
    tokens.starts,
    tokens.ends,
  );
  return {
    text,
    vocabulary,
    wordCharacters: characterPrefix[tokenCount] ?? 0,
    tokenCount,
    tokenIds: tokens.ids,
    tokenStarts: tokens.starts,
    tokenEnds: tokens.ends,
    tokenFeatures,
    tokenCapitalized,
    tokenDistinctive: distinctiveTokens(
      tokens.ids,
      tokenFeatures,
      tokenCapitalized,
      sentenceTokenStarts,
      vocabulary,
    ),
    characterPrefix,
    sentenceCount,
    sentenceTokenStarts,
    sentenceParagraphs,
    sentenceSpans,
    sentenceHashes,
    sentenceFeatureStarts,
    sentenceFeatures,
    ...quoteIndex,
    featureIds,
    featureSentenceCounts,
    postingStarts,
    postings,
  };
}
