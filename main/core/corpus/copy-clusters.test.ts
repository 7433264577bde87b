import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../testing/seeds';
import { prepareText, Vocabulary } from '../align';
import { DEFAULT_COPY_CLUSTERS, documentWords, findCopyClusters, jaccard } from './copy-clusters';
import { sentenceSets } from './sentence-sets';
import { spin, unrelatedStory } from './test-corpus';

const seeds = readSeeds();
const vocabulary = new Vocabulary();
const hashes = new Map<number, number>();
const wordsOf = (text: string) =>
  documentWords(sentenceSets(prepareText(text, vocabulary), hashes));
const inOrder = (count: number) => Array.from({ length: count }, (_, index) => index);

describe('documentWords', () => {
  it('is the sorted, duplicate-free union of the sentence sets', () => {
    const words = documentWords([
      Uint32Array.of(3, 9),
      Uint32Array.of(1, 3, 7),
      Uint32Array.of(),
      Uint32Array.of(9),
    ]);
    expect(Array.from(words)).toEqual([1, 3, 7, 9]);
    expect(documentWords([])).toHaveLength(0);
  });
});

describe('jaccard', () => {
  it('measures shared over either', () => {
    expect(jaccard(Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3, 4))).toBe(0.5);
    expect(jaccard(Uint32Array.of(1), Uint32Array.of(1))).toBe(1);
    expect(jaccard(Uint32Array.of(), Uint32Array.of())).toBe(0);
    expect(jaccard(Uint32Array.of(1), undefined)).toBe(0);
  });
});

describe('findCopyClusters', () => {
  // 0: seed 002; 1–4: 002 with 10% of its long words spun four ways; 5–7: three other stories;
  // 8: seed 003; 9: 003 re-headlined.
  const texts = [
    seeds[2] ?? '',
    ...[1, 2, 3, 4].map((seed) => spin(seeds[2] ?? '', 0.1, seed)),
    ...[0, 1, 2].map((index) => unrelatedStory(25, index)),
    seeds[3] ?? '',
    `Kim lands in Russia\n\n${seeds[3] ?? ''}`,
  ];
  const words = texts.map(wordsOf);

  it('puts near-copies under the first of them and leaves other stories alone', () => {
    const of = findCopyClusters(words, inOrder(words.length));
    expect(Array.from(of)).toEqual([0, 0, 0, 0, 0, 5, 6, 7, 8, 8]);
  });

  it('takes documents in the given order: the first in that order represents the cluster', () => {
    const order = inOrder(words.length).reverse();
    const of = findCopyClusters(words, order);
    expect(Array.from(of)).toEqual([4, 4, 4, 4, 4, 5, 6, 7, 9, 9]);
  });

  it('joins a representative only, so a cluster does not drift through a chain of edits', () => {
    // a ~ b and b ~ c, but a and c are too far apart: c does not join a through b.
    const a = Uint32Array.from({ length: 100 }, (_, index) => index);
    const b = Uint32Array.from({ length: 100 }, (_, index) => index + 20);
    const c = Uint32Array.from({ length: 100 }, (_, index) => index + 40);
    expect(jaccard(a, b)).toBeGreaterThan(DEFAULT_COPY_CLUSTERS.minJaccard);
    expect(jaccard(a, c)).toBeLessThan(DEFAULT_COPY_CLUSTERS.minJaccard);
    expect(Array.from(findCopyClusters([a, b, c], [0, 1, 2]))).toEqual([0, 0, 2]);
  });

  it('never clusters texts too short to tell apart', () => {
    const short = Uint32Array.of(1, 2, 3, 4, 5);
    expect(Array.from(findCopyClusters([short, short.slice()], [0, 1]))).toEqual([0, 1]);
  });

  it('keeps apart documents that share half their words, however many share them', () => {
    // 300 templated documents: every band can collide, none is a copy of another.
    const shared = Array.from({ length: 40 }, (_, index) => index);
    const documents = Array.from({ length: 300 }, (_, doc) =>
      Uint32Array.from([...shared, ...Array.from({ length: 40 }, (_, i) => 1000 + doc * 40 + i)]),
    );
    const of = findCopyClusters(documents, inOrder(documents.length));
    expect(Array.from(of)).toEqual(inOrder(documents.length));
  });
});
