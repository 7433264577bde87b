// `npm run eval [-- --split dev|test|both] [--keep DIR]`: the evaluation harness. Builds every
// dataset for each split from half of the BBC corpus (plus the hand-labelled sentence pairs), runs
// the engine through one `corroborate align --batch` call per split, computes the baselines, and
// prints one table per split; the same tables go to bench/eval/last-run.md.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { appRoot } from '../../main/paths';
import { bbcAvailable, loadBbcArticles } from '../bbc-corpus';
import { spanBaselines } from './baselines/parallel';
import { chooseThreshold, containment, jaccard } from './baselines/word-overlap';
import { buildSplit, type EvalItem, type SentencePair } from './datasets';
import { runEngine } from './engine';
import { scoreSplit, type Baselines, type SplitScore } from './score';
import { SPLITS, type Split } from './split';
import { markdownTable, plainTable } from './table';
import { wordNet } from './wordnet';

const HERE = join(appRoot, 'bench', 'eval');
export const SENTENCE_PAIRS_FILE = join(HERE, 'data', 'sentence-pairs.jsonl');
const REPORT_FILE = join(HERE, 'last-run.md');
const EXAMPLES_PRINTED = 5;
const EXAMPLES_WRITTEN = 12;

function parseArgs(argv: readonly string[]): { splits: Split[]; keep: string | null } {
  let splits: Split[] = [...SPLITS];
  let keep: string | null = null;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const value = argv[index + 1];
    if (arg === '--split' && value) {
      if (value === 'both') splits = [...SPLITS];
      else if (value === 'dev' || value === 'test') splits = [value];
      else throw new Error(`--split must be dev, test or both, not ${value}`);
      index++;
    } else if (arg === '--keep' && value) {
      keep = value;
      index++;
    } else throw new Error(`unknown argument ${arg}; use --split dev|test|both, --keep DIR`);
  }
  return { splits, keep };
}

export function loadSentencePairs(path = SENTENCE_PAIRS_FILE): SentencePair[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SentencePair);
}

const COPY_DECISIONS = new Set([
  'partial-spun-copy',
  'whole-spun-copy',
  'same-topic-different-stories',
]);
const PAN_SETS = new Set(['embedded-verbatim', 'embedded-spun']);
const SENTENCE_SETS = new Set(['sentence-pairs', 'random-sentence-pairs']);

/** Thresholds of the word-overlap baseline, chosen on dev items only. */
function devThresholds(dev: readonly EvalItem[]) {
  const sentences = dev
    .filter((item) => item.dataset === 'sentence-pairs')
    .map((item) => ({ score: jaccard(item.a, item.b), label: item.label === true }));
  const copies = dev
    .filter((item) => COPY_DECISIONS.has(item.dataset))
    .map((item) => ({ score: containment(item.a, item.b), label: item.copy === true }));
  return {
    jaccardThreshold: sentences.length > 0 ? chooseThreshold(sentences) : 0.5,
    containmentThreshold: copies.length > 0 ? chooseThreshold(copies) : 0.5,
  };
}

async function computeBaselines(
  items: readonly EvalItem[],
  thresholds: ReturnType<typeof devThresholds>,
): Promise<Baselines> {
  const spans = await spanBaselines(
    items.filter((item) => PAN_SETS.has(item.dataset) || SENTENCE_SETS.has(item.dataset)),
  );
  const jaccards = new Map<string, number>();
  const containments = new Map<string, number>();
  for (const item of items) {
    if (SENTENCE_SETS.has(item.dataset)) jaccards.set(item.id, jaccard(item.a, item.b));
    if (COPY_DECISIONS.has(item.dataset)) containments.set(item.id, containment(item.a, item.b));
  }
  return { ...spans, jaccard: jaccards, containment: containments, ...thresholds };
}

function gitDescription(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: appRoot,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'main', 'preload'], {
      cwd: appRoot,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${commit} with uncommitted changes in main/ or preload/` : commit;
  } catch {
    return 'unknown commit';
  }
}

async function main(): Promise<number> {
  const { splits, keep } = parseArgs(process.argv.slice(2));
  if (!bbcAvailable()) {
    console.error('The BBC corpus (../shared/bench/bbc-news) is missing; nothing to evaluate.');
    return 1;
  }
  const started = performance.now();
  const articles = loadBbcArticles();
  const words = wordNet();
  const sentencePairs = loadSentencePairs();
  const built = new Map<Split, EvalItem[]>();
  const itemsOf = (split: Split) => {
    let items = built.get(split);
    if (!items) built.set(split, (items = buildSplit(articles, split, words, sentencePairs)));
    return items;
  };
  const progress = (line: string) => process.stderr.write(`eval: ${line}\n`);
  progress('building the dev split (thresholds for the word-overlap baseline come from it)');
  const thresholds = devThresholds(itemsOf('dev'));
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'corroborate-eval-'));
  mkdirSync(dir, { recursive: true });
  const markdown: string[] = [
    '# Evaluation: last run',
    '',
    `Generated by \`npm run eval\` on ${new Date().toISOString()} at ${gitDescription()}. Not committed.`,
    '',
    'Every dataset is generated with fixed seeds from one half of the BBC corpus (split by a hash of ' +
      'category/file); the hand-labelled sentence pairs by a hash of their source pair. Tune on dev; ' +
      'test is the figure to report. Baseline thresholds are chosen on dev: word-overlap uses Jaccard ' +
      `≥ ${thresholds.jaccardThreshold.toFixed(3)} for sentence pairs and 5-gram containment ≥ ` +
      `${thresholds.containmentThreshold.toFixed(3)} for copy decisions.`,
  ];
  try {
    for (const split of splits) {
      progress(`${split}: building the datasets`);
      const items = itemsOf(split);
      progress(`${split}: ${items.length} pairs to the engine and the baselines, in parallel`);
      const engine = runEngine(items, dir, split);
      const baselineStart = performance.now();
      const baselines = await computeBaselines(items, thresholds);
      const baselineSeconds = (performance.now() - baselineStart) / 1000;
      const run = await engine;
      if (run.status !== 0 && run.status !== 2) {
        console.error(`The CLI failed (exit ${run.status}):\n${run.stderr}`);
      }
      if (keep) {
        writeFileSync(
          join(dir, `${split}.truth.jsonl`),
          `${items.map((item) => JSON.stringify(item)).join('\n')}\n`,
        );
      }
      const score: SplitScore = scoreSplit(items, run.results, baselines);
      const title =
        `Split ${split.toUpperCase()}: ${items.length} pairs; engine ${run.seconds.toFixed(1)} s ` +
        `in one align --batch call (exit ${run.status}), baselines ${baselineSeconds.toFixed(1)} s`;
      console.log(`\n== ${title}\n`);
      console.log(plainTable(score.rows));
      if (score.failures.length > 0) {
        console.log(`\nWhere the engine missed (first ${EXAMPLES_PRINTED} ids each):`);
        for (const failure of score.failures) {
          console.log(`  ${failure.what}: ${failure.ids.slice(0, EXAMPLES_PRINTED).join(', ')}`);
        }
      }
      markdown.push('', `## ${title}`, '', markdownTable(score.rows));
      if (score.failures.length > 0) {
        markdown.push('', `### Where the engine missed (first ${EXAMPLES_WRITTEN} of each)`, '');
        for (const failure of score.failures) {
          markdown.push(`- **${failure.what}**`);
          failure.ids.slice(0, EXAMPLES_WRITTEN).forEach((id, index) => {
            markdown.push(`  - \`${id}\`: ${failure.notes[index] ?? ''}`);
          });
        }
      }
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  // Formatted as the project's Prettier would, so `npm run format` stays clean beside it.
  const style = (await resolveConfig(REPORT_FILE)) ?? {};
  writeFileSync(
    REPORT_FILE,
    await format(`${markdown.join('\n')}\n`, { ...style, parser: 'markdown' }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\nWritten ${REPORT_FILE} (${seconds.toFixed(0)} s in all)${keep ? `; inputs, outputs and truth in ${keep}` : ''}`,
  );
  return 0;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
