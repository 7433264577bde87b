// The evaluation harness's own unit tests. The project's vitest.config.ts covers main/, preload/
// and renderer/ only, so these run with:
//   npx vitest run --config bench/eval/vitest.config.ts
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: join(import.meta.dirname, '..', '..'),
  test: {
    include: ['bench/eval/**/*.test.ts'],
    environment: 'node',
    execArgv: ['--disable-warning=ExperimentalWarning'],
  },
});
