import { describe, expect, it } from 'vitest';
import {
  doneWhen,
  growthExponent,
  newsroomOptions,
  newsroomReadmeRefusal,
  renderNewsroomBlock,
  sideBySide,
  type NewsroomFigures,
} from './newsroom-figures';

/** Today's figures from the issue: every target missed. */
const today: NewsroomFigures = {
  scale: 10,
  baseSources: 2225,
  sources: 22_250,
  comparison: {
    baseSeconds: 2.2,
    baseCandidateSeconds: 0.9,
    shingleBaseSeconds: 0.6,
    seconds: 155,
    candidateSeconds: 40,
    peakRssBytes: 2.6 * 2 ** 30,
    shingleSeconds: 7.4,
  },
  query: { p50: 6.6, p95: 20.1, fuzzyP95: 30.6, fts5P50: 2.2, fts5P95: 5.4, p95Ratio: 3.7 },
  open: { ms: 550, fts5Ms: 6.7, ratio: 82 },
  import: { perSecond: 850, perFilePerSecond: 1800, oneTransactionPerSecond: 11_000 },
  build: { seconds: 14.4, fts5Seconds: 2.5 },
};

/** The goals, just met. */
const met: NewsroomFigures = {
  ...today,
  comparison: { ...today.comparison, seconds: 2.2 * 10 ** 1.1, peakRssBytes: 2 ** 30 },
  query: { ...today.query, p95: 10, fuzzyP95: 15, p95Ratio: 2 },
  open: { ...today.open, ms: 150 },
  import: { ...today.import, perSecond: 2000 },
};

describe('newsroomOptions', () => {
  it('defaults to the ×10 replica, no README, the replica comparison on', () => {
    expect(newsroomOptions([], {})).toEqual({
      scale: 10,
      readme: false,
      compareReplica: true,
      articles: null,
    });
  });

  it('reads the flags and their environment twins', () => {
    expect(newsroomOptions(['--scale=100', '--readme'], {})).toMatchObject({
      scale: 100,
      readme: true,
    });
    expect(
      newsroomOptions([], {
        BENCH_SCALE: '100',
        BENCH_README: '1',
        BENCH_NEWSROOM_COMPARE: '0',
        BENCH_NEWSROOM_ARTICLES: '200',
      }),
    ).toEqual({ scale: 100, readme: true, compareReplica: false, articles: 200 });
  });

  it.each(['5', 'all'])('refuses BENCH_NEWSROOM_ARTICLES=%s', (articles) => {
    expect(() => newsroomOptions([], { BENCH_NEWSROOM_ARTICLES: articles })).toThrow(/ARTICLES/);
  });

  it.each(['1', '10.5', 'ten', '5000'])('refuses --scale=%s', (scale) => {
    expect(() => newsroomOptions([`--scale=${scale}`], {})).toThrow(/--scale/);
  });
});

describe('newsroomReadmeRefusal', () => {
  const standard = { scale: 10, readme: true, compareReplica: true, articles: null };

  it('lets a quiet standard run write the README', () => {
    expect(newsroomReadmeRefusal(standard, { maxLoad1: 1.4, maxOthersCores: 0.1 })).toBeNull();
  });

  it.each([
    ['a busy machine', standard, 0.6, /other processes kept 0\.60 cores busy/],
    ['a smoke run', { ...standard, articles: 100 }, 0, /smoke run on 100 articles/],
    ['another scale', { ...standard, scale: 100 }, 0, /×100/],
    ['no replica comparison', { ...standard, compareReplica: false }, 0, /not run/],
  ])('refuses %s', (_, options, others, message) => {
    expect(newsroomReadmeRefusal(options, { maxLoad1: 1.2, maxOthersCores: others })).toMatch(
      message,
    );
  });
});

describe('growthExponent', () => {
  it.each([
    [1, 10, 10, 1],
    [1, 100, 10, 2],
    [2, 200, 100, 1],
  ])('%s → %s over ×%s is %s', (small, large, factor, exponent) => {
    expect(growthExponent(small, large, factor)).toBeCloseTo(exponent, 12);
  });
});

describe('doneWhen', () => {
  const verdicts = (figures: NewsroomFigures) =>
    Object.fromEntries(doneWhen(figures).map((row) => [row.goal, row.pass]));

  it("fails every target on today's figures", () => {
    expect(Object.values(verdicts(today))).toEqual(Array(8).fill(false));
  });

  it('passes every target at its bound', () => {
    expect(Object.values(verdicts(met))).toEqual(Array(8).fill(true));
  });

  it('shows a comparison that was not run as unmeasured, not as passed', () => {
    const skipped = {
      ...met,
      comparison: { ...met.comparison, seconds: null, candidateSeconds: null, peakRssBytes: null },
    };
    const rows = doneWhen(skipped).filter((row) => row.goal.startsWith('comparison'));
    expect(rows.map((row) => [row.measured, row.pass])).toEqual([
      ['not run', null],
      ['not run', null],
      ['not run', null],
    ]);
  });

  it('judges the 30 s and 1 GB bounds only at 22,250 sources', () => {
    const hundred = { ...today, scale: 100, sources: 222_500 };
    const goals = doneWhen(hundred).map((row) => row.goal);
    expect(goals.some((goal) => goal.includes('30 s'))).toBe(false);
    expect(goals[0]).toContain('2,225 → 222,500');
  });
});

describe('renderNewsroomBlock', () => {
  const block = renderNewsroomBlock(today, {
    date: '2026-12-07 20:00 UTC',
    machine: { cpuModel: 'Xeon E5', cores: 2, node: 'v22.23.3', load: [0.31, 0.42, 0.5] },
    maxLoad1: 0.77,
    maxOthersCores: 0.03,
  });

  it('states the conditions: date, CPU, Node, load averages, highest load1', () => {
    expect(block).toContain('2026-12-07 20:00 UTC');
    expect(block).toContain('Xeon E5 ×2 cores, Node v22.23.3, load 0.31 0.42 0.50');
    expect(block).toContain('highest 1-minute load at any figure 0.77');
  });

  it('has the side-by-side table and every target with its verdict', () => {
    expect(block).toContain(
      '| task at 22,250 sources | Corroborate | reference on the same texts | ratio |',
    );
    expect(block).toContain('155.0 s, peak RSS 2.60 GB');
    expect(block).toContain('| import ≥ 2,000 articles/s (plain text) | 850/s | FAIL |');
    expect(block.match(/\| FAIL \|/g)).toHaveLength(8);
  });

  it('shows a reference that was not run as a dash, never NaN', () => {
    const noShingles = { ...today, comparison: { ...today.comparison, shingleSeconds: null } };
    const rows = sideBySide(noShingles);
    expect(rows[0]?.[3]).toBe('—');
    expect(rows.flat().join(' ')).not.toContain('NaN');
  });

  it('carries no marker of its own, so it cannot break the README block it fills', () => {
    expect(block).not.toContain('bench:newsroom');
  });
});
