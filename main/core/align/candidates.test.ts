import { describe, expect, it } from 'vitest';
import { CANDIDATES_PER_SENTENCE, findCandidates } from './candidates';
import { pairWeights } from './pair-weights';
import { prepareText } from './prepare';
import { alignTexts } from './align';
import { Vocabulary } from './vocabulary';

const sentences = Array.from(
  { length: 60 },
  (_, index) =>
    `Report ${index} says the company number${index} sold unit${index} shares to fund${index} in market${index % 7}.`,
);

describe('findCandidates', () => {
  it('proposes a few candidates per sentence, never all against all', () => {
    const vocabulary = new Vocabulary();
    const a = prepareText(sentences.join(' '), vocabulary);
    const b = prepareText([...sentences].reverse().join(' '), vocabulary);
    const candidates = findCandidates(a, b, pairWeights(a, b));
    expect(candidates.count).toBeLessThanOrEqual(a.sentenceCount * (CANDIDATES_PER_SENTENCE + 1));
    // Each sentence finds its twin, wherever it moved.
    for (let sentence = 0; sentence < a.sentenceCount; sentence++) {
      const found = [...candidates.b.keys()]
        .filter((index) => candidates.a[index] === sentence)
        .map((index) => candidates.b[index]);
      expect(found).toContain(a.sentenceCount - 1 - sentence);
    }
  });

  it('finds a sentence moved from the end to the start, changed or not', () => {
    const a = sentences.slice(0, 20).join(' ');
    const moved = [sentences[19], ...sentences.slice(0, 19)].join(' ');
    expect(alignTexts(a, moved).coverage).toEqual([1, 1]);
    const spunMoved = [
      'Report 19 states the company number19 sold unit19 stock to fund19 in market5.',
      ...sentences.slice(0, 19),
    ].join(' ');
    const alignment = alignTexts(a, spunMoved);
    expect(alignment.passages.map((passage) => passage.kind)).toEqual(['verbatim', 'spun']);
  });

  it('finds identical sentences without content words', () => {
    expect(alignTexts('It is what it is.', 'Yes. It is what it is.').coverage).toEqual([1, 0.8]);
  });
});
