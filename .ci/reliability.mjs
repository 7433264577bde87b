// npm run test:reliability: runs the Node reliability suites (Vitest) and the browser ones
// (Playwright), then prints the scoreboard every suite recorded, whatever failed. Exits non-zero
// if a run failed or a figure that must be zero is not. RELIABILITY_SCALE=10 runs a long soak.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { brokenPromises, formatScore, readScores } from '../main/reliability/scoreboard.ts';

rmSync('test-results/reliability', { recursive: true, force: true });
const run = (command, args) =>
  spawnSync(command, args, { stdio: 'inherit', env: process.env }).status ?? 1;

const node = run('npx', ['vitest', 'run', '--config', 'vitest.reliability.config.ts']);
const browser = run('npx', ['playwright', 'test', '--config', 'playwright.reliability.config.ts']);

const scores = readScores();
console.log('\nReliability scoreboard');
for (const score of scores) console.log(`  ${formatScore(score)}`);
const broken = brokenPromises(scores);
for (const line of broken) console.log(`  BROKEN: ${line}`);
if (scores.length === 0) console.log('  (no suite recorded a score)');
process.exit(node !== 0 || browser !== 0 || broken.length > 0 || scores.length === 0 ? 1 : 0);
