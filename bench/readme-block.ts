// README figures come only from quiet runs: a bench run writes its generated block of README.md
// between two markers, and refuses when the machine was busy at any figure of the run (a loaded
// shared machine gives figures another clean run cannot reproduce).
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** The highest 1-minute load average at which a run's figures may go into the README. */
export const README_MAX_LOAD1 = 1;

export const blockMarkers = (name: string) => ({
  start: `<!-- bench:${name}:start -->`,
  end: `<!-- bench:${name}:end -->`,
});

/** Why a run may not write the README, or null when it may. */
export function readmeRefusal(maxLoad1: number, limit = README_MAX_LOAD1): string | null {
  if (maxLoad1 <= limit) return null;
  const seen = Number.isFinite(maxLoad1) ? maxLoad1.toFixed(2) : 'unknown';
  return (
    `README not written: the 1-minute load average reached ${seen} during this run (limit ${limit}). ` +
    'Figures from a busy machine do not reproduce; run again when the machine is quiet.'
  );
}

/**
 * `readme` with the text between the block's markers replaced by `body`; everything outside the
 * markers, the markers included, is kept byte for byte. Throws when the markers are missing,
 * repeated or out of order, so a broken README is never silently extended.
 */
export function replaceBlock(readme: string, name: string, body: string): string {
  const { start, end } = blockMarkers(name);
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`README has no ${start} … ${end} block.`);
  if (readme.indexOf(start, from + 1) >= 0 || readme.indexOf(end, to + 1) >= 0) {
    throw new Error(`README has more than one ${name} block.`);
  }
  if (to < from) throw new Error(`README's ${end} comes before its ${start}.`);
  const inner = body.endsWith('\n') ? body : `${body}\n`;
  return `${readme.slice(0, from + start.length)}\n${inner}${readme.slice(to)}`;
}

/**
 * Writes the block into the README at `path`: refuses (throws, file untouched) when `maxLoad1`
 * is over the limit; otherwise writes a temporary file beside it and renames it over the README,
 * so a reader or a crash sees the old README or the new one, never half of one.
 */
export function writeReadmeBlock(path: string, name: string, body: string, maxLoad1: number): void {
  const refusal = readmeRefusal(maxLoad1);
  if (refusal) throw new Error(refusal);
  const next = replaceBlock(readFileSync(path, 'utf8'), name, body);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, next, { flush: true });
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
