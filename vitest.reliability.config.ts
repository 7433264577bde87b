import { defineConfig } from 'vitest/config';

// The reliability suite (npm run test:reliability): crash kills, injected I/O errors, a full
// disk, damaged cases, one writer, hostile requests. Each suite records its figures on the
// scoreboard that .ci/reliability.mjs prints. The unit run's include never matches these files.
export default defineConfig({
  test: {
    include: ['main/**/*.reliability.ts'],
    environment: 'node',
    execArgv: ['--disable-warning=ExperimentalWarning'],
    // Suites spawn and kill processes of their own; two at a time keep a 2-core machine busy.
    maxWorkers: 2,
    testTimeout: 900_000,
    hookTimeout: 120_000,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/reliability.json' },
  },
});
