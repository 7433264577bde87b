// Runs the engine the way a user would: one `corroborate align --batch` call of the built CLI per
// split, asynchronously so the baselines can be computed while it works.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReusePair } from '../../main/core/corpus';
import { appRoot } from '../../main/paths';

export const CLI_BUNDLE = join(appRoot, 'out', 'main', 'cli.js');

export type PassageKind = 'verbatim' | 'spun' | 'paraphrase' | 'shared-quote';
export const COPY_KINDS: readonly PassageKind[] = ['verbatim', 'spun'];

export interface EnginePassage {
  a: [number, number];
  b: [number, number];
  score: number;
  kind: PassageKind;
}

/** One output line of `align --batch`; fields the engine does not (yet) print are missing. */
export interface EngineResult {
  id: string;
  relation?: 'derived-copy' | 'shares-passages' | 'independent';
  similarity?: number;
  passages?: EnginePassage[];
  extent?: 'whole' | 'partial' | null;
  direction?: { origin: 'a' | 'b'; evidence?: string } | null;
  error?: string;
}

export function passagesAsPairs(
  result: EngineResult | undefined,
  kinds?: readonly PassageKind[],
): ReusePair[] {
  return (result?.passages ?? [])
    .filter((passage) => !kinds || kinds.includes(passage.kind))
    .map((passage) => ({
      a: { start: passage.a[0], end: passage.a[1] },
      b: { start: passage.b[0], end: passage.b[1] },
    }));
}

export interface EngineRun {
  results: Map<string, EngineResult>;
  seconds: number;
  status: number | null;
  stderr: string;
}

/** Writes the pairs, starts the CLI and resolves with its results (keyed by id). */
export function runEngine(
  pairs: ReadonlyArray<{ id: string; a: string; b: string }>,
  dir: string,
  name: string,
): Promise<EngineRun> {
  if (!existsSync(CLI_BUNDLE)) {
    throw new Error(`${CLI_BUNDLE} is missing: run \`npm run eval\`, which builds it first`);
  }
  const input = join(dir, `${name}.in.jsonl`);
  const output = join(dir, `${name}.out.jsonl`);
  writeFileSync(input, `${pairs.map(({ id, a, b }) => JSON.stringify({ id, a, b })).join('\n')}\n`);
  const start = Date.now();
  const child = spawn(
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
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const results = new Map<string, EngineResult>();
      if (existsSync(output)) {
        for (const line of readFileSync(output, 'utf8').split('\n')) {
          if (!line.trim()) continue;
          const result = JSON.parse(line) as EngineResult;
          results.set(String(result.id), result);
        }
      }
      // The output file's last write marks when the engine finished, even if this process was
      // busy with the baselines when the child exited.
      const finished = existsSync(output) ? statSync(output).mtimeMs : Date.now();
      resolve({ results, seconds: (finished - start) / 1000, status, stderr });
    });
  });
}
