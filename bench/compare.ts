// Comparison figures: one long pair, and every pair of the BBC corpus through compareCorpus.
import { benchFacts } from './facts';
import { resourceUsage } from 'node:process';
import type { RelationVerdict } from '../preload/contract';
import { alignTexts, judgeRelation } from '../main/core/align';
import { compareCorpus, DEFAULT_LSH, seededRandom, type CorpusDocument } from '../main/core/corpus';
import { hardWrap } from '../main/testing/hard-wrap';
import { loadBbcArticles, shuffled, type BbcArticle } from './bbc-corpus';
import { benchCandidateRecall } from './candidate-recall';
import { obfuscate, wordCount } from './perturb';
import { figure, heading, median, megabytes, MemorySampler, report } from './report';

/** Whole articles, in the given order, joined until the text has at least `words` words. */
function longArticle(articles: readonly BbcArticle[], words: number): string {
  const parts: string[] = [];
  let count = 0;
  for (const article of articles) {
    if (count >= words) break;
    parts.push(article.text.trim());
    count += wordCount(article.text);
  }
  return parts.join('\n\n');
}

/** A 5 MB hard-wrapped text (the whole corpus at 72 columns) against a 10 KB one inside it. */
function benchHugeAgainstSmall(articles: readonly BbcArticle[], runs: number): void {
  const huge = hardWrap(articles.map((article) => article.text.trim()).join('\n\n'), 72);
  const small = longArticle(articles.slice(1000), 1600).slice(0, 10_000);
  const samples: number[] = [];
  let found = '';
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const alignment = alignTexts(small, huge);
    samples.push(performance.now() - start);
    const relation = judgeRelation(alignment, benchFacts(1, 'A'), benchFacts(2, 'B'));
    found = `${relation.verdict} (${relation.extent ?? 'no extent'}), ${alignment.copiedRuns.length} copied runs, ${alignment.passages.length} passages`;
  }
  report(
    `align a ${(small.length / 1000).toFixed(0)} KB text with a ${(huge.length / 1e6).toFixed(1)} MB hard-wrapped one (72 columns) holding it, budget ≤ 1 s`,
    samples,
  );
  figure('   result', found);
}

function benchLongPair(runs: number): void {
  const articles = shuffled(loadBbcArticles(), seededRandom(7));
  const a = longArticle(
    articles.filter((article) => article.category === 'business'),
    5000,
  );
  const unrelated = longArticle(
    articles.filter((article) => article.category === 'sport'),
    5000,
  );
  const spun = obfuscate(a, 0.3, seededRandom(8));
  const cases: Array<[string, string, string]> = [
    [
      `align two 5,000-word texts: spun copy (${Math.round((100 * spun.replaced) / spun.contentWords)}% of content words swapped)`,
      a,
      spun.text,
    ],
    ['align two 5,000-word texts: unrelated (business vs sport)', a, unrelated],
  ];
  figure('long texts', `${wordCount(a)} words (business articles joined), budget ≤ 50 ms`);
  for (const [name, first, second] of cases) {
    const samples: number[] = [];
    let verdict = '';
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const alignment = alignTexts(first, second);
      samples.push(performance.now() - start);
      const relation = judgeRelation(alignment, benchFacts(1, 'A'), benchFacts(2, 'B'));
      verdict = `${relation.verdict}, similarity ${relation.similarity.toFixed(2)}, ${alignment.passages.length} passages`;
    }
    report(name, samples);
    figure('   verdict', verdict);
  }
}

export interface CorpusRun {
  milliseconds: number;
  /** This process's CPU time: on a busy machine it tracks the work better than the clock. */
  cpuMilliseconds: number;
  candidateMilliseconds: number;
  candidates: number;
  /** Related pairs found, by verdict (streamed through onResult: never all held at once). */
  verdicts: Map<RelationVerdict, number>;
  related: number;
  /** Pairs called derived copies ("a:b"), kept only when asked for. */
  copies: Set<string>;
  /** Pairs derived through a copy cluster rather than aligned. */
  derived: number;
  memory: MemorySampler;
}

function runCorpus(articles: readonly BbcArticle[], keepCopies = false): CorpusRun {
  return timeCompareCorpus(
    articles.map((article, index) => ({
      facts: benchFacts(index + 1, article.name),
      text: article.text,
    })),
    { keepCopies },
  );
}

/**
 * compareCorpus on `docs`, timed: the candidate stage ends when it reports its first progress
 * (done === 0, with the number of candidate pairs); memory is sampled at every 25th pair.
 */
export function timeCompareCorpus(
  docs: readonly CorpusDocument[],
  options: { keepCopies?: boolean } = {},
): CorpusRun {
  const memory = new MemorySampler();
  memory.sample();
  let candidates = 0;
  let candidateMilliseconds = 0;
  const verdicts = new Map<RelationVerdict, number>();
  const copies = new Set<string>();
  let related = 0;
  let derived = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  compareCorpus(docs, {
    onRead: (done) => {
      if (done % 500 === 0) memory.sample();
    },
    onProgress: (done, total) => {
      if (done === 0) {
        candidates = total;
        candidateMilliseconds = performance.now() - start;
      }
      if (done % 500 === 0 || done === total) memory.sample();
    },
    onResult: ({ relation, alignment }) => {
      related++;
      if (alignment.derivedVia) derived++;
      verdicts.set(relation.verdict, (verdicts.get(relation.verdict) ?? 0) + 1);
      if (options.keepCopies && relation.verdict === 'derived-copy') {
        copies.add(`${relation.a}:${relation.b}`);
      }
    },
  });
  const milliseconds = performance.now() - start;
  const { user, system } = process.cpuUsage(cpuStart);
  return {
    milliseconds,
    cpuMilliseconds: (user + system) / 1000,
    candidateMilliseconds,
    candidates,
    verdicts,
    related,
    copies,
    derived,
    memory,
  };
}

/** Pairs of articles whose text, with whitespace collapsed, is the same. */
function exactDuplicatePairs(articles: readonly BbcArticle[]): Array<[number, number]> {
  const byText = new Map<string, number[]>();
  articles.forEach((article, index) => {
    const key = article.text.replace(/\s+/g, ' ').trim();
    byText.set(key, [...(byText.get(key) ?? []), index + 1]);
  });
  return [...byText.values()].flatMap((ids) =>
    ids.flatMap((a, i) => ids.slice(i + 1).map((b): [number, number] => [a, b])),
  );
}

function benchAllPairs(articles: readonly BbcArticle[]): void {
  const before = process.memoryUsage().rss;
  const run = runCorpus(articles, true);
  const { verdicts, copies } = run;
  const n = articles.length;
  figure(
    `compareCorpus, all pairs of ${n} BBC articles (${((n * (n - 1)) / 2).toLocaleString('en')} pairs)`,
    `${(run.milliseconds / 1000).toFixed(2)} s total, budget ≤ 30 s`,
  );
  figure(
    '   candidate pairs from sentence MinHash/LSH',
    `${run.candidates} (found in ${(run.candidateMilliseconds / 1000).toFixed(2)} s), then aligned`,
  );
  figure(
    '   pairs called derived copies / sharing passages',
    `${verdicts.get('derived-copy') ?? 0} / ${verdicts.get('shares-passages') ?? 0} (${run.derived} derived through copy clusters, the rest aligned)`,
  );
  const duplicates = exactDuplicatePairs(articles);
  const found = duplicates.filter(([a, b]) => copies.has(`${a}:${b}`)).length;
  figure(
    '   byte-identical texts (whitespace aside) called derived copies',
    `${found} of ${duplicates.length} pairs`,
  );
  figure(
    '   memory: RSS before → peak sampled; peak heap; process max RSS',
    `${megabytes(before)} → ${megabytes(run.memory.peakRss)}; ${megabytes(run.memory.peakHeap)}; ${megabytes(resourceUsage().maxRSS * 1024)}`,
  );
}

/**
 * Time per article as the corpus grows, median of `runs` runs per size. The candidate phase
 * (prepare, fingerprint, LSH) should stay flat per article; aligning grows with the related
 * pairs, which in a sample of one corpus grow with the square of its size.
 */
function benchGrowth(articles: readonly BbcArticle[], runs: number): void {
  let base = NaN;
  for (const size of [500, 1000, 1500, articles.length]) {
    const samples = Array.from({ length: runs }, () => runCorpus(articles.slice(0, size)));
    const total = median(samples.map((run) => run.milliseconds));
    const candidatePhase = median(samples.map((run) => run.candidateMilliseconds));
    const { candidates, related } = samples[0] ?? { candidates: 0, related: 0 };
    if (Number.isNaN(base)) base = total / size;
    figure(
      `growth: first ${size} of the shuffled articles (median of ${runs})`,
      `${(total / 1000).toFixed(2)} s = ${(total / size).toFixed(2)} ms/article (×${(total / size / base).toFixed(2)}); candidate phase ${(candidatePhase / size).toFixed(2)} ms/article; ${candidates} pairs aligned or derived, ${related} related`,
    );
  }
}

export function runCompareBench(): void {
  heading('Comparison');
  benchLongPair(25);
  const articles = shuffled(loadBbcArticles(), seededRandom(2225));
  benchHugeAgainstSmall(articles, 5);
  const { bands, rows, minWords, minShared, minContainment, minOfLarger } = DEFAULT_LSH;
  figure(
    'LSH parameters',
    `${bands} bands × ${rows} rows, sentences ≥ ${minWords} content words, match: ≥ ${minShared} shared and ≥ ${minContainment} / ${minOfLarger} of the smaller / larger sentence's IDF weight`,
  );
  benchAllPairs(articles);
  benchGrowth(articles, 3);
  benchCandidateRecall(articles, 'business');
}
