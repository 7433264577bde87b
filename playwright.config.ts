import { defineConfig } from '@playwright/test';
import type { WorkbenchOptions } from './e2e/support/fixtures';

// One suite, two projects. `browser` drives the browser host in Debian's Chromium (or the one
// CHROMIUM_PATH names) and runs everywhere; `electron` drives the desktop app through
// Playwright's Electron launcher and skips, saying why, where no Electron binary exists.
export default defineConfig<WorkbenchOptions>({
  testDir: 'e2e/specs',
  outputDir: 'test-results/e2e-artifacts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'browser', use: { shell: 'browser' } },
    { name: 'electron', use: { shell: 'electron' } },
  ],
});
