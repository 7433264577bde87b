import { defineConfig } from 'vitest/config';

// The import fuzz run only (npm run test:fuzz); the unit run's include never matches *.fuzz.ts.
export default defineConfig({
  test: {
    include: ['main/**/*.fuzz.ts'],
    environment: 'node',
    // node:sqlite is stable in use but still flagged experimental on Node 22; keep output clean.
    execArgv: ['--disable-warning=ExperimentalWarning'],
    // One case and one reader worker for the whole run: the formats run in order, in one file.
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 120_000,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/fuzz.json' },
  },
});
