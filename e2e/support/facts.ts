import type { Page } from '@playwright/test';
import { op } from './case-operations';

interface FactsStatus {
  state: 'ready' | 'computing' | 'failed';
  done: number;
  total: number;
}

/**
 * Makes sure the facts of a freshly created sample case get computed. Works around a backend
 * bug (reported with issue 17): on a fresh data folder the host's first facts run is cancelled
 * when the sample case is opened, and the queued re-run is dropped with it, so the status stays
 * "ready" with 0 of 5 sources read until the sources change. Grading a source and grading it
 * back is such a change. Does nothing once the facts were computed (or are computing).
 */
export async function nudgeFactsIfNeverRead(page: Page): Promise<void> {
  const status = await op<FactsStatus>(page, 'facts:status', undefined);
  if (status.state !== 'ready' || status.done >= status.total) return;
  const [source] = await op<Array<{ id: number; reliability: string }>>(
    page,
    'sources:list',
    undefined,
  );
  if (!source) return;
  const other = source.reliability === 'E' ? 'F' : 'E';
  await op(page, 'sources:set-reliability', { id: source.id, reliability: other });
  await op(page, 'sources:set-reliability', { id: source.id, reliability: source.reliability });
}
