import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The reliability suite's scoreboard. Each suite records what it did ("214 kills") and what went
 * wrong ("0 lost") as figures in `test-results/reliability/<suite>.json`; `.ci/reliability.mjs`
 * prints them all together once every suite has run, pass or fail.
 */
export interface ScoreFigure {
  /** What was counted, in the plural: "kills", "acknowledged operations", "lost". */
  label: string;
  value: number;
  /** A figure that must be zero for the promise to hold ("lost", "corrupt"). */
  mustBeZero?: boolean;
}

export interface SuiteScore {
  suite: string;
  /** One line per promise, e.g. "Crashes: 214 kills, 3,812 acknowledged operations, 0 lost". */
  figures: ScoreFigure[];
}

export const SCOREBOARD_DIR = join(import.meta.dirname, '..', '..', 'test-results', 'reliability');

/** Records (replacing any earlier record of) one suite's figures. */
export function recordScore(score: SuiteScore, dir: string = SCOREBOARD_DIR): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${score.suite.replace(/[^\w-]+/g, '-')}.json`);
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(score, null, 2));
  renameSync(temporary, file);
}

export function readScores(dir: string = SCOREBOARD_DIR): SuiteScore[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as SuiteScore);
}

const number = new Intl.NumberFormat('en-GB');

/** "Crashes: 214 kills, 3,812 acknowledged operations, 0 lost" */
export function formatScore(score: SuiteScore): string {
  const figures = score.figures.map((figure) => `${number.format(figure.value)} ${figure.label}`);
  return `${score.suite}: ${figures.join(', ')}`;
}

/** Figures that had to be zero and were not. */
export function brokenPromises(scores: readonly SuiteScore[]): string[] {
  return scores.flatMap((score) =>
    score.figures
      .filter((figure) => figure.mustBeZero && figure.value !== 0)
      .map((figure) => `${score.suite}: ${figure.value} ${figure.label}`),
  );
}
