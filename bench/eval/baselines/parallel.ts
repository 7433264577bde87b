// Runs the span baselines (seed-extend, word-diff) on worker threads, pairs dealt out by size.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReusePair } from '../../../main/core/corpus';

export interface SpanBaselines {
  seedExtend: Map<string, ReusePair[]>;
  wordDiff: Map<string, ReusePair[]>;
}

interface WorkerResult {
  id: string;
  seedExtend: ReusePair[];
  wordDiff: ReusePair[];
}

export async function spanBaselines(
  pairs: ReadonlyArray<{ id: string; a: string; b: string }>,
  threads = Math.max(1, Math.min(4, availableParallelism())),
): Promise<SpanBaselines> {
  // Largest first, dealt round-robin, so each thread gets a similar amount of work.
  const sorted = [...pairs].sort((x, y) => y.a.length * y.b.length - x.a.length * x.b.length);
  const shares = Array.from({ length: threads }, (_, thread) =>
    sorted.filter((_, index) => index % threads === thread).map(({ id, a, b }) => ({ id, a, b })),
  );
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<WorkerResult[]>((resolve, reject) => {
          const worker = new Worker(new URL('./worker.ts', import.meta.url), {
            workerData: { pairs: share },
          });
          worker.once('message', (message: WorkerResult[]) => resolve(message));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`baseline worker exited with ${code}`));
          });
        }),
    ),
  );
  const out: SpanBaselines = { seedExtend: new Map(), wordDiff: new Map() };
  for (const result of results.flat()) {
    out.seedExtend.set(result.id, result.seedExtend);
    out.wordDiff.set(result.id, result.wordDiff);
  }
  return out;
}
