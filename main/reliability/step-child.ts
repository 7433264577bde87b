// The child the named-steps suite kills at one named step of a multi-step operation: it installs
// the step hook, then performs the one operation that passes the step, through the dispatcher.
// Run as: node step-child.mjs <config.json>; reports `ready`, `killing <step>`, `ack`, `done`.
import { readFileSync } from 'node:fs';
import { setStepHook } from '../storage/fault-points';
import { createReliabilityServices, settle } from './child-services';
import { report } from './report-channel';
import { STEP_CLOCK, type StepChildConfig } from './step-operation';

async function main(): Promise<void> {
  const configPath = process.argv[2];
  if (!configPath) throw new Error('usage: step-child <config.json>');
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as StepChildConfig;
  let reached = 0;
  setStepHook((step) => {
    if (step !== config.target || ++reached !== config.occurrence) return;
    report(`killing ${step}`);
    process.kill(process.pid, 'SIGKILL');
  });
  const services = createReliabilityServices(config.dataDir, () => STEP_CLOCK);
  const { dispatcher } = services;
  report('ready');
  const opened = await dispatcher.dispatch('case:open', { path: config.casePath });
  if (!opened.ok) throw new Error(`case:open: ${opened.error.message}`);
  const { operation } = config;
  const envelope =
    operation.kind === 'import'
      ? await dispatcher.dispatch('sources:import-pasted', {
          title: operation.title,
          text: operation.text,
        })
      : operation.kind === 'export'
        ? await dispatcher.dispatch('export:save', { format: 'md', path: operation.path })
        : opened;
  if (!envelope.ok) throw new Error(`${operation.kind}: ${envelope.error.message}`);
  report('ack');
  await settle(services);
  services.cases.close();
  report('done');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    report(
      `crash ${JSON.stringify(error instanceof Error ? (error.stack ?? error.message) : String(error))}`,
    );
    process.exit(70);
  },
);
