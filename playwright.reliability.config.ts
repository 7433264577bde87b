import { defineConfig } from '@playwright/test';
import type { WorkbenchOptions } from './e2e/support/fixtures';

// The browser part of the reliability suite (npm run test:reliability): the note editor's
// "Saved" under server kills, and an attacker page on another loopback origin.
export default defineConfig<WorkbenchOptions>({
  testDir: 'e2e/reliability',
  outputDir: 'test-results/reliability-artifacts',
  timeout: 300_000,
  expect: { timeout: 10_000 },
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/reliability-e2e.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [{ name: 'browser', use: { shell: 'browser' } }],
});
