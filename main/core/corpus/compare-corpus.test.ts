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

describe('compareCorpus, copy clusters', () => {
  const half = (text: string) => text.slice(0, Math.floor(text.length / 2));
  /**
   * 1–5: seed 002 and four spun copies of it (10% of long words); 6–9: seed 003 and three spun
   * copies; 10: the first half of 002 with another story after it; 11–12: seeds 000 and 004;
   * 13–16: salads.
   */
  const clustered: CorpusDocument[] = [
    seeds[2] ?? '',
    ...[1, 2, 3, 4].map((seed) => spin(seeds[2] ?? '', 0.1, seed)),
    seeds[3] ?? '',
    ...[1, 2, 3].map((seed) => spin(seeds[3] ?? '', 0.1, seed)),
    `${half(seeds[2] ?? '')}\n\n${wordSalad(seeds[4] ?? '', 12, 99)}`,
    seeds[0] ?? '',
    seeds[4] ?? '',
    ...Array.from({ length: 4 }, (_, index) => wordSalad(seeds.join('\n'), 25, 50 + index)),
  ].map((text, index) => ({ facts: facts(index + 1), text }));
  const progress: Array<[number, number]> = [];
  const results = compareCorpus(clustered, {
    onProgress: (done, total) => progress.push([done, total]),
  });
  const direct = compareCorpus(clustered, { copyClusters: false });
  const derivedPairs = results.filter(({ alignment }) => alignment.derivedVia);

  it('aligns each member with its representative and derives the other pairs of the cluster', () => {
    const ids = (list: typeof results) =>
      list.map(({ relation }) => `${relation.a}-${relation.b}`).sort();
    const aligned = results.filter(({ alignment }) => !alignment.derivedVia);
    expect(ids(aligned)).toEqual(expect.arrayContaining(['1-2', '1-3', '1-4', '1-5', '6-7']));
    expect(ids(derivedPairs)).toEqual(expect.arrayContaining(['2-3', '2-5', '4-5', '7-9']));
    for (const { relation, alignment } of derivedPairs) {
      if (relation.b <= 5) expect(alignment.derivedVia).toEqual([1]);
      expect(relation.explanation).toMatch(/near-identical cop/);
    }
    // 10 holds half of 002: aligned with the representative, derived for the members.
    expect(ids(aligned)).toContain('1-10');
    expect(ids(derivedPairs)).toEqual(expect.arrayContaining(['2-10', '5-10']));
  }, 30_000);

  it('reaches the verdicts aligning every candidate pair reaches', () => {
    const verdicts = (list: typeof results) =>
      list.map(({ relation }) => `${relation.a}-${relation.b}:${relation.verdict}`).sort();
    expect(verdicts(results)).toEqual(verdicts(direct));
    const extents = (list: typeof results) =>
      list.map(({ relation }) => `${relation.a}-${relation.b}:${relation.extent}`).sort();
    expect(extents(results)).toEqual(extents(direct));
  }, 30_000);

  it('counts progress over every pair, aligned or derived', () => {
    const total = progress[0]?.[1] ?? 0;
    expect(total).toBeGreaterThanOrEqual(results.length);
    expect(progress.map(([done]) => done)).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
  }, 30_000);

  it('with `only`, gives the pairs of a new member exactly as the whole run does', () => {
    const restricted = compareCorpus(clustered, { only: new Set([4]) });
    expect(restricted).toEqual(
      results.filter(({ relation }) => relation.a === 4 || relation.b === 4),
    );
    expect(restricted.some(({ alignment }) => alignment.derivedVia)).toBe(true);
  }, 30_000);

  it('reports each document read before the pairs', () => {
    const calls: string[] = [];
    compareCorpus(clustered, {
      onRead: (done, total) => calls.push(`read ${done}/${total}`),
      onProgress: (done) => {
        if (done === 0) calls.push('pairs');
      },
    });
    expect(calls).toEqual([
      ...clustered.map((_, index) => `read ${index + 1}/${clustered.length}`),
      'pairs',
    ]);
  }, 30_000);

  it('streams comparisons to onResult and returns none itself', () => {
    const streamed: typeof results = [];
    expect(compareCorpus(clustered, { onResult: (result) => streamed.push(result) })).toEqual([]);
    expect(streamed).toEqual(results);
  }, 30_000);

  it('gives the same pairs whatever the input order', () => {
    const reversed = compareCorpus([...clustered].reverse());
    const key = (list: typeof results) =>
      list.map(({ relation }) => `${relation.a}-${relation.b}:${relation.verdict}`).sort();
    expect(key(reversed)).toEqual(key(results));
  }, 30_000);

  it('changes nothing on a corpus without near-identical texts', () => {
    const distinct = clustered.filter(({ facts: { id } }) => ![2, 3, 4, 5, 7, 8, 9].includes(id));
    expect(compareCorpus(distinct)).toEqual(compareCorpus(distinct, { copyClusters: false }));
  }, 30_000);
});
