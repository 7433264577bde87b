import { readSeeds } from '../../testing/seeds';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LSH, findCandidatePairs } from './candidate-pairs';
import { prepareText, Vocabulary } from '../align';
import { sentenceSets } from './sentence-sets';
import { spin, unrelatedStory, wordSalad } from './test-corpus';

const seeds = readSeeds();
const allSeeds = seeds.join('\n');

/**
 * 0–4: the seeds (001 is a spun copy of 000); 5: 002 re-headlined; 6: 003 spun; 7–16: other
 * stories; 17–26: salads of the seeds' words (same vocabulary, no shared sentence).
 */
const texts = [
  ...seeds,
  `Kim lands in Russia\n\n${seeds[2] ?? ''}`,
  spin(seeds[3] ?? '', 0.3, 1),
  ...Array.from({ length: 10 }, (_, index) => unrelatedStory(25, index)),
  ...Array.from({ length: 10 }, (_, index) => wordSalad(allSeeds, 25, index)),
];
const SALADS = 17;
const vocabulary = new Vocabulary();
const sets = (text: string) => sentenceSets(prepareText(text, vocabulary));
const features = texts.map(sets);

describe('findCandidatePairs', () => {
  const { pairs, stats } = findCandidatePairs(features);

  it('finds the spun seed, the duplicate and the spun copy', () => {
    expect(pairs).toContainEqual([0, 1]);
    expect(pairs).toContainEqual([2, 5]);
    expect(pairs).toContainEqual([3, 6]);
    expect(stats.collisionsVerified).toBe(pairs.length);
  });

  it('never proposes unrelated stories', () => {
    expect(pairs.filter(([i, j]) => (i >= 7 && i < SALADS) || (j >= 7 && j < SALADS))).toEqual([]);
  });

  it('turns away almost all chance collisions between texts sharing only vocabulary', () => {
    const saladPairs = pairs.filter(([, j]) => j >= SALADS);
    // 10 salads against each other and the 7 seed texts: 115 pairs, all sharing many words.
    expect(saladPairs.length).toBeLessThanOrEqual(3);
    expect(stats.collisionsChecked).toBeGreaterThan(pairs.length + 20);
  });

  it('returns ascending pairs and the same pairs on every run', () => {
    expect(pairs.every(([i, j]) => i < j)).toBe(true);
    expect([...pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1])).toEqual(pairs);
    expect(findCandidatePairs(features).pairs).toEqual(pairs);
  });

  it('with `involves`, checks and returns only pairs with an accepted document', () => {
    const only = findCandidatePairs(features, { involves: (index) => index === 6 });
    expect(only.pairs).toContainEqual([3, 6]);
    expect(only.pairs.every((pair) => pair.includes(6))).toBe(true);
    expect(only.stats.collisionsChecked).toBeLessThan(stats.collisionsChecked);
  });

  it('skips a sentence shared by more documents than the boilerplate limit', () => {
    const footer = 'Reporting by the Seoul bureau staff with additional wire agency material.';
    const stories = Array.from({ length: 8 }, (_, index) =>
      sets(`${wordSalad(allSeeds, 10, 100 + index)}\n${footer}`),
    );
    expect(findCandidatePairs(stories).pairs).toHaveLength(28);
    const limited = findCandidatePairs(stories, {
      parameters: { ...DEFAULT_LSH, maxBucketDocuments: 7 },
    });
    expect(limited.pairs).toEqual([]);
    expect(limited.stats.bucketsSkipped).toBeGreaterThan(0);
  });

  it('indexes only sentences long enough to tell', () => {
    expect(stats.indexedSentences).toBeLessThan(stats.sentences);
    const short = findCandidatePairs([
      [Uint32Array.from([1, 2, 3])],
      [Uint32Array.from([1, 2, 3])],
    ]);
    expect(short.pairs).toEqual([]);
  });
});
