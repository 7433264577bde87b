import { expect, type Page } from '@playwright/test';
import { op } from './case-operations';

interface FactsStatus {
  state: 'ready' | 'computing' | 'failed';
  done: number;
  total: number;
  error: string | null;
}

/**
 * Waits, without touching the case, until the facts of every source are read. On a fresh data
 * folder the host's first facts run is cancelled when the sample case opens; the run the
 * imports asked for must follow by itself (it was dropped once, and the status stayed "ready"
 * with 0 of 5 sources read).
 */
export async function expectFactsRead(page: Page, sources = 5): Promise<void> {
  await expect
    .poll(() => op<FactsStatus>(page, 'facts:status', undefined), {
      message: 'the facts of every source are read without any edit',
      timeout: 120_000,
    })
    .toMatchObject({ state: 'ready', error: null, done: sources, total: sources });
}
