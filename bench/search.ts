// The search figures: the case's search index over the BBC corpus (2,225 articles) and over a
// ×10 replica of it (22,250 variants, see bench/replica.ts), with the built import and search
// workers exactly as the app runs them (`npm run bench` builds out/ first). Each corpus is
// imported into one case once; the figures below reuse that case:
//  1. full index build: SearchService.refresh() on a case with every source and no segments;
//     peak process RSS sampled every 50 ms (the worker's heap counts in it); stored index size;
//  2. close the case, open it again, a fresh SearchService: time to the first answered query;
//  3. ten new articles (with a planted word) from the start of their import to searchable;
//  4. query latency through the Dispatcher ('search:query', snippets included);
//  5. the main thread's longest stall while a build runs (monitorEventLoopDelay, 10 ms).
// Stock Lunr's build time is printed for contrast. Nothing here is asserted: figures only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import lunr from 'lunr';
import { createAppServices, type AppServices } from '../main/app-services';
import { seededRandom } from '../main/core/corpus/hash';
import { CaseError } from '../main/core/errors';
import { tokenize } from '../main/core/search/tokens';
import { appRoot } from '../main/paths';
import { SEARCH_ENGINE_VERSION } from '../main/search/analysis';
import { Segment } from '../main/search/segment';
import { CaseService } from '../main/services/case-service';
import { EventHub } from '../main/services/events';
import { SearchService } from '../main/services/search-service';
import { SourceService } from '../main/services/source-service';
import { idleComparisonRunner } from '../main/services/test-support';
import { createWorkerDocumentReader } from '../main/workers/worker-document-reader';
import { createWorkerSegmentBuilder } from '../main/workers/worker-segment-builder';
import type { SearchResponse } from '../preload/contract/search';
import { loadBbcArticles, shuffled, type BbcArticle } from './bbc-corpus';
import { obfuscate } from './perturb';
import { REPLICA_FACTOR, REPLICA_RECIPE, replicaTexts } from './replica';
import { figure, heading, megabytes, report } from './report';

/** Queries per kind (8 kinds): 200 over each corpus. */
const QUERIES_PER_KIND = { corpus: 25, replica: 25 };
/** The word planted in the ten new articles of figure 3; in no BBC article. */
const PLANTED = 'quenzarite';
const LUNR_LIMIT_MS = 60_000;

const ms = (value: number) => `${value.toFixed(0)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Peak process RSS, sampled every 50 ms while `work` runs, and the main thread's longest stall. */
export async function watched<T>(
  work: () => Promise<T>,
): Promise<{ value: T; elapsed: number; peakRss: number; maxStall: number }> {
  let peakRss = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 50);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const start = performance.now();
  const value = await work();
  const elapsed = performance.now() - start;
  delay.disable();
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  return { value, elapsed, peakRss, maxStall: delay.max / 1e6 };
}

export interface Bench {
  dir: string;
  path: string;
  cases: CaseService;
  sources: SourceService;
  reader: ReturnType<typeof createWorkerDocumentReader>;
}

const builder = createWorkerSegmentBuilder({ url: join(appRoot, 'out/main/search-worker.js') });

export function searchService(cases: CaseService, failures: unknown[]): SearchService {
  return new SearchService(cases, builder, new EventHub(), (error) => failures.push(error));
}

export interface ImportRun {
  bench: Bench;
  elapsed: number;
  counts: { imported: number; duplicate: number; refused: number };
}

/** Imports `texts` into a new case as plain text through SourceService.importBatch (grouped commits). */
export async function importTexts(
  texts: Iterable<{ name: string; text: string }>,
): Promise<ImportRun> {
  const reader = createWorkerDocumentReader({ url: join(appRoot, 'out/main/import-worker.js') });
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  const path = join(dir, 'search.corroborate');
  const cases = new CaseService(null, new EventHub());
  const sources = new SourceService(cases, new EventHub(), reader);
  cases.create(path, 'search bench');
  const counts = { imported: 0, duplicate: 0, refused: 0 };
  const start = performance.now();
  // As the app imports a folder: files committed in groups, each acknowledged after its commit.
  const encoder = new TextEncoder();
  const files = (function* () {
    for (const { name, text } of texts) yield { fileName: name, bytes: encoder.encode(text) };
  })();
  for (const result of await sources.importBatch(files)) counts[result.status] += 1;
  const elapsed = performance.now() - start;
  return { bench: { dir, path, cases, sources, reader }, elapsed, counts };
}

/** Removes a bench case: closes it, stops its import worker, deletes its folder. */
export async function disposeBench(bench: Bench): Promise<void> {
  bench.cases.close();
  await bench.reader.close();
  rmSync(bench.dir, { recursive: true, force: true });
}

async function importCorpus(
  label: string,
  texts: Iterable<{ name: string; text: string }>,
): Promise<Bench> {
  const { bench, elapsed, counts } = await importTexts(texts);
  const total = counts.imported + counts.duplicate + counts.refused;
  figure(
    `import ${label} as plain text, importBatch (grouped commits, n=${total})`,
    `${seconds(elapsed)} total, ${(elapsed / total).toFixed(2)} ms per article; ` +
      `${counts.imported} imported, ${counts.duplicate} exact duplicates, ${counts.refused} refused`,
  );
  return bench;
}

/** Figure 1 and 5 (full build). */
async function benchFullBuild(bench: Bench, n: number): Promise<SearchService> {
  const failures: unknown[] = [];
  const search = searchService(bench.cases, failures);
  const before = process.memoryUsage.rss();
  const build = await watched(() => search.refresh());
  const status = search.status();
  if (failures.length > 0) {
    figure(`1. full index build (n=${n} sources)`, `FAILED: ${String(failures[0])}`);
    return search;
  }
  figure(
    `1. full index build, refresh() in the search worker (n=${status.indexedSources} sources)`,
    `${seconds(build.elapsed)}`,
  );
  figure(
    `   peak process RSS during the build (50 ms samples, n=${n})`,
    `${megabytes(build.peakRss)} (${megabytes(before)} before; worker heap included)`,
  );
  const stored = bench.cases.database.listSearchSegments();
  const size = (kind: string) =>
    stored.filter((s) => s.kind === kind).reduce((sum, s) => sum + s.data.length, 0);
  figure(
    `   stored index size, sum of length(data) (n=${stored.length} segments)`,
    `${megabytes(size('passages') + size('annotations'))} (passages ${megabytes(size('passages'))}, ` +
      `annotations ${megabytes(size('annotations'))}; bytes)`,
  );
  figure(
    `5. main thread's longest stall during the full build (n=${n}, goal < 50 ms)`,
    `${ms(build.maxStall)} (sources read in slices of 50; the segment decoded and stored on this thread)`,
  );
  // Where the main thread's time goes when a stored segment is taken in.
  for (const segment of stored) {
    const decodeStart = performance.now();
    Segment.decode(segment.data);
    const decoded = performance.now() - decodeStart;
    figure(
      `   of which ${segment.kind} segment (${segment.sourceIds.length} sources, ${megabytes(segment.data.length)})`,
      `Segment.decode ${ms(decoded)} (main thread, once per open)`,
    );
  }
  return search;
}

/** Figure 2: close, open, a fresh SearchService, first query answered. */
function benchOpenToQuery(bench: Bench, n: number, runs: number): void {
  const samples: number[] = [];
  const reads: number[] = [];
  let answered = 0;
  for (let run = 0; run < runs; run++) {
    bench.cases.close();
    const start = performance.now();
    bench.cases.open(bench.path);
    const search = searchService(bench.cases, []);
    const response = search.query({ query: 'economy' });
    samples.push(performance.now() - start);
    answered = response.sourceCount;
    const readStart = performance.now();
    bench.cases.database.listSearchSegments();
    reads.push(performance.now() - readStart);
  }
  report(
    `2. open case -> first query answered ("economy", ${answered} sources; n=${n}, goal <= 1.5 s)`,
    samples,
  );
  report(`   of which reading search_segments rows from SQLite`, reads);
}

/** Ten articles no corpus article equals: obfuscated BBC articles with the planted word. */
function newArticles(articles: readonly BbcArticle[]): Array<{ name: string; text: string }> {
  const random = seededRandom(424242);
  return shuffled(articles, random)
    .slice(0, 10)
    .map((article, index) => ({
      name: `new-${index}.txt`,
      text: `${obfuscate(article.text, 0.3, random).text}\n\nAnalysts flagged ${PLANTED} in report N${index}.`,
    }));
}

/** Figure 3 and 5 (+10 update). */
async function benchTenNew(
  bench: Bench,
  articles: readonly BbcArticle[],
  n: number,
): Promise<void> {
  const failures: unknown[] = [];
  const search = searchService(bench.cases, failures);
  search.query({ query: 'economy' }); // loads the stored segments, as an open case has
  let imported = 0;
  let indexed = 0;
  const run = await watched(async () => {
    for (const { name, text } of newArticles(articles)) {
      const result = await bench.sources.importBytes(name, new TextEncoder().encode(text));
      if (result.status === 'imported') imported += 1;
    }
    const refreshStart = performance.now();
    await search.refresh();
    indexed = performance.now() - refreshStart;
    return search.query({ query: PLANTED });
  });
  const found = run.value.sourceCount;
  figure(
    `3. ten new articles: import start -> searchable (${imported} imported into n=${n}, goal <= 2 s)`,
    `${seconds(run.elapsed)} (${found}/10 found by "${PLANTED}"; refresh() ${ms(indexed)}` +
      `${failures.length ? `; FAILED: ${String(failures[0])}` : ''})`,
  );
  figure(
    `5. main thread's longest stall during the +10 import and update (n=${n})`,
    `${ms(run.maxStall)}`,
  );
}

/** ~200 queries: common and rare words, two words, phrases, wildcards, fuzzy and field terms. */
export function queryMix(
  articles: readonly BbcArticle[],
  perKind: number,
): Array<{ kind: string; query: string }> {
  const documentFrequency = new Map<string, number>();
  for (const article of articles) {
    for (const term of new Set(tokenize(article.text).map((token) => token.term))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const random = seededRandom(2025);
  const rare = shuffled(
    [...documentFrequency].filter(([term, df]) => df <= 2 && /^[a-z]{7,}$/.test(term)),
    random,
  ).map(([term]) => term);
  const common = [
    'government',
    'market',
    'film',
    'election',
    'people',
    'music',
    'game',
    'company',
    'police',
    'economy',
    'minister',
    'shares',
    'players',
    'mobile',
    'labour',
  ];
  const two = [
    'interest rates',
    'oil prices',
    'prime minister',
    'box office',
    'world cup',
    'mobile phone',
    'tony blair',
    'general election',
    'stock market',
    'video games',
  ];
  const phrases = [
    '"prime minister"',
    '"interest rates"',
    '"chancellor gordon brown"',
    '"the world cup"',
    '"mobile phones"',
    '"said the company"',
    '"best film"',
    '"chief executive"',
  ];
  const wildcards = ['econom*', 'elect*', 'comput*', 'minist*', 'champion*', 'invest*', 'tele*'];
  const fuzzy = ['goverment~1', 'minster~1', 'ecomony~2', 'electon~1', 'footbal~1', 'compnay~1'];
  const fields = ['title:election', 'title:film', 'body:oil', 'title:england', 'body:broadband'];
  const kinds: Array<[string, readonly string[]]> = [
    ['common word', common],
    ['rare word', rare.slice(0, perKind)],
    ['two words', two],
    ['phrase', phrases],
    ['wildcard', wildcards],
    ['fuzzy', fuzzy],
    ['field', fields],
    ['common +must -not', ['+election -labour', '+film -oscar', '+shares -oil', 'market -stock']],
  ];
  return kinds.flatMap(([kind, list]) =>
    Array.from({ length: perKind }, (_, index) => ({
      kind,
      query: list[index % list.length] ?? '',
    })),
  );
}

export function appServices(bench: Bench): AppServices {
  const unsupported = () => {
    throw new CaseError('unsupported', 'The bench has no file dialogs.');
  };
  return createAppServices({
    dataDir: join(bench.dir, 'data'),
    host: {
      kind: 'browser',
      appVersion: 'bench',
      platform: process.platform,
      nativeDialogs: false,
    },
    dialogs: {
      chooseCaseFile: unsupported,
      chooseImport: unsupported,
      chooseExportPath: unsupported,
    },
    documentReader: bench.reader,
    segmentBuilder: builder,
    comparisonRunner: idleComparisonRunner,
    // Facts of a freshly imported case would otherwise be extracted on this thread, between the
    // timed queries (the app extracts them in a worker, once per source).
    factsRunner: { run: () => new Promise(() => {}) },
  });
}

/** Figure 4: query latency through the Dispatcher, snippets included. */
async function benchQueries(
  bench: Bench,
  articles: readonly BbcArticle[],
  n: number,
  perKind: number,
) {
  bench.cases.close();
  const services = appServices(bench);
  services.cases.open(bench.path);
  await services.search.refresh();
  const mix = queryMix(articles, perKind);
  // Warm-up: one query of each kind, not counted.
  for (const { query } of mix.filter((_, index) => index % perKind === 0)) {
    await services.dispatcher.dispatch('search:query', { query });
  }
  const all: number[] = [];
  const byKind = new Map<string, { samples: number[]; hits: number }>();
  let failed = 0;
  for (const { kind, query } of mix) {
    const start = performance.now();
    const envelope = await services.dispatcher.dispatch('search:query', { query });
    const elapsed = performance.now() - start;
    all.push(elapsed);
    const entry = byKind.get(kind) ?? { samples: [], hits: 0 };
    entry.samples.push(elapsed);
    if (envelope.ok) entry.hits += (envelope.value as SearchResponse).hitCount;
    if (!envelope.ok || (envelope.value as SearchResponse).error) failed += 1;
    byKind.set(kind, entry);
  }
  figure(
    `4. query latency via dispatch('search:query') (n=${all.length} queries over ${n} sources)`,
    `p50 ${all.length ? percentile(all, 50).toFixed(1) : '-'} ms  p95 ${percentile(all, 95).toFixed(1)} ms  ` +
      `max ${Math.max(...all).toFixed(1)} ms (goal p95 <= 30 ms; ${failed} errors; idle comparison runner)`,
  );
  for (const [kind, { samples, hits }] of byKind) {
    report(`   ${kind} (mean ${(hits / samples.length).toFixed(0)} hits)`, samples);
  }
  services.cases.close();
}

/** Stock Lunr (default pipeline, positions whitelisted) over whole articles, on this thread. */
function stockLunr(texts: readonly string[]): { elapsed: number; rssAfter: number } {
  const start = performance.now();
  lunr(function () {
    this.ref('id');
    this.field('body');
    this.metadataWhitelist = ['position'];
    for (const [id, body] of texts.entries()) this.add({ id: String(id), body });
  });
  return { elapsed: performance.now() - start, rssAfter: process.memoryUsage.rss() };
}

async function benchCorpus(
  label: string,
  texts: Iterable<{ name: string; text: string }>,
  articles: readonly BbcArticle[],
  n: number,
  runs: { opens: number; queriesPerKind: number },
): Promise<void> {
  const bench = await importCorpus(label, texts);
  try {
    await benchFullBuild(bench, n);
    benchOpenToQuery(bench, n, runs.opens);
    await benchTenNew(bench, articles, n);
    await benchQueries(bench, articles, n, runs.queriesPerKind);
  } finally {
    await disposeBench(bench);
  }
}

export async function runSearchBench(): Promise<void> {
  const articles = loadBbcArticles();
  heading(
    `Search (engine v${SEARCH_ENGINE_VERSION}): BBC News corpus, ${articles.length} articles, ` +
      `through the import and search workers`,
  );
  await benchCorpus(
    'BBC News corpus',
    articles.map((article) => ({
      name: `${article.name.replace('/', '-')}.txt`,
      text: article.text,
    })),
    articles,
    articles.length,
    { opens: 3, queriesPerKind: QUERIES_PER_KIND.corpus },
  );
  const lunrSmall = stockLunr(articles.map((article) => article.text));
  figure(
    `stock lunr() build, default pipeline, positions (n=${articles.length} articles)`,
    `${seconds(lunrSmall.elapsed)} (main thread; RSS ${megabytes(lunrSmall.rssAfter)} after)`,
  );

  const replicaCount = articles.length * REPLICA_FACTOR;
  if (process.env['BENCH_SEARCH_REPLICA'] === '0') {
    figure(`×${REPLICA_FACTOR} replica`, 'skipped (BENCH_SEARCH_REPLICA=0)');
    return;
  }
  heading(`Search: ×${REPLICA_FACTOR} replica, ${replicaCount} variants (${REPLICA_RECIPE})`);
  await benchCorpus(`×${REPLICA_FACTOR} replica`, replicaTexts(articles), articles, replicaCount, {
    opens: 2,
    queriesPerKind: QUERIES_PER_KIND.replica,
  });
  const estimate = lunrSmall.elapsed * REPLICA_FACTOR;
  if (estimate > LUNR_LIMIT_MS) {
    figure(
      `stock lunr() build (n=${replicaCount} variants)`,
      `skipped: ~${seconds(estimate)} expected from the ${articles.length}-article build`,
    );
  } else {
    const texts = [...replicaTexts(articles)].map((variant) => variant.text);
    const lunrLarge = stockLunr(texts);
    figure(
      `stock lunr() build, default pipeline, positions (n=${replicaCount} variants)`,
      `${seconds(lunrLarge.elapsed)} (main thread; RSS ${megabytes(lunrLarge.rssAfter)} after)`,
    );
  }
}
