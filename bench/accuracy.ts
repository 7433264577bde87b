// The accuracy harness: a labelled reuse set from BBC articles (see reuse-dataset.ts), run
// through the real `corroborate align --batch` code path, scored with PAN's character-level
// measures and as copy / not-copy decisions.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PassageKind, RelationVerdict } from '../preload/contract';
import {
  addTallies,
  EMPTY_TALLY,
  reuseScores,
  seededRandom,
  tallyReuse,
  type ReusePair,
} from '../main/core/corpus';
import { runCli } from '../main/cli/run-cli';
import { appRoot } from '../main/paths';
import { bbcAvailable, loadBbcArticles } from './bbc-corpus';
import { figure, heading } from './report';
import {
  buildReuseDataset,
  CLASS_DESCRIPTIONS,
  PAIR_CLASSES,
  type LabelledPair,
  type PairClass,
} from './reuse-dataset';

const PAIRS_PER_CLASS = 200;
const SEED = 2006; // the BBC corpus's year of publication; any fixed seed will do

interface BatchResult {
  id: string;
  relation?: RelationVerdict;
  passages?: Array<{ a: [number, number]; b: [number, number]; score: number; kind: PassageKind }>;
  error?: string;
}

const CLI_BUNDLE = join(appRoot, 'out', 'main', 'cli.js');

/** Runs the batch through the built CLI (`npm run bench` builds it), else through runCli. */
async function runBatch(input: string, output: string): Promise<string> {
  if (existsSync(CLI_BUNDLE)) {
    const child = spawnSync(
      process.execPath,
      [
        '--disable-warning=ExperimentalWarning',
        CLI_BUNDLE,
        'align',
        '--batch',
        input,
        '--out',
        output,
      ],
      { encoding: 'utf8' },
    );
    if (child.status !== 0 && child.status !== 2) throw new Error(`CLI failed: ${child.stderr}`);
    return `node out/main/cli.js align --batch (exit ${child.status})`;
  }
  const status = await runCli(['align', '--batch', input, '--out', output], {
    out: () => {},
    err: () => {},
  });
  return `runCli align --batch in-process, no build found (exit ${status})`;
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

function detections(result: BatchResult | undefined): ReusePair[] {
  return (result?.passages ?? []).map((passage) => ({
    a: { start: passage.a[0], end: passage.a[1] },
    b: { start: passage.b[0], end: passage.b[1] },
  }));
}

function tallyPairs(pairs: readonly LabelledPair[], results: Map<string, BatchResult>) {
  return pairs.reduce(
    (sum, pair) => addTallies(sum, tallyReuse(pair.cases, detections(results.get(pair.id)))),
    EMPTY_TALLY,
  );
}

function countBy<T extends string>(values: readonly T[]): string {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => `${value} ${count}`).join(', ') || 'none';
}

function printClass(
  kind: PairClass,
  pairs: LabelledPair[],
  results: Map<string, BatchResult>,
): void {
  const mine = pairs.filter((pair) => pair.kind === kind);
  const verdicts = mine.map((pair) => results.get(pair.id)?.relation ?? 'error');
  const kinds = mine.flatMap((pair) => (results.get(pair.id)?.passages ?? []).map((p) => p.kind));
  const tally = tallyPairs(mine, results);
  const scores = reuseScores(tally);
  console.log(`-- ${kind} (${mine.length} pairs): ${CLASS_DESCRIPTIONS[kind]}`);
  const words = mine.reduce((sum, pair) => sum + pair.contentWords, 0);
  if (words > 0) {
    const replaced = mine.reduce((sum, pair) => sum + pair.replaced, 0);
    figure(
      '   content words actually swapped',
      `${pct(replaced / words)} (${replaced} of ${words})`,
    );
  }
  figure('   verdicts', countBy(verdicts));
  figure('   passage kinds', countBy(kinds));
  if (kind === 'negative') {
    figure('   false detections (passages in pairs with no reuse)', `${tally.detections}`);
  } else {
    figure(
      '   PAN character level',
      `precision ${scores.precision.toFixed(3)}  recall ${scores.recall.toFixed(3)}  granularity ${scores.granularity.toFixed(3)}  plagdet ${scores.plagdet.toFixed(3)}`,
    );
  }
}

/** Generates the set, runs it through the CLI and prints the figures. */
export async function runAccuracyBench(): Promise<void> {
  heading('Accuracy: labelled reuse built from BBC articles, through `corroborate align --batch`');
  if (!bbcAvailable()) {
    figure('accuracy harness', 'skipped (no BBC corpus)');
    return;
  }
  const pairs = buildReuseDataset(loadBbcArticles(), PAIRS_PER_CLASS, seededRandom(SEED));
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-accuracy-'));
  try {
    const input = join(dir, 'pairs.jsonl');
    const output = join(dir, 'results.jsonl');
    writeFileSync(input, pairs.map(({ id, a, b }) => JSON.stringify({ id, a, b })).join('\n'));
    const start = performance.now();
    const how = await runBatch(input, output);
    const elapsed = performance.now() - start;
    const lines = readFileSync(output, 'utf8').split('\n').filter(Boolean);
    const results = new Map(
      lines.map((line) => JSON.parse(line) as BatchResult).map((r) => [r.id, r]),
    );
    figure(
      `${pairs.length} pairs via ${how}`,
      `${(elapsed / 1000).toFixed(1)} s, ${(elapsed / pairs.length).toFixed(1)} ms per pair incl. start-up`,
    );
    const failed = [...results.values()].filter((result) => result.error).length;
    if (failed > 0) figure('   lines the CLI reported as errors', `${failed}`);
    for (const kind of PAIR_CLASSES) printClass(kind, pairs, results);

    const copy = (pair: LabelledPair) => results.get(pair.id)?.relation === 'derived-copy';
    const reused = (pair: LabelledPair) => {
      const relation = results.get(pair.id)?.relation;
      return relation !== undefined && relation !== 'independent';
    };
    const copyRight = pairs.filter((pair) => copy(pair) === (pair.kind === 'spun-copy')).length;
    const reuseRight = pairs.filter((pair) => reused(pair) === (pair.kind !== 'negative')).length;
    const overall = reuseScores(tallyPairs(pairs, results));
    console.log('-- all classes');
    figure(
      '   copy / not copy (derived-copy only for spun copies)',
      `accuracy ${pct(copyRight / pairs.length)} (${copyRight}/${pairs.length})`,
    );
    figure(
      '   reuse / no reuse (not independent unless negative)',
      `accuracy ${pct(reuseRight / pairs.length)} (${reuseRight}/${pairs.length})`,
    );
    figure(
      '   PAN character level, all classes with negatives',
      `precision ${overall.precision.toFixed(3)}  recall ${overall.recall.toFixed(3)}  granularity ${overall.granularity.toFixed(3)}  plagdet ${overall.plagdet.toFixed(3)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
