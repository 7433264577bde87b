import { describe, expect, it } from 'vitest';
import { sliceByCodePoints } from '../text/code-points';
import { prepareText, type PreparedText } from './prepare';
import { Vocabulary } from './vocabulary';

function range(array: Int32Array, starts: Int32Array, index: number): number[] {
  return Array.from(array.subarray(starts[index] ?? 0, starts[index + 1] ?? 0));
}

function sentenceForms(text: PreparedText, sentence: number): string[] {
  return Array.from(
    text.tokenIds.subarray(
      text.sentenceTokenStarts[sentence],
      text.sentenceTokenStarts[sentence + 1],
    ),
    (id) => text.vocabulary.formOf(id),
  );
}

describe('prepareText', () => {
  const source =
    '😀 Mr. Kim’s train left. “The train is late,” officials said.\r\n\r\nThe train left again.';
  const text = prepareText(source, new Vocabulary());

  it('splits sentences with code-point spans and paragraph indexes', () => {
    expect(text.sentenceCount).toBe(3);
    expect(
      text.sentenceSpans.map((span) => sliceByCodePoints(source, span.start, span.end)),
    ).toEqual([
      '😀 Mr. Kim’s train left.',
      '“The train is late,” officials said.',
      'The train left again.',
    ]);
    expect(Array.from(text.sentenceParagraphs)).toEqual([0, 0, 1]);
    expect(sentenceForms(text, 0)).toEqual(['mr', "kim's", 'train', 'left']);
  });

  it('indexes content features per sentence and their postings', () => {
    const featureForms = Array.from(text.featureIds, (id) => text.vocabulary.formOf(id));
    expect([...featureForms].sort()).toEqual(['kim', 'late', 'left', 'official', 'train']);
    const train = featureForms.indexOf('train');
    expect(range(text.postings, text.postingStarts, train)).toEqual([0, 1, 2]);
    expect(text.featureSentenceCounts[train]).toBe(3);
    for (let sentence = 0; sentence < text.sentenceCount; sentence++) {
      const features = range(text.sentenceFeatures, text.sentenceFeatureStarts, sentence);
      expect(new Set(features).size).toBe(features.length);
    }
    expect(Array.from(text.featureIds)).toEqual([...text.featureIds].sort((x, y) => x - y));
  });

  it('finds the tokens inside each quotation', () => {
    expect(Array.from(text.sentenceQuoteStarts)).toEqual([0, 0, 1, 1]);
    const [start = 0] = text.quoteTokenStarts;
    const [end = 0] = text.quoteTokenEnds;
    expect(
      Array.from(text.tokenIds.subarray(start, end), (id) => text.vocabulary.formOf(id)),
    ).toEqual(['the', 'train', 'is', 'late']);
  });

  it('counts word characters in code points and marks capitals', () => {
    expect(text.wordCharacters).toBe(Array.from(source.matchAll(/[\p{L}\p{N}]/gu)).length);
    expect(Array.from(text.tokenCapitalized.subarray(0, 4))).toEqual([1, 1, 0, 0]);
    expect(prepareText('Jo Chun-ryong', new Vocabulary()).tokenCapitalized).toEqual(
      Uint8Array.from([1, 1, 1]),
    );
  });

  it('hashes equal sentences equally, whatever their punctuation', () => {
    const again = prepareText('The train, left again!', text.vocabulary);
    expect(again.sentenceHashes[0]).toBe(text.sentenceHashes[2]);
    expect(again.sentenceHashes[0]).not.toBe(text.sentenceHashes[0]);
  });

  it('handles empty text', () => {
    const empty = prepareText('', new Vocabulary());
    expect(empty.sentenceCount).toBe(0);
    expect(empty.tokenCount).toBe(0);
    expect(empty.wordCharacters).toBe(0);
  });
});
