// The newsroom section's search side: import, index build, open → first query and query latency,
// each beside the same texts in SQLite (bench/fts5-reference.ts) in the same run. Rounds put the
// project and the reference in alternating order and print each round's ratio; the replica's
// import and build run once (they make the case the later figures use).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SearchResponse } from '../preload/contract/search';
import type { BbcArticle } from './bbc-corpus';
import { Fts5Reference, rawSqliteImport, type ImportMode } from './fts5-reference';
import type { NewsroomFigures } from './newsroom-figures';
import { timedItems } from './replica';
import { figure, median, megabytes } from './report';
import {
  appServices,
  disposeBench,
  importTexts,
  percentile,
  queryMix,
  searchService,
  watched,
  type Bench,
  type ImportRun,
} from './search';

export type Text = { name: string; text: string };

/** Queries per kind in each round (8 kinds). */
const QUERIES_PER_KIND = 25;

const perSecond = (count: number, ms: number) => (count / ms) * 1000;
const fixed = (value: number, digits = 1) => value.toFixed(digits);

/** Runs `project` and `reference` in alternating order: project first in odd rounds. */
async function alternating(
  round: number,
  project: () => Promise<void> | void,
  reference: () => Promise<void> | void,
): Promise<void> {
  if (round % 2 === 1) {
    await project();
    await reference();
  } else {
    await reference();
    await project();
  }
}

function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'corroborate-newsroom-'));
}

/** Raw SQLite inserts of `texts` into a fresh file; milliseconds, generation time left out. */
function timeRawImport(texts: Iterable<Text>, mode: ImportMode): { ms: number; rows: number } {
  const dir = scratchDir();
  try {
    const timed = timedItems(texts);
    const start = performance.now();
    const rows = rawSqliteImport(join(dir, 'raw.db'), timed.items, mode);
    return { ms: performance.now() - start - timed.elapsed(), rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The project's full index build on `bench`'s case: milliseconds and peak process RSS. */
async function timeBuild(bench: Bench): Promise<{ ms: number; peakRss: number }> {
  const failures: unknown[] = [];
  const search = searchService(bench.cases, failures);
  const build = await watched(() => search.refresh());
  if (failures.length > 0) throw new Error(`Index build failed: ${String(failures[0])}`);
  return { ms: build.elapsed, peakRss: build.peakRss };
}

/** FTS5 build of `texts` in a scratch file: milliseconds, generation time left out. */
function timeFts5Build(texts: Iterable<Text>, path: string): number {
  const source = timedItems(texts);
  const bodies = (function* () {
    for (const { text } of source.items) yield text;
  })();
  const start = performance.now();
  Fts5Reference.build(path, bodies).close();
  return performance.now() - start - source.elapsed();
}

/** Import and index build of the BBC corpus, `rounds` times, beside raw SQLite and FTS5. */
export async function importAndBuildRounds(texts: readonly Text[], rounds: number): Promise<void> {
  const n = texts.length;
  for (let round = 1; round <= rounds; round++) {
    let run = null as ImportRun | null;
    let perFileMs = NaN;
    let oneMs = NaN;
    await alternating(
      round,
      async () => {
        run = await importTexts(texts);
      },
      () => {
        perFileMs = timeRawImport(texts, 'transaction per file').ms;
        oneMs = timeRawImport(texts, 'one transaction').ms;
      },
    );
    const imported = run;
    if (!imported) throw new Error('The import round did not run.');
    const importMs = imported.elapsed;
    figure(
      `round ${round}: import ${n}, importBatch vs raw SQLite inserts`,
      `${fixed(importMs / n, 2)} vs ${fixed(perFileMs / n, 2)} ms/article (transaction per file), ` +
        `${fixed(oneMs / n, 3)} (one transaction): ${fixed(importMs / perFileMs, 1)}× per-file`,
    );
    const dir = scratchDir();
    try {
      let buildMs = NaN;
      let fts5Ms = NaN;
      await alternating(
        round,
        async () => {
          buildMs = (await timeBuild(imported.bench)).ms;
        },
        () => {
          fts5Ms = timeFts5Build(texts, join(dir, 'fts.db'));
        },
      );
      figure(
        `round ${round}: index build ${n}, refresh() vs FTS5`,
        `${fixed(buildMs / 1000, 2)} vs ${fixed(fts5Ms / 1000, 2)} s: ${fixed(buildMs / fts5Ms, 1)}×`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await disposeBench(imported.bench);
    }
  }
}

export interface ReplicaCase {
  bench: Bench;
  fts5Path: string;
  /** Closes and deletes the case and the FTS5 file. */
  dispose(): Promise<void>;
}

/** Imports and indexes the replica once, both ways; the case and FTS5 file stay for the queries. */
export async function importAndBuildReplica(
  texts: () => Iterable<Text>,
  count: number,
  figures: Pick<NewsroomFigures, 'import' | 'build'>,
): Promise<ReplicaCase> {
  const timed = timedItems(texts());
  const run = await importTexts(timed.items);
  const importMs = run.elapsed - timed.elapsed();
  const { imported, duplicate, refused } = run.counts;
  figure(
    `import ${count}, importBatch, grouped commits (plain text)`,
    `${fixed(importMs / 1000, 1)} s = ${fixed(perSecond(count, importMs), 0)} articles/s ` +
      `(${imported} imported, ${duplicate} duplicates, ${refused} refused` +
      (timed.elapsed() >= 50
        ? `; making the variants, ${fixed(timed.elapsed() / 1000, 1)} s, left out)`
        : ')'),
  );
  const perFile = timeRawImport(texts(), 'transaction per file');
  const one = timeRawImport(texts(), 'one transaction');
  figure(
    `raw SQLite inserts of the same ${count} texts`,
    `transaction per file ${fixed(perSecond(count, perFile.ms), 0)}/s; ` +
      `one transaction ${fixed(perSecond(count, one.ms), 0)}/s (the floor); ` +
      `importBatch takes ${fixed(perFile.ms > 0 ? importMs / perFile.ms : NaN, 1)}× per-file`,
  );
  figures.import = {
    perSecond: perSecond(count, importMs),
    perFilePerSecond: perSecond(count, perFile.ms),
    oneTransactionPerSecond: perSecond(count, one.ms),
  };

  const build = await timeBuild(run.bench);
  const dir = scratchDir();
  const fts5Path = join(dir, 'fts.db');
  const fts5Ms = timeFts5Build(texts(), fts5Path);
  figure(
    `index build ${count}: refresh() vs FTS5 (porter, one transaction)`,
    `${fixed(build.ms / 1000, 1)} vs ${fixed(fts5Ms / 1000, 1)} s: ${fixed(build.ms / fts5Ms, 1)}× ` +
      `(peak RSS during refresh() ${megabytes(build.peakRss)})`,
  );
  figures.build = { seconds: build.ms / 1000, fts5Seconds: fts5Ms / 1000 };
  return {
    bench: run.bench,
    fts5Path,
    dispose: async () => {
      await disposeBench(run.bench);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Close, open, first answered query ("economy"), `rounds` times beside FTS5 open + query. */
export async function openRounds(
  replica: ReplicaCase,
  count: number,
  rounds: number,
  figures: Pick<NewsroomFigures, 'open'>,
): Promise<void> {
  const { bench } = replica;
  const project: number[] = [];
  const reference: number[] = [];
  const ratios: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    let sources = 0;
    let documents = 0;
    await alternating(
      round,
      () => {
        bench.cases.close();
        const start = performance.now();
        bench.cases.open(bench.path);
        sources = searchService(bench.cases, []).query({ query: 'economy' }).sourceCount;
        project.push(performance.now() - start);
      },
      () => {
        const start = performance.now();
        const fts5 = Fts5Reference.open(replica.fts5Path);
        documents = fts5.query('economy')?.count ?? 0;
        reference.push(performance.now() - start);
        fts5.close();
      },
    );
    const ratio = (project.at(-1) ?? NaN) / (reference.at(-1) ?? NaN);
    ratios.push(ratio);
    figure(
      `round ${round}: open → first answered query at ${count}`,
      `${fixed(project.at(-1) ?? NaN, 0)} ms (${sources} sources) vs FTS5 ` +
        `${fixed(reference.at(-1) ?? NaN, 1)} ms (${documents} documents): ${fixed(ratio, 0)}×`,
    );
  }
  figures.open = { ms: median(project), fts5Ms: median(reference), ratio: median(ratios) };
}

const p50p95 = (samples: readonly number[]) =>
  `p50 ${fixed(percentile(samples, 50))} / p95 ${fixed(percentile(samples, 95))} ms`;

/** The query mix through dispatch('search:query') and through FTS5, `rounds` times. */
export async function queryRounds(
  replica: ReplicaCase,
  articles: readonly BbcArticle[],
  count: number,
  rounds: number,
  figures: Pick<NewsroomFigures, 'query'>,
): Promise<void> {
  const { bench } = replica;
  bench.cases.close();
  const services = appServices(bench);
  services.cases.open(bench.path);
  await services.search.refresh();
  const fts5 = Fts5Reference.open(replica.fts5Path);
  try {
    const mix = queryMix(articles, QUERIES_PER_KIND);
    const exact = mix.filter(({ kind }) => kind !== 'fuzzy').map(({ query }) => query);
    const fuzzy = mix.filter(({ kind }) => kind === 'fuzzy').map(({ query }) => query);
    const project = async (queries: readonly string[]) => {
      const samples: number[] = [];
      let errors = 0;
      for (const query of queries) {
        const start = performance.now();
        const envelope = await services.dispatcher.dispatch('search:query', { query });
        samples.push(performance.now() - start);
        if (!envelope.ok || (envelope.value as SearchResponse).error) errors += 1;
      }
      if (errors > 0) throw new Error(`${errors} queries failed through the contract.`);
      return samples;
    };
    const reference = (queries: readonly string[]) =>
      queries.map((query) => {
        const start = performance.now();
        if (!fts5.query(query)) throw new Error(`No FTS5 form for "${query}".`);
        return performance.now() - start;
      });
    // Warm-up: every query once each way, not counted.
    await project(mix.map(({ query }) => query));
    reference(exact);

    const rows = { p50: [] as number[], p95: [] as number[], fuzzy: [] as number[] };
    const fts = { p50: [] as number[], p95: [] as number[] };
    const ratios: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      let mine: number[] = [];
      let theirs: number[] = [];
      await alternating(
        round,
        async () => {
          mine = await project(exact);
        },
        () => {
          theirs = reference(exact);
        },
      );
      const fuzzySamples = await project(fuzzy);
      rows.p50.push(percentile(mine, 50));
      rows.p95.push(percentile(mine, 95));
      rows.fuzzy.push(percentile(fuzzySamples, 95));
      fts.p50.push(percentile(theirs, 50));
      fts.p95.push(percentile(theirs, 95));
      const ratio = percentile(mine, 95) / percentile(theirs, 95);
      ratios.push(ratio);
      figure(
        `round ${round}: ${exact.length} queries at ${count}, contract vs FTS5 + snippets`,
        `${p50p95(mine)} vs ${p50p95(theirs)}: ${fixed(ratio, 2)}× at p95; ` +
          `fuzzy (${fuzzy.length}, no FTS5 equivalent) p95 ${fixed(percentile(fuzzySamples, 95))} ms`,
      );
    }
    figures.query = {
      p50: median(rows.p50),
      p95: median(rows.p95),
      fuzzyP95: median(rows.fuzzy),
      fts5P50: median(fts.p50),
      fts5P95: median(fts.p95),
      p95Ratio: median(ratios),
    };
  } finally {
    fts5.close();
    services.cases.close();
  }
}
