// The newsroom section's figures as data: how a run is asked for, the "Done when" targets of
// issue 18 beside what was measured, and the README block. Pure, so the verdicts and the text
// the README gets are tested without running the bench.
import { machineText, type Machine } from './conditions';
import { readmeRefusal, type RunLoad } from './readme-block';

export interface NewsroomOptions {
  /** Variants per BBC article: 10 gives the 22,250-text replica, 100 the 222,500 one. */
  scale: number;
  /** Write the README block (refused when the machine was busy). */
  readme: boolean;
  /** Run compareCorpus on the replica (minutes at ×10 today); off only to iterate on the rest. */
  compareReplica: boolean;
  /** Only the first this many BBC articles (a quick smoke run of every path); null for all. */
  articles: number | null;
}

/**
 * `--scale=100` or BENCH_SCALE=100; `--readme` or BENCH_README=1; BENCH_NEWSROOM_COMPARE=0;
 * BENCH_NEWSROOM_ARTICLES=100 for a smoke run on the first 100 articles.
 */
export function newsroomOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): NewsroomOptions {
  const flag = argv.find((arg) => arg.startsWith('--scale='))?.slice('--scale='.length);
  const text = flag ?? env['BENCH_SCALE'] ?? '10';
  const scale = Number(text);
  if (!Number.isInteger(scale) || scale < 2 || scale > 1000) {
    throw new Error(`--scale must be a whole number from 2 to 1000 (got "${text}").`);
  }
  return {
    scale,
    readme: argv.includes('--readme') || env['BENCH_README'] === '1',
    compareReplica: env['BENCH_NEWSROOM_COMPARE'] !== '0',
    articles: articleLimit(env['BENCH_NEWSROOM_ARTICLES']),
  };
}

function articleLimit(text: string | undefined): number | null {
  if (text === undefined || text === '') return null;
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 10) {
    throw new Error(
      `BENCH_NEWSROOM_ARTICLES must be a whole number of at least 10 (got "${text}").`,
    );
  }
  return limit;
}

/**
 * Why this run may not write the README's newsroom block, or null: the block holds the standard
 * run (every article, the ×10 replica, the replica comparison included) from a quiet machine.
 */
export function newsroomReadmeRefusal(options: NewsroomOptions, run: RunLoad): string | null {
  if (options.articles !== null) {
    return `README not written: a smoke run on ${options.articles} articles (BENCH_NEWSROOM_ARTICLES).`;
  }
  if (options.scale !== 10) {
    return `README not written: the README's figures are the ×10 replica's (this run: ×${options.scale}).`;
  }
  if (!options.compareReplica) {
    return 'README not written: the replica comparison was not run (BENCH_NEWSROOM_COMPARE=0).';
  }
  return readmeRefusal(run);
}

/** How time grows with size: 1 is linear, 2 quadratic. */
export function growthExponent(small: number, large: number, factor: number): number {
  return Math.log(large / small) / Math.log(factor);
}

export interface NewsroomFigures {
  scale: number;
  /** The BBC corpus. */
  baseSources: number;
  /** The replica: baseSources × scale. */
  sources: number;
  comparison: {
    /** Medians over rounds at baseSources. */
    baseSeconds: number;
    baseCandidateSeconds: number;
    shingleBaseSeconds: number;
    /** Once at `sources`; null when not run. */
    seconds: number | null;
    candidateSeconds: number | null;
    peakRssBytes: number | null;
    shingleSeconds: number | null;
  };
  query: {
    p50: number;
    p95: number;
    fuzzyP95: number;
    fts5P50: number;
    fts5P95: number;
    /** Median over rounds of (project p95 / FTS5 p95). */
    p95Ratio: number;
  };
  open: { ms: number; fts5Ms: number; ratio: number };
  import: { perSecond: number; perFilePerSecond: number; oneTransactionPerSecond: number };
  build: { seconds: number; fts5Seconds: number };
}

export interface TargetRow {
  goal: string;
  measured: string;
  /** null: not measured in this run. */
  pass: boolean | null;
}

const n = (value: number) => value.toLocaleString('en');
const fixed = (value: number, digits: number) => value.toFixed(digits);
export const verdict = (pass: boolean | null) => (pass === null ? '—' : pass ? 'PASS' : 'FAIL');

function maybe<T>(value: number | null, then: (value: number) => T, otherwise: T): T {
  return value === null ? otherwise : then(value);
}

/** Issue 18's "Done when" targets (and the Build section's bounds) beside the measured values. */
export function doneWhen(figures: NewsroomFigures): TargetRow[] {
  const { comparison, query, open, scale } = figures;
  const exponent = maybe<number | null>(
    comparison.seconds,
    (seconds) => growthExponent(comparison.baseSeconds, seconds, scale),
    null,
  );
  const at = n(figures.sources);
  const rows: TargetRow[] = [
    {
      goal: `comparison growth exponent ${n(figures.baseSources)} → ${at} ≤ 1.1`,
      measured: maybe(exponent, (value) => fixed(value, 2), 'not run'),
      pass: maybe<boolean | null>(exponent, (value) => value <= 1.1, null),
    },
  ];
  if (figures.sources === 22_250) {
    rows.push(
      {
        goal: 'comparison at 22,250 ≤ 30 s',
        measured: maybe(comparison.seconds, (value) => `${fixed(value, 1)} s`, 'not run'),
        pass: maybe<boolean | null>(comparison.seconds, (value) => value <= 30, null),
      },
      {
        goal: 'comparison at 22,250 ≤ 1 GB peak RSS',
        measured: maybe(
          comparison.peakRssBytes,
          (value) => `${fixed(value / 2 ** 30, 2)} GB`,
          'not run',
        ),
        pass: maybe<boolean | null>(comparison.peakRssBytes, (value) => value <= 2 ** 30, null),
      },
    );
  }
  rows.push(
    {
      goal: 'query p95 ≤ 2× FTS5 + snippets (same queries, same run)',
      measured: `${fixed(query.p95, 1)} ms vs ${fixed(query.fts5P95, 1)} ms: ${fixed(query.p95Ratio, 2)}×`,
      pass: query.p95Ratio <= 2,
    },
    {
      goal: `query p95 ≤ 10 ms through the contract at ${at}`,
      measured: `${fixed(query.p95, 1)} ms`,
      pass: query.p95 <= 10,
    },
    {
      goal: `fuzzy query p95 ≤ 15 ms at ${at}`,
      measured: `${fixed(query.fuzzyP95, 1)} ms`,
      pass: query.fuzzyP95 <= 15,
    },
    {
      goal: `open → first answered query ≤ 150 ms at ${at}`,
      measured: `${fixed(open.ms, 0)} ms`,
      pass: open.ms <= 150,
    },
    {
      goal: 'import ≥ 2,000 articles/s (plain text)',
      measured: `${n(Math.round(figures.import.perSecond))}/s`,
      pass: figures.import.perSecond >= 2000,
    },
  );
  return rows;
}

/** The side-by-side table: task, Corroborate, the reference on the same texts, ratio. */
export function sideBySide(figures: NewsroomFigures): string[][] {
  const { comparison: c, query: q, open: o, build: b } = figures;
  const imports = figures.import;
  const exponent = (small: number, large: number | null) =>
    maybe(large, (value) => fixed(growthExponent(small, value, figures.scale), 2), '—');
  const seconds = (value: number | null) => maybe(value, (s) => `${fixed(s, 1)} s`, 'not run');
  return [
    [
      `all-pairs comparison (compareCorpus), ${n(figures.sources)}`,
      `${seconds(c.seconds)}, peak RSS ${maybe(c.peakRssBytes, (v) => `${fixed(v / 2 ** 30, 2)} GB`, '—')}; ` +
        `candidate stage ${seconds(c.candidateSeconds)}; growth exponent ${exponent(c.baseSeconds, c.seconds)}`,
      `word 5-gram shingle index ${seconds(c.shingleSeconds)}; growth exponent ${exponent(c.shingleBaseSeconds, c.shingleSeconds)}`,
      c.seconds !== null && c.candidateSeconds !== null && c.shingleSeconds !== null
        ? `${fixed(c.seconds / c.shingleSeconds, 1)}× (candidate stage ${fixed(c.candidateSeconds / c.shingleSeconds, 1)}×)`
        : '—',
    ],
    [
      `all-pairs comparison, ${n(figures.baseSources)} (median of rounds)`,
      `${fixed(c.baseSeconds, 2)} s; candidate stage ${fixed(c.baseCandidateSeconds, 2)} s`,
      `shingle index ${fixed(c.shingleBaseSeconds, 2)} s`,
      `${fixed(c.baseSeconds / c.shingleBaseSeconds, 1)}×`,
    ],
    [
      'query p50 / p95 through the contract, with snippets',
      `${fixed(q.p50, 1)} / ${fixed(q.p95, 1)} ms (fuzzy p95 ${fixed(q.fuzzyP95, 1)} ms)`,
      `SQLite FTS5 + snippet() ${fixed(q.fts5P50, 1)} / ${fixed(q.fts5P95, 1)} ms (no fuzzy)`,
      `${fixed(q.p95Ratio, 2)}× at p95`,
    ],
    [
      'open → first answered query',
      `${fixed(o.ms, 0)} ms`,
      `FTS5 open + query ${fixed(o.fts5Ms, 1)} ms`,
      `${fixed(o.ratio, 0)}×`,
    ],
    [
      'import, plain text',
      `${n(Math.round(imports.perSecond))} articles/s`,
      `raw inserts: transaction per file ${n(Math.round(imports.perFilePerSecond))}/s; ` +
        `one transaction ${n(Math.round(imports.oneTransactionPerSecond))}/s`,
      `${fixed(imports.perFilePerSecond / imports.perSecond, 1)}× the time of per-file commits`,
    ],
    [
      'index build',
      `${fixed(b.seconds, 1)} s`,
      `FTS5 ${fixed(b.fts5Seconds, 1)} s`,
      `${fixed(b.seconds / b.fts5Seconds, 1)}×`,
    ],
  ];
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export interface RunConditionsSummary {
  /** ISO date and time of the run's end. */
  date: string;
  machine: Machine;
  /** The highest 1-minute load average at any figure of the run. */
  maxLoad1: number;
  maxOthersCores: number;
}

/** The README block: conditions first, then the side-by-side table and the targets. */
export function renderNewsroomBlock(figures: NewsroomFigures, run: RunConditionsSummary): string {
  const targets = doneWhen(figures).map((row) => [row.goal, row.measured, verdict(row.pass)]);
  return [
    `<!-- Generated by \`npm run bench -- --readme\`; edits here are overwritten. -->`,
    `Measured ${run.date} on ${machineText(run.machine)} (1-, 5-, 15-minute load averages at the` +
      ` end of the run); highest 1-minute load at any figure ${run.maxLoad1.toFixed(2)} (this` +
      ` bench's own threads included), other processes at most ${run.maxOthersCores.toFixed(2)}` +
      ` cores busy during any figure. ` +
      `Texts: the BBC corpus (${n(figures.baseSources)}) and its ×${figures.scale} replica` +
      ` (${n(figures.sources)}), the reference on the same texts in the same run.`,
    '',
    markdownTable(
      [
        `task at ${n(figures.sources)} sources`,
        'Corroborate',
        'reference on the same texts',
        'ratio',
      ],
      sideBySide(figures),
    ),
    '',
    markdownTable(['target', 'measured', ''], targets),
    '',
  ].join('\n');
}
