// Export and exchange figures on the BBC corpus: every article imported into one case through
// the built import worker (`npm run bench` builds out/ first), compared by the built compare
// worker, then given 2,000 claims written in one edit (see addClaims). Then, through
// ExchangeService exactly as the app calls it:
//  1. the two steps every export shares (database.snapshot(), buildExportView()), then save() in
//     each format to a file: median of 3 (1 when a run takes over 10 s), file size,
//     the main thread's longest stall (monitorEventLoopDelay, 10 ms) and peak RSS over the start
//     (50 ms samples plus one at the end: a synchronous export has no timers, so its peak may be
//     missed); PDF only when a Chromium is found, through the headless Chromium printer;
//  2. importCase() of the exported case JSON and .qdpx into a new case file;
//  3. importAnnotations() of the W3C export into a copy of the case with its sources only.
// Nothing here is asserted: figures only.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import type {
  Credibility,
  ExportFormat,
  NoteOwner,
  OccurrenceStance,
  OccurrenceSuggestion,
} from '../preload/contract';
import { anchorSpan } from '../main/core/anchor';
import { segmentText } from '../main/core/align/sentences';
import { seededRandom } from '../main/core/corpus/hash';
import { buildExportView } from '../main/core/exchange/export-view';
import { utf16ToCodePointOffset } from '../main/core/text/code-points';
import { createWorkerExchangeRunner } from '../main/exchange/exchange-runner';
import { createChromiumPdfPrinter, findChromium } from '../main/exchange/pdf/chromium-pdf';
import { appRoot } from '../main/paths';
import { inlineSegmentBuilder } from '../main/search/segment-builder';
import { CaseService } from '../main/services/case-service';
import { ClaimService } from '../main/services/claim-service';
import { CompareService } from '../main/services/compare-service';
import { EventHub } from '../main/services/events';
import { EXPORT_FILES, ExchangeService } from '../main/services/exchange-service';
import { SearchService } from '../main/services/search-service';
import { SourceService } from '../main/services/source-service';
import { TAG_PALETTE } from '../main/services/tag-service';
import { CaseDatabase, type CaseStore } from '../main/storage/case-database';
import { createWorkerComparisonRunner } from '../main/workers/worker-comparison-runner';
import { createWorkerDocumentReader } from '../main/workers/worker-document-reader';
import { loadBbcArticles, type BbcArticle } from './bbc-corpus';
import { figure, heading, median, megabytes } from './report';

const CLAIMS = 2000;
const RUNS = 3;
/** A format whose first run takes longer than this is run once. */
const LONG_RUN_MS = 10_000;
const PDF_TIMEOUT_MS = 300_000;
const STALL_RESOLUTION_MS = 10;

/** 5 themes of 3 sub-tags each: 20 tags, two levels. */
const CODEBOOK: Record<string, readonly string[]> = {
  Economy: ['Markets', 'Jobs', 'Trade'],
  Politics: ['Elections', 'Policy', 'Parliament'],
  Sport: ['Football', 'Tennis', 'Athletics'],
  Culture: ['Film', 'Music', 'Awards'],
  Technology: ['Mobile', 'Internet', 'Games'],
};

/** The theme of a BBC category (the folder an article came from). */
const CATEGORY_THEMES: Record<string, string> = {
  business: 'Economy',
  politics: 'Politics',
  sport: 'Sport',
  entertainment: 'Culture',
  tech: 'Technology',
};

const ms = (value: number) => `${value.toFixed(0)} ms`;
const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${(bytes / 1024).toFixed(0)} KB`;

interface Watched<T> {
  value: T;
  elapsed: number;
  rssGrowth: number;
  maxStall: number;
}

/**
 * Time, peak RSS over the start (50 ms samples and one at the end) and the main thread's longest
 * stall while `work` runs. The stall monitor records the time between two firings of its timer,
 * so it runs for two periods before `work` starts (its first firing records nothing: a block at
 * the start would be missed) and two after `work` ends (a block at the end is recorded then).
 */
async function watched<T>(work: () => T | Promise<T>): Promise<Watched<T>> {
  const before = process.memoryUsage.rss();
  let peakRss = before;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 50);
  const delay = monitorEventLoopDelay({ resolution: STALL_RESOLUTION_MS });
  delay.enable();
  try {
    await sleep(2 * STALL_RESOLUTION_MS);
    const start = performance.now();
    const value = await work();
    const elapsed = performance.now() - start;
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    await sleep(2 * STALL_RESOLUTION_MS);
    return { value, elapsed, rssGrowth: peakRss - before, maxStall: delay.max / 1e6 };
  } finally {
    delay.disable();
    clearInterval(timer);
  }
}

/** Repeats `work` (each run on fresh inputs from `prepare`), fewer times when it is slow. */
async function repeated<T>(
  prepare: (run: number) => void,
  work: (run: number) => T | Promise<T>,
): Promise<Array<Watched<T>>> {
  const runs: Array<Watched<T>> = [];
  for (let run = 0; run < RUNS; run++) {
    prepare(run);
    runs.push(await watched(() => work(run)));
    if (runs[0] && runs[0].elapsed > LONG_RUN_MS) break;
  }
  return runs;
}

/** Times, then `extra`, then the longest stall and RSS growth over all runs. */
function summary(runs: ReadonlyArray<Watched<unknown>>, extra: string): string {
  const times = runs.map((run) => run.elapsed);
  return (
    `median ${ms(median(times))} (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}, n=${runs.length})` +
    `${extra}; stall max ${ms(Math.max(...runs.map((run) => run.maxStall)))}` +
    `; RSS +${megabytes(Math.max(0, ...runs.map((run) => run.rssGrowth)))}`
  );
}

/** Code-point spans of a source's body sentences (the title line, paragraph 0, left out). */
function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const { sentences } = segmentText(text);
  const body = sentences.filter((sentence) => sentence.paragraph > 0);
  return (body.length > 0 ? body : sentences)
    .filter((sentence) => sentence.end - sentence.start >= 20)
    .map((sentence) => ({
      start: utf16ToCodePointOffset(text, sentence.start),
      end: utf16ToCodePointOffset(text, sentence.end),
    }));
}

/**
 * The codebook and 2,000 claims in one edit: one claim on the first body sentence of each of the
 * first 2,000 sources; a third also quoted in 1–3 random other sources (one in five of those
 * contradicting); 1–2 tags each, the theme matching the BBC category; a grade; a note on a
 * quarter of claims and on a tenth of sources, and a case note.
 */
function addClaims(database: CaseDatabase): { claims: number; occurrences: number } {
  const random = seededRandom(31337);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sources = database.listSources();
  const now = new Date('2025-01-01T12:00:00Z');
  const stamp = now.toISOString();
  let claims = 0;
  let occurrences = 0;
  database.edit({ label: 'Bench claims', now }, (store: CaseStore) => {
    const themes = new Map<string, number[]>();
    for (const [position, [theme, children]] of Object.entries(CODEBOOK).entries()) {
      const color = TAG_PALETTE[position % TAG_PALETTE.length] ?? TAG_PALETTE[0];
      const parentId = store.insertTag({ name: theme, color, parentId: null, position });
      const childIds = children.map((name, index) =>
        store.insertTag({ name, color, parentId, position: index }),
      );
      themes.set(theme, [parentId, ...childIds]);
    }
    const allTags = [...themes.values()].flat();
    const cache = new Map<number, { text: string; spans: Array<{ start: number; end: number }> }>();
    const sentencesOf = (id: number) => {
      let found = cache.get(id);
      if (!found) {
        const text = store.sourceText(id);
        found = { text, spans: sentenceSpans(text) };
        cache.set(id, found);
      }
      return found;
    };
    const occur = (
      claimId: number,
      sourceId: number,
      span: { start: number; end: number },
      stance: OccurrenceStance,
    ) => {
      const { text } = sentencesOf(sourceId);
      store.insertOccurrence({
        ...anchorSpan(text, span.start, span.end),
        claimId,
        sourceId,
        stance,
      });
      occurrences++;
    };
    for (const source of sources.slice(0, CLAIMS)) {
      const first = sentencesOf(source.id).spans[0];
      if (!first) continue;
      const claimId = store.insertClaim({
        note: random() < 0.25 ? `Checked against the wires: ${source.title.slice(0, 60)}` : '',
        credibility: (1 + Math.floor(random() * 6)) as Credibility,
        createdAt: stamp,
        updatedAt: stamp,
      });
      claims++;
      occur(claimId, source.id, first, 'origin');
      if (random() < 1 / 3) {
        const others = new Set<number>();
        const count = 1 + Math.floor(random() * 3);
        while (others.size < count) {
          const other = pick(sources).id;
          if (other !== source.id) others.add(other);
        }
        for (const other of others) {
          const spans = sentencesOf(other).spans.slice(0, 5);
          if (spans.length === 0) continue;
          occur(claimId, other, pick(spans), random() < 0.2 ? 'contradicts' : 'supports');
        }
      }
      const category = source.fileName.split('-')[0] ?? '';
      const theme = themes.get(CATEGORY_THEMES[category] ?? '') ?? pick([...themes.values()]);
      const tagIds = new Set([pick(theme)]);
      if (random() < 0.4) tagIds.add(pick(allTags));
      for (const tagId of tagIds) store.addClaimTag(claimId, tagId);
    }
    const owners: NoteOwner[] = [
      { kind: 'case' },
      ...sources
        .filter(() => random() < 0.1)
        .map((source) => ({ kind: 'source' as const, id: source.id })),
    ];
    for (const owner of owners) {
      store.putNote(owner, {
        text: 'Reviewed: the figures need a second, independent source before they are used.',
        updatedAt: stamp,
      });
    }
  });
  return { claims, occurrences };
}

interface Bench {
  dir: string;
  path: string;
  cases: CaseService;
  compare: CompareService;
  exchange: ExchangeService;
  close: () => Promise<void>;
}

/** The BBC corpus in one case, as plain text through the import worker, then compared. */
async function buildCase(articles: readonly BbcArticle[], pdf: string | null): Promise<Bench> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  const path = join(dir, 'export.corroborate');
  const reader = createWorkerDocumentReader({ url: join(appRoot, 'out/main/import-worker.js') });
  const cases = new CaseService(null, new EventHub());
  const sources = new SourceService(cases, new EventHub(), reader);
  const runner = createWorkerComparisonRunner(
    pathToFileURL(join(appRoot, 'out/main/compare-worker.js')),
  );
  const compare = new CompareService(cases, runner, new EventHub());
  const exchange = new ExchangeService(cases, compare, new EventHub(), {
    appVersion: 'bench',
    dataDir: dir,
    pdfPrinter: () =>
      pdf ? createChromiumPdfPrinter({ executablePath: pdf, timeoutMs: PDF_TIMEOUT_MS }) : null,
    // As the app runs it: rendering and parsing in the exchange worker.
    runner: createWorkerExchangeRunner({ url: join(appRoot, 'out/main/exchange-worker.js') }),
  });
  cases.create(path, 'Export bench');
  let start = performance.now();
  let imported = 0;
  for (const article of articles) {
    const name = `${article.name.replace('/', '-')}.txt`;
    const result = await sources.importBytes(name, new TextEncoder().encode(article.text));
    if (result.status === 'imported') imported++;
  }
  figure(
    `setup: import ${articles.length} BBC articles as plain text (import worker)`,
    `${(performance.now() - start).toFixed(0)} ms; ${imported} sources`,
  );
  start = performance.now();
  await compare.refresh();
  figure(
    `setup: compare every source (compare worker)`,
    `${(performance.now() - start).toFixed(0)} ms; ${compare.state().relations.length} relations`,
  );
  start = performance.now();
  const { claims, occurrences } = addClaims(cases.database);
  const tags = Object.values(CODEBOOK).flat().length + Object.keys(CODEBOOK).length;
  figure(
    `setup: write ${claims} claims, ${occurrences} occurrences, ${tags} tags (one edit)`,
    `${(performance.now() - start).toFixed(0)} ms`,
  );
  return {
    dir,
    path,
    cases,
    compare,
    exchange,
    close: async () => {
      cases.close();
      await reader.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const FORMATS: readonly ExportFormat[] = ['md', 'csv', 'json', 'html', 'w3c', 'qdpx', 'pdf'];

/** Figure 1: each format saved to a file; the paths of the saved files, by format. */
async function benchExports(bench: Bench, pdf: string | null): Promise<Map<ExportFormat, string>> {
  const saved = new Map<ExportFormat, string>();
  const snapshots = await repeated(
    () => undefined,
    () => bench.cases.database.snapshot(),
  );
  figure(`1. database.snapshot(), the read every export starts with`, summary(snapshots, ''));
  const snapshot = bench.cases.database.snapshot();
  const relations = bench.compare.state().relations;
  const views = await repeated(
    () => undefined,
    () => buildExportView(snapshot, relations, { claimIds: null, generatedAt: '2025-01-01' }),
  );
  figure(`1. buildExportView(), the view every export is rendered from`, summary(views, ''));
  for (const format of FORMATS) {
    const label = `1. export ${format} (${EXPORT_FILES[format].label}), save() to a file`;
    if (format === 'pdf' && !pdf) {
      figure(label, 'skipped: no Chromium found (set CHROMIUM_PATH)');
      continue;
    }
    const path = join(bench.dir, `export-${format}${EXPORT_FILES[format].extension}`);
    try {
      const runs = await repeated(
        () => undefined,
        () => bench.exchange.save({ format, path }),
      );
      const bytes = runs[0]?.value.bytes ?? 0;
      figure(label, summary(runs, `; ${size(bytes)}`));
      saved.set(format, path);
    } catch (error) {
      figure(label, `FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return saved;
}

/** Figure 2: the exported case (JSON, .qdpx) opened as a new case; the bench case reopened. */
async function benchCaseImports(bench: Bench, saved: Map<ExportFormat, string>): Promise<void> {
  for (const format of ['json', 'qdpx'] as const) {
    const file = saved.get(format);
    const label = `2. import the ${format} export as a new case, importCase()`;
    if (!file) {
      figure(label, 'skipped: the export failed');
      continue;
    }
    const data = readFileSync(file).toString('base64');
    const fileName = `case${EXPORT_FILES[format].extension}`;
    try {
      const runs = await repeated(
        () => undefined,
        (run) =>
          bench.exchange.importCase({
            fileName,
            data,
            path: join(bench.dir, `imported-${format}-${run}.corroborate`),
          }),
      );
      const info = runs[0]?.value;
      const claims = bench.cases.database.read((store) => store.listClaims().length);
      figure(label, summary(runs, `; ${info?.sourceCount ?? '?'} sources, ${claims} claims`));
    } catch (error) {
      figure(label, `FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
    bench.cases.open(bench.path);
  }
}

/** Figure 3: the W3C export read into copies of the case with its sources and nothing else. */
async function benchAnnotationsImport(
  bench: Bench,
  saved: Map<ExportFormat, string>,
): Promise<void> {
  const label = '3. import the w3c export into the sources-only case, importAnnotations()';
  const file = saved.get('w3c');
  if (!file) {
    figure(label, 'skipped: the export failed');
    return;
  }
  const text = readFileSync(file, 'utf8');
  const snapshot = bench.cases.database.snapshot();
  const sourcesOnly = { ...snapshot, tags: [], claims: [], notes: [] };
  try {
    const runs = await repeated(
      (run) => {
        const path = join(bench.dir, `sources-only-${run}.corroborate`);
        const database = CaseDatabase.create(path, { name: snapshot.name });
        database.restoreSnapshot(sourcesOnly);
        database.close();
        bench.cases.open(path);
      },
      () => bench.exchange.importAnnotations(text),
    );
    const result = runs[0]?.value;
    figure(
      label,
      summary(
        runs,
        `; ${result?.claims ?? 0} claims, ${result?.occurrences ?? 0} occurrences, ${result?.skipped.length ?? 0} skipped`,
      ),
    );
  } catch (error) {
    figure(label, `FAILED: ${error instanceof Error ? error.message : String(error)}`);
  }
  bench.cases.open(bench.path);
}

/**
 * Figure 0: what the claims panel asks for, through ClaimService: every claim's independent
 * count (per occurrence, against every copied passage of the case), one claim in detail, and
 * suggestions for a claim with and without the passage index.
 */
async function benchClaims(bench: Bench): Promise<void> {
  const events = new EventHub();
  const plain = new ClaimService(bench.cases, bench.compare, events);
  const search = new SearchService(bench.cases, inlineSegmentBuilder, events);
  const start = performance.now();
  await search.refresh();
  figure(
    '0. setup: build the passage index (inline)',
    `${(performance.now() - start).toFixed(0)} ms`,
  );
  const indexed = new ClaimService(bench.cases, bench.compare, events, () => new Date(), search);
  const claimIds = plain.list().map((claim) => claim.id);
  const lists = await repeated(
    () => undefined,
    () => plain.list(),
  );
  figure(
    `0. claims.list(): ${claimIds.length} claims with their independent counts`,
    summary(lists, ''),
  );
  const evidence = bench.compare.copyEvidence();
  figure(
    '0. copy evidence of the case',
    `${evidence.relations.length} relations, ${evidence.copied.length} copied passages`,
  );
  // Claims on sources the comparison relates to others (copies, shared passages), where there
  // is something to suggest, then claims anywhere.
  const related = new Set(evidence.relations.flatMap((relation) => [relation.a, relation.b]));
  const summaries = plain.list();
  const onRelated = summaries.filter((claim) => related.has(claim.sourceId)).map((c) => c.id);
  const spread = [0, 1, 2].map((i) => claimIds[Math.floor((i * claimIds.length) / 3)] ?? 1);
  const picks = [...onRelated.slice(0, 3), ...spread];
  const details = await repeated(
    () => undefined,
    (run) => plain.get(picks[run % picks.length] ?? 1),
  );
  figure('0. claims.get(): one claim with its lines of evidence', summary(details, ''));
  for (const [name, service] of [
    ['with the passage index', indexed],
    ['without an index (every sentence scored)', plain],
  ] as const) {
    const runs: Array<Watched<OccurrenceSuggestion[]>> = [];
    for (const id of picks) runs.push(await watched(() => service.suggestions(id)));
    const found = runs.map((run) => run.value.length).join('/');
    figure(`0. claims.suggestions() ${name}`, summary(runs, `; ${found} suggestions`));
  }
}

export async function runExportBench(): Promise<void> {
  const articles = loadBbcArticles();
  heading(
    `Export and exchange: BBC News corpus (${articles.length} articles), ${CLAIMS} claims, ` +
      `through ExchangeService`,
  );
  const pdf = findChromium();
  const bench = await buildCase(articles, pdf);
  try {
    await benchClaims(bench);
    const saved = await benchExports(bench, pdf);
    await benchCaseImports(bench, saved);
    await benchAnnotationsImport(bench, saved);
  } finally {
    await bench.close();
  }
}
