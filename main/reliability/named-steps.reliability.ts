import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STEPS, type Step } from '../storage/fault-points';
import { parseChildLog } from './child-log';
import { bundleChild, removeChildBundles, runChild } from './child-runner';
import { recordScore } from './scoreboard';
import type { StepChildConfig } from './step-operation';
import { exportScenario, importScenario, migrationScenario, type Scenario } from './step-scenarios';

// Promise 1, the named steps: a kill at each named step inside a multi-step operation leaves
// the old state or the new one, never a mix. Each step's scenario builds the starting case,
// a child performs the operation and SIGKILLs itself at the step, the scenario checks the rest.
const SCENARIOS: Partial<Record<Step, Scenario>> = {
  'import:after-commit': importScenario,
  'search:mid-segment': importScenario,
  'search:after-segment': importScenario,
  'export:mid-write': exportScenario,
  'export:before-rename': exportScenario,
  'migration:inside-step': migrationScenario,
  'migration:between-steps': migrationScenario,
};
/**
 * Backup and restore steps are killed by main/storage/backups.reliability.ts, which checks what
 * matters there: every good backup kept, and a restore the next open completes.
 */
const BACKUP_SUITE = readFileSync(
  join(import.meta.dirname, '..', 'storage', 'backups.reliability.ts'),
  'utf8',
);
const COVERED_BY_BACKUP_SUITE = new Set<string>(
  STEPS.filter((step) => step.startsWith('backup:') || step.startsWith('restore:')),
);

const root = mkdtempSync(join(tmpdir(), 'corroborate-named-steps-'));
afterAll(async () => {
  await removeChildBundles();
  rmSync(root, { recursive: true, force: true });
});

const figures = { killed: 0, mixed: 0 };

afterAll(() => {
  recordScore({
    suite: 'Named steps',
    figures: [
      { label: 'steps killed', value: figures.killed },
      { label: 'mixed results', value: figures.mixed, mustBeZero: true },
    ],
  });
});

describe('kills at named steps', () => {
  it('every named step has a scenario here or in the backup suite', () => {
    const uncovered = STEPS.filter(
      (step) =>
        !SCENARIOS[step] &&
        !(COVERED_BY_BACKUP_SUITE.has(step) && BACKUP_SUITE.includes(`'${step}'`)),
    );
    expect(uncovered).toEqual([]);
  });

  for (const step of STEPS) {
    const scenario = SCENARIOS[step];
    if (!scenario) continue;
    it(`${step}: old state or new, never a mix`, async () => {
      const script = await bundleChild('step-child.ts');
      const problems: string[] = [];
      for (let occurrence = 1; occurrence <= scenario.occurrences; occurrence++) {
        const dir = join(root, `${step.replace(':', '-')}-${occurrence}`);
        mkdirSync(dir, { recursive: true });
        const operation = await scenario.prepare(dir);
        const config: StepChildConfig = {
          casePath: join(dir, 'steps.corroborate'),
          dataDir: join(dir, 'data'),
          target: step,
          occurrence,
          operation,
        };
        const configPath = join(dir, 'config.json');
        writeFileSync(configPath, JSON.stringify(config));
        const run = await runChild({ script, args: [configPath] });
        const log = parseChildLog(run.lines.filter((line) => !line.startsWith('killing ')));
        const killedAtStep = run.lines.includes(`killing ${step}`) && run.signal === 'SIGKILL';
        for (const crash of log.crashes)
          problems.push(`#${occurrence}: the child failed: ${crash}`);
        if (!killedAtStep) {
          // A later occurrence may not exist (one segment fewer to write): only the first must.
          if (occurrence === 1 || log.crashes.length > 0) {
            problems.push(
              `#${occurrence}: the step was never reached (${run.code ?? run.signal})\n${run.stderr}`,
            );
          }
          continue;
        }
        figures.killed += 1;
        const mixed = await scenario.verify(dir, occurrence, step);
        if (mixed.length > 0) figures.mixed += 1;
        problems.push(...mixed.map((problem) => `#${occurrence}: ${problem}`));
      }
      expect(problems).toEqual([]);
    });
  }
});
