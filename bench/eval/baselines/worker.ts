// A worker thread computing the two span baselines for a share of the pairs; diffWords on a long
// host takes a few hundred milliseconds per pair, so the runner spreads it over the cores.

import { parentPort, workerData } from 'node:worker_threads';
import { seedExtend } from './seed-extend';
import { wordDiffDetections } from './word-diff';

interface Job {
  pairs: Array<{ id: string; a: string; b: string }>;
}

const { pairs } = workerData as Job;
parentPort?.postMessage(
  pairs.map(({ id, a, b }) => ({
    id,
    seedExtend: seedExtend(a, b),
    wordDiff: wordDiffDetections(a, b),
  })),
);
