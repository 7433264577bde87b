// README figures come only from quiet runs: a bench run writes its generated block of README.md
// between two markers, and refuses when the machine was busy at any figure of the run (a loaded
// shared machine gives figures another clean run cannot reproduce).
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** The highest 1-minute load average at which a run's figures may go into the README. */
export const README_MAX_LOAD1 = 1;
/**
 * The most cores other processes may keep busy over any figure of a README run. The load
 * average counts this bench's own threads (the workers, the garbage collector's helpers): a run
 * alone on 2 cores reaches 1.5. What competed with it is what the machine did besides: read from
 * /proc/stat, all cores' busy time less this process's CPU time.
 */
export const README_MAX_OTHERS_CORES = 0.25;

/** How loaded a run was: the highest load1 and the most cores others used at any figure. */
export interface RunLoad {
  maxLoad1: number;
  /** NaN where the machine's busy time cannot be read: then load1 decides. */
  maxOthersCores: number;
}

export const blockMarkers = (name: string) => ({
  start: `<!-- bench:${name}:start -->`,
  end: `<!-- bench:${name}:end -->`,
});

/** Why a run may not write the README, or null when it may. */
export function readmeRefusal(run: RunLoad): string | null {
  if (Number.isNaN(run.maxOthersCores)) return load1Refusal(run.maxLoad1);
  if (run.maxOthersCores <= README_MAX_OTHERS_CORES) return null;
  return (
    `README not written: other processes kept ${run.maxOthersCores.toFixed(2)} cores busy during a ` +
    `figure of this run (limit ${README_MAX_OTHERS_CORES}; highest 1-minute load ${run.maxLoad1.toFixed(2)}). ` +
    'Figures from a busy machine do not reproduce; run again when the machine is quiet.'
  );
}

/** The fallback rule where only the load average is known: refused above load1 = 1. */
export function load1Refusal(maxLoad1: number, limit = README_MAX_LOAD1): string | null {
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
 * Writes the block into the README at `path`: refuses (throws, file untouched) when the run was
 * loaded (`readmeRefusal`); otherwise writes a temporary file beside it and renames it over the README,
 * so a reader or a crash sees the old README or the new one, never half of one.
 */
export function writeReadmeBlock(path: string, name: string, body: string, run: RunLoad): void {
  const refusal = readmeRefusal(run);
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
