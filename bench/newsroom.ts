// Newsroom scale, side by side (issue 18): the project and a reference on the same texts in the
// same run, the reference alternating with the project and the ratio printed per round, then
// the "Done when" targets beside the measured values.
//  - comparison: compareCorpus vs a word 5-gram shingle candidate index (bench/shingle-index.ts)
//    on the BBC corpus (rounds) and on the replica (once: minutes today), growth exponents;
//  - search: import, index build, open → first query and query latency vs SQLite (FTS5 and raw
//    inserts; bench/newsroom-search.ts).
// `tsx bench/newsroom.ts [--scale=100] [--readme]` runs it alone (after `npm run build`);
// `--readme` writes the figures into README.md's bench:newsroom block, refused on a busy machine.
import { resourceUsage } from 'node:process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { CorpusDocument } from '../main/core/corpus';
import { appRoot } from '../main/paths';
import { bbcAvailable, BBC_DIR, loadBbcArticles, type BbcArticle } from './bbc-corpus';
import { timeCompareCorpus, type CorpusRun } from './compare';
import { machine, machineText } from './conditions';
import { benchFacts } from './facts';
import {
  doneWhen,
  growthExponent,
  newsroomOptions,
  newsroomReadmeRefusal,
  renderNewsroomBlock,
  sideBySide,
  verdict,
  type NewsroomFigures,
  type NewsroomOptions,
} from './newsroom-figures';
import {
  importAndBuildReplica,
  importAndBuildRounds,
  openRounds,
  queryRounds,
  type Text,
} from './newsroom-search';
import { load1Refusal, writeReadmeBlock } from './readme-block';
import { REPLICA_RECIPE, replicaTexts, replicaVariant, timedItems } from './replica';
import { figure, heading, median, megabytes, runConditions } from './report';
import { SHINGLE_DEFAULTS, shingleCandidates } from './shingle-index';

/** Rounds of the figures that repeat (each alternates the project and its reference). */
const ROUNDS = 3;
/** Above this scale the replica's texts are made as they are read, never all held at once. */
const HELD_IN_MEMORY_UP_TO = 10;

const fixed = (value: number, digits = 2) => value.toFixed(digits);

/** This process's CPU time in milliseconds (all threads). */
function cpuClock(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

interface ShingleRun {
  ms: number;
  cpuMs: number;
  pairs: number;
}

function timeShingles(texts: Iterable<string>): ShingleRun {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = shingleCandidates(texts);
  const ms = performance.now() - start;
  const { user, system } = process.cpuUsage(cpuStart);
  return { ms, cpuMs: (user + system) / 1000, pairs: result.pairs.length / 2 };
}

function baseDocs(articles: readonly BbcArticle[]): CorpusDocument[] {
  return articles.map((article, index) => ({
    facts: benchFacts(index + 1, article.name),
    text: article.text,
  }));
}

/**
 * The replica as compareCorpus documents. Above HELD_IN_MEMORY_UP_TO a document's text is made
 * when it is read (time added to `making`), so only what compareCorpus keeps is in memory.
 */
function replicaDocs(
  articles: readonly BbcArticle[],
  scale: number,
  held: readonly Text[] | null,
  making: { ms: number; cpuMs: number },
): CorpusDocument[] {
  const docs: CorpusDocument[] = [];
  for (const [i, article] of articles.entries()) {
    for (let k = 0; k < scale; k++) {
      const id = docs.length + 1;
      const facts = benchFacts(id, `${article.name}-v${k}`);
      const stored = held?.[id - 1]?.text;
      if (stored !== undefined) {
        docs.push({ facts, text: stored });
        continue;
      }
      docs.push({
        facts,
        get text() {
          const start = performance.now();
          const cpuStart = cpuClock();
          const text = replicaVariant(article.text, i, k);
          making.cpuMs += cpuClock() - cpuStart;
          making.ms += performance.now() - start;
          return text;
        },
      });
    }
  }
  return docs;
}

/** Medians of the BBC corpus rounds' CPU times, for exponents a busy machine does not skew. */
interface BaseCpu {
  project: number;
  shingles: number;
}

/** "1.24 (CPU time 1.08)": the growth exponent by the clock and by this process's CPU time. */
function exponents(
  wall: [small: number, large: number],
  cpu: [small: number, large: number],
  factor: number,
): string {
  const clock = growthExponent(wall[0], wall[1], factor);
  return `${fixed(clock)} (CPU time ${fixed(growthExponent(cpu[0], cpu[1], factor))})`;
}

function comparisonRounds(articles: readonly BbcArticle[], figures: NewsroomFigures): BaseCpu {
  const docs = baseDocs(articles);
  const texts = articles.map((article) => article.text);
  const project: CorpusRun[] = [];
  const reference: ShingleRun[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const runProject = () => project.push(timeCompareCorpus(docs));
    const runReference = () => reference.push(timeShingles(texts));
    if (round % 2 === 1) {
      runProject();
      runReference();
    } else {
      runReference();
      runProject();
    }
    const run = project.at(-1);
    const shingles = reference.at(-1)?.ms ?? NaN;
    if (!run) continue;
    figure(
      `round ${round}: compareCorpus ${articles.length} vs 5-gram shingle index`,
      `${fixed(run.milliseconds / 1000)} s (candidate stage ${fixed(run.candidateMilliseconds / 1000)} s,` +
        ` ${run.candidates} candidates) vs ${fixed(shingles / 1000)} s: ${fixed(run.milliseconds / shingles, 1)}×`,
    );
  }
  const { comparison } = figures;
  comparison.baseSeconds = median(project.map((run) => run.milliseconds)) / 1000;
  comparison.baseCandidateSeconds = median(project.map((run) => run.candidateMilliseconds)) / 1000;
  comparison.shingleBaseSeconds = median(reference.map((run) => run.ms)) / 1000;
  return {
    project: median(project.map((run) => run.cpuMilliseconds)),
    shingles: median(reference.map((run) => run.cpuMs)),
  };
}

function comparisonOnce(
  articles: readonly BbcArticle[],
  held: readonly Text[] | null,
  options: NewsroomOptions,
  figures: NewsroomFigures,
  baseCpu: BaseCpu,
): void {
  const count = figures.sources;
  const { comparison, scale } = figures;
  {
    const cpuTimed = timedItems(held ?? replicaTexts(articles, scale), cpuClock);
    const source = timedItems(cpuTimed.items);
    const texts = (function* () {
      for (const { text } of source.items) yield text;
    })();
    const shingles = timeShingles(texts);
    comparison.shingleSeconds = (shingles.ms - source.elapsed()) / 1000;
    figure(
      `5-gram shingle index at ${count} (${SHINGLE_DEFAULTS.minShared}+ shared, boilerplate > ${SHINGLE_DEFAULTS.maxDocuments} docs skipped)`,
      `${fixed(comparison.shingleSeconds)} s, ${shingles.pairs} candidate pairs; growth exponent ` +
        exponents(
          [comparison.shingleBaseSeconds, comparison.shingleSeconds],
          [baseCpu.shingles, shingles.cpuMs - cpuTimed.elapsed()],
          scale,
        ) +
        (source.elapsed() >= 50
          ? `; making texts, ${fixed(source.elapsed() / 1000, 1)} s, left out`
          : ''),
    );
  }
  if (!options.compareReplica) {
    figure(`compareCorpus at ${count}`, 'not run (BENCH_NEWSROOM_COMPARE=0)');
    return;
  }
  const making = { ms: 0, cpuMs: 0 };
  const docs = replicaDocs(articles, scale, held, making);
  const run = timeCompareCorpus(docs);
  const seconds = (run.milliseconds - making.ms) / 1000;
  comparison.seconds = seconds;
  comparison.candidateSeconds = run.candidateMilliseconds / 1000;
  comparison.peakRssBytes = run.memory.peakRss;
  const ratio = comparison.shingleSeconds
    ? `; ${fixed(seconds / comparison.shingleSeconds, 1)}× the shingle index`
    : '';
  figure(
    `compareCorpus at ${count}, once`,
    `${fixed(seconds, 1)} s, candidate stage ${fixed(comparison.candidateSeconds, 1)} s ` +
      `(${run.candidates} pairs aligned or derived, ${run.related} related, ${run.derived} of them derived through copy clusters)${ratio}` +
      (making.ms > 0 ? `; making texts on read, ${fixed(making.ms / 1000, 1)} s, left out` : '') +
      `; growth exponent ` +
      exponents(
        [comparison.baseSeconds, seconds],
        [baseCpu.project, run.cpuMilliseconds - making.cpuMs],
        scale,
      ),
  );
  figure(
    `   memory during compareCorpus at ${count}`,
    `peak RSS sampled ${megabytes(run.memory.peakRss)}, heap ${megabytes(run.memory.peakHeap)}; ` +
      `process max RSS so far ${megabytes(resourceUsage().maxRSS * 1024)}`,
  );
}

/** The side-by-side table and the targets, once, with the run's conditions above them. */
function printSummary(figures: NewsroomFigures): void {
  console.log(
    `\n== Newsroom summary at ${figures.sources.toLocaleString('en')} sources: the figures above\n` +
      `   (${machineText(machine())}; highest 1-minute load at any figure so far ${fixed(runConditions.maxLoad1)}, ` +
      `most cores other processes used during a figure ${fixed(runConditions.maxOthersCores)})`,
  );
  const rows = sideBySide(figures);
  const width = Math.max(...rows.map(([task]) => (task ?? '').length));
  for (const [task = '', project, reference, ratio] of rows) {
    console.log(
      `${task.padEnd(width)}  ${project}\n${''.padEnd(width)}  vs ${reference}: ${ratio}`,
    );
  }
  console.log('');
  for (const row of doneWhen(figures)) {
    console.log(`${verdict(row.pass).padEnd(4)}  ${row.goal.padEnd(58)} ${row.measured}`);
  }
}

function writeReadme(figures: NewsroomFigures, options: NewsroomOptions): void {
  const refusal = newsroomReadmeRefusal(options, runConditions);
  if (refusal) {
    console.error(`\n${refusal}`);
    process.exitCode = 1;
    return;
  }
  const date = new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const block = renderNewsroomBlock(figures, {
    date,
    machine: machine(),
    maxLoad1: runConditions.maxLoad1,
    maxOthersCores: runConditions.maxOthersCores,
  });
  writeReadmeBlock(join(appRoot, 'README.md'), 'newsroom', block, runConditions);
  console.log('\nREADME.md: bench:newsroom block written.');
}

function emptyFigures(base: number, scale: number): NewsroomFigures {
  return {
    scale,
    baseSources: base,
    sources: base * scale,
    comparison: {
      baseSeconds: NaN,
      baseCandidateSeconds: NaN,
      shingleBaseSeconds: NaN,
      seconds: null,
      candidateSeconds: null,
      peakRssBytes: null,
      shingleSeconds: null,
    },
    query: { p50: NaN, p95: NaN, fuzzyP95: NaN, fts5P50: NaN, fts5P95: NaN, p95Ratio: NaN },
    open: { ms: NaN, fts5Ms: NaN, ratio: NaN },
    import: { perSecond: NaN, perFilePerSecond: NaN, oneTransactionPerSecond: NaN },
    build: { seconds: NaN, fts5Seconds: NaN },
  };
}

export async function runNewsroomBench(
  options: NewsroomOptions = newsroomOptions(process.argv.slice(2), process.env),
): Promise<NewsroomFigures | null> {
  if (!bbcAvailable()) {
    console.log(`\nNewsroom bench skipped: no BBC corpus at ${BBC_DIR}`);
    return null;
  }
  const all = loadBbcArticles();
  const articles = options.articles === null ? all : all.slice(0, options.articles);
  const figures = emptyFigures(articles.length, options.scale);
  const count = figures.sources;
  const held =
    options.scale <= HELD_IN_MEMORY_UP_TO ? [...replicaTexts(articles, options.scale)] : null;
  const replica = () => held ?? replicaTexts(articles, options.scale);
  heading(
    `Newsroom side by side: BBC corpus (${articles.length}) and its ×${options.scale} replica ` +
      `(${count.toLocaleString('en')}; ${REPLICA_RECIPE}); ${ROUNDS} rounds, project and reference alternating`,
  );
  const load1 = machine().load[0] ?? NaN;
  if (options.readme && load1Refusal(load1) !== null) {
    console.log(`   (--readme: load1 is ${fixed(load1)} already; the README will not be written)`);
  }
  const baseCpu = comparisonRounds(articles, figures);
  comparisonOnce(articles, held, options, figures, baseCpu);

  const base = articles.map((article) => ({
    name: `${article.name.replace('/', '-')}.txt`,
    text: article.text,
  }));
  await importAndBuildRounds(base, ROUNDS);
  const replicaCase = await importAndBuildReplica(replica, count, figures);
  try {
    await openRounds(replicaCase, count, ROUNDS, figures);
    await queryRounds(replicaCase, articles, count, ROUNDS, figures);
  } finally {
    await replicaCase.dispose();
  }
  printSummary(figures);
  if (options.readme) writeReadme(figures, options);
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(
    `Corroborate newsroom bench: Node ${process.version}, ${process.platform}/${process.arch}`,
  );
  await runNewsroomBench();
}
