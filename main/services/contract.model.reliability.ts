// Issue 7, promise 6: random command sequences over every operation of the contract, sent
// through the real dispatcher of real services over a real case file, with restarts between
// them, keep the case equal to a plain in-memory model (contract-model-*.ts). After every
// command the case is read back through the contract and compared with the model.
//
// RELIABILITY_SCALE multiplies the number of sequences for long soaks; CONTRACT_MODEL_RUNS sets
// it outright and CONTRACT_MODEL_SEED replays a reported failure.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { recordScore } from '../reliability/scoreboard';
import { AppUnderTest, checkCase } from './contract-model-app';
import { sequence, type Command } from './contract-model-commands';
import { runCommand } from './contract-model-reads';
import { outcomes } from './contract-model-writes';
import { ContractModel } from './contract-model-state';

const scale = Math.max(1, Number(process.env['RELIABILITY_SCALE'] ?? 1));
const NUM_RUNS = Number(process.env['CONTRACT_MODEL_RUNS'] ?? Math.round(200 * scale));
const seed = process.env['CONTRACT_MODEL_SEED'];

const counts = { sequences: 0, operations: 0, reopens: 0, divergences: 0 };

/** One sequence: a fresh data folder, a new case, the commands, a check after each. */
async function runSequence(commands: readonly Command[]): Promise<void> {
  counts.sequences++;
  const app = new AppUnderTest();
  try {
    const path = `${app.dataDir}/model.corroborate`;
    await app.value('case:create', { path, name: 'Model case' });
    const model = new ContractModel(path, 'Model case');
    await checkCase(app, model);
    for (const c of commands) {
      await runCommand(app, model, c);
      counts.operations++;
      if (c.kind === 'reopen') counts.reopens++;
      await checkCase(app, model);
    }
  } finally {
    await app.dispose();
  }
}

describe('every contract operation against an in-memory model', () => {
  afterAll(() => {
    recordScore({
      suite: 'Model',
      figures: [
        { label: 'command sequences', value: counts.sequences },
        { label: 'operations', value: counts.operations },
        { label: 'reopens', value: counts.reopens },
        { label: 'divergences', value: counts.divergences, mustBeZero: true },
      ],
    });
  });

  it(`keeps the case equal to the model over ${NUM_RUNS} command sequences`, async () => {
    const property = fc.asyncProperty(sequence, runSequence);
    const started = Date.now();
    try {
      await fc.assert(property, {
        numRuns: NUM_RUNS,
        ...(seed === undefined ? {} : { seed: Number(seed) }),
      });
    } catch (error) {
      counts.divergences++;
      throw error;
    }
    console.log(
      `contract model: ${counts.sequences} sequences, ${counts.operations} operations, ${counts.reopens} reopens in ${Math.round((Date.now() - started) / 1000)} s`,
    );
    console.log(JSON.stringify(Object.fromEntries([...outcomes].sort())));
    expect(counts.sequences).toBeGreaterThanOrEqual(NUM_RUNS);
  });
});
