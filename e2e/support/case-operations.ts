import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './browser-host';

// Setting a case up through the contract (browser host only), for specs whose subject is what
// the workbench shows of that case rather than how it was made; and saving an export.

export const exportsDir = join(repoRoot, 'test-results', 'exports');

/** Calls an operation of the contract from the page, as the UI's HTTP bridge does. */
export async function op<T>(page: Page, channel: string, request: unknown): Promise<T> {
  return page.evaluate(
    async ({ channel, request }) => {
      const response = await fetch(`/api/op/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ request }),
      });
      const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
      if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
      return envelope.value;
    },
    { channel, request },
  ) as Promise<T>;
}

/** The code-point span of `phrase` in a source. */
export async function spanOf(page: Page, sourceId: number, phrase: string) {
  const { text } = await op<{ text: string }>(page, 'sources:get', { id: sourceId });
  const index = text.indexOf(phrase);
  if (index < 0) throw new Error(`"${phrase}" is not in source ${sourceId}`);
  const start = Array.from(text.slice(0, index)).length;
  return { start, end: start + Array.from(phrase).length };
}

/**
 * Runs the open Export dialog for one format (its radio's label starts with `label`) and saves
 * the download in test-results/exports; returns its path.
 */
export async function exportAs(
  page: Page,
  label: string,
  fileName: string,
  whileExporting?: () => Promise<void>,
): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: new RegExp(`^${label}`) }).check();
  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await whileExporting?.();
  const download = await downloaded;
  mkdirSync(exportsDir, { recursive: true });
  const path = join(exportsDir, fileName);
  await download.saveAs(path);
  await expect(dialog).toBeHidden();
  return path;
}
