import { readSeeds } from '../../testing/seeds';
import { describe, expect, it } from 'vitest';
import type { SourceFacts } from '../align';
import { compareCorpus, type CorpusDocument } from './compare-corpus';
import { spin, wordSalad } from './test-corpus';

const seeds = readSeeds();

const facts = (id: number): SourceFacts => ({
  id,
  label: String(id).padStart(3, '0'),
  attribution: '',
  outlet: '',
  url: '',
  publishedDate: '',
});

/** Ids 1–5: the seeds (2 is a spun copy of 1); 6: seed 3 re-headlined; 7: seed 4 spun; 8–15: salads. */
const texts = [
  ...seeds,
  `Kim lands in Russia\n\n${seeds[2] ?? ''}`,
  spin(seeds[3] ?? '', 0.3, 1),
  ...Array.from({ length: 8 }, (_, index) => wordSalad(seeds.join('\n'), 25, index)),
];
const docs: CorpusDocument[] = texts.map((text, index) => ({ facts: facts(index + 1), text }));

const pairsOf = (results: ReturnType<typeof compareCorpus>) =>
  results.map(({ relation }) => `${relation.a}-${relation.b}:${relation.verdict}`);

describe('compareCorpus', () => {
  const progress: Array<[number, number]> = [];
  const results = compareCorpus(docs, {
    onProgress: (done, total) => progress.push([done, total]),
  });
  const found = pairsOf(results);

  it('finds the spun seed, the duplicate and the spun copy as derived copies', () => {
    expect(found).toContain('1-2:derived-copy');
    expect(found).toContain('3-6:derived-copy');
    expect(found).toContain('4-7:derived-copy');
  });

  it('reports no independent pairs and never pairs the unrelated texts', () => {
    expect(results.every(({ relation }) => relation.verdict !== 'independent')).toBe(true);
    expect(results.filter(({ relation }) => relation.b >= 8)).toEqual([]);
  });

  it('aligns fewer pairs than all of them, and progress reaches the total', () => {
    const total = progress[0]?.[1] ?? 0;
    expect(total).toBeGreaterThanOrEqual(3);
    expect(total).toBeLessThan((docs.length * (docs.length - 1)) / 2);
    expect(progress[0]).toEqual([0, total]);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.map(([done]) => done)).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
  });

  it('orients every pair smaller id first, whatever the input order', () => {
    expect(results.every(({ relation }) => relation.a < relation.b)).toBe(true);
    expect(pairsOf(compareCorpus([...docs].reverse())).sort()).toEqual([...found].sort());
  });

  it('gives the same result on every run', () => {
    expect(compareCorpus(docs)).toEqual(results);
  });

  it('with `only`, compares only pairs involving those sources', () => {
    const onlyProgress: number[] = [];
    const restricted = compareCorpus(docs, {
      only: new Set([7]),
      onProgress: (_, total) => onlyProgress.push(total),
    });
    expect(pairsOf(restricted)).toContain('4-7:derived-copy');
    expect(restricted.every(({ relation }) => relation.a === 7 || relation.b === 7)).toBe(true);
    expect(onlyProgress[0]).toBeLessThan(progress[0]?.[1] ?? 0);
    expect(pairsOf(restricted)).toEqual(found.filter((pair) => /(^7-|-7:)/.test(pair)));
  });

  it('handles an empty corpus and a single document', () => {
    const calls: Array<[number, number]> = [];
    expect(compareCorpus([], { onProgress: (done, total) => calls.push([done, total]) })).toEqual(
      [],
    );
    expect(calls).toEqual([[0, 0]]);
    expect(compareCorpus(docs.slice(0, 1))).toEqual([]);
  });
});

describe('compareCorpus, exhaustive below a size', () => {
  it('aligns every pair of a small corpus, finding the lone shared quote LSH passes over', () => {
    const seedDocs = docs.slice(0, 5);
    const filtered = pairsOf(compareCorpus(seedDocs));
    const totals: number[] = [];
    const exhaustive = pairsOf(
      compareCorpus(seedDocs, { exhaustiveUpTo: 5, onProgress: (_, total) => totals.push(total) }),
    );
    expect(totals[0]).toBe(10);
    // 002 and 004 share only a quote, attributed to two different officials.
    expect(exhaustive).toContain('3-5:shares-passages');
    expect(exhaustive).toEqual(expect.arrayContaining(filtered));
  });

  it('restricts exhaustive pairs to those involving `only`', () => {
    const totals: number[] = [];
    compareCorpus(docs.slice(0, 5), {
      exhaustiveUpTo: 5,
      only: new Set([5]),
      onProgress: (_, total) => totals.push(total),
    });
    expect(totals[0]).toBe(4);
  });
});
