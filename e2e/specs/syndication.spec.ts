import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { repoRoot } from '../support/browser-host';
import { expect, test } from '../support/fixtures';
import { TITLE_000 } from '../support/sample-case';

// Syndication is kept and linked: a content farm's page that is 000 word for word under another
// headline, crediting the Washington Times, is imported as a source of its own and named an
// identical copy of 000 wherever relations are shown; the same file again is refused, naming
// the source it already is.

const HEADLINE = 'Kim Jong-un rides his armored train to meet Putin';
const CREDIT = 'Content Source: www.washingtontimes.com';

function seed000(): { name: string; bytes: Buffer } {
  const name = readdirSync(join(repoRoot, 'seeds')).find((file) => file.startsWith('000_'));
  if (!name) throw new Error('seed 000 is missing');
  return { name, bytes: readFileSync(join(repoRoot, 'seeds', name)) };
}

/** 000's body (its file opens with the title line twice) under another headline and a credit. */
function republication(): Buffer {
  const body = seed000()
    .bytes.toString('utf8')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .slice(2);
  return Buffer.from([HEADLINE, ...body, CREDIT].join('\n\n'));
}

async function importFiles(page: Page, files: Array<{ name: string; buffer: Buffer }>) {
  await page.getByTestId('import-button').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Files…' }).click();
  await (await chooser).setFiles(files.map((file) => ({ ...file, mimeType: 'text/plain' })));
}

const FIRST_MEETING = 'held his first — and so far only — meeting with Mr. Putin in Vladivostok';

test.describe('syndication', () => {
  test('a headline-only republication of 000 is kept and linked as its identical copy; the same file again is refused', async ({
    workbench,
    page,
  }, testInfo) => {
    // Import, then comparing the new source with the five others in the worker.
    test.setTimeout(120_000);
    await workbench.waitForSources(5);
    await importFiles(page, [{ name: 'kim-train.txt', buffer: republication() }]);
    const tray = page.getByTestId('import-tray');
    await expect(tray.getByTestId('import-summary')).toHaveText('Import finished: 1 imported');
    const row = tray.getByTestId('import-row');
    await expect(row).toHaveAttribute('data-status', 'imported');
    await expect(row.getByTestId('import-row-status')).toHaveText(
      /^Imported · Identical text to #000 “Putin confirms meeting as North Korea's…” — linked as a copy\.$/,
    );
    await workbench.waitForSources(6);
    await workbench.screenshot('syndication-import', testInfo.project.name);
    await tray.getByRole('button', { name: 'Close import summary' }).click();

    // The source list: the republication is a (whole) copy of 000, the direction from its
    // credit line, since 000 carries none.
    const badge = workbench.source(HEADLINE).getByTestId('copy-badge');
    await expect(badge).toHaveText(/^copy of #?000$/, { timeout: 60_000 });
    await workbench.screenshot('syndication-source-list', testInfo.project.name);

    // The verdict card: a derived copy of the whole text, said to be identical, 000 the origin.
    await workbench.openSource(TITLE_000);
    await workbench.openBeside(HEADLINE);
    const relation = page.getByTestId('relation-panel');
    await expect(relation.getByTestId('verdict-badge')).toHaveText('Identical copy');
    await expect(relation).not.toHaveAttribute('data-extent', 'partial');
    await expect(relation.getByTestId('relation-direction')).toHaveText(/ is a copy of #?000$/);
    await expect(relation.getByTestId('relation-evidence')).toContainText(CREDIT);
    await expect(relation.getByTestId('relation-explanation')).toHaveText(
      new RegExp(
        `^Identical text: #6 repeats #000 word for word \\(1 passage: 1 verbatim\\)\\. #6 carries the line “${CREDIT}”, so it is the copy\\.$`,
      ),
    );
    await expect(relation.getByTestId('relation-coverage')).toHaveText(['100%', '100%']);
    await relation.getByTestId('relation-explanation').scrollIntoViewIfNeeded();
    await workbench.screenshot('syndication-compare', testInfo.project.name);

    // The same files again: each refused, naming the source it already is; nothing is added.
    const seed = seed000();
    await importFiles(page, [
      { name: 'kim-train.txt', buffer: republication() },
      { name: seed.name, buffer: seed.bytes },
    ]);
    await expect(tray.getByTestId('import-summary')).toHaveText(
      'Import finished: 2 duplicates skipped',
    );
    const rows = tray.getByTestId('import-row');
    await expect(rows.nth(0)).toHaveAttribute('data-status', 'duplicate');
    await expect(rows.nth(0).getByTestId('import-row-status')).toHaveText(
      'Already in the case as #6 “Kim Jong-un rides his armored train to…” (same file, same details).',
    );
    await expect(rows.nth(1)).toHaveAttribute('data-status', 'duplicate');
    await expect(rows.nth(1).getByTestId('import-row-status')).toHaveText(
      "Already in the case as #000 “Putin confirms meeting as North Korea's…” (same file, same details).",
    );
    await workbench.waitForSources(6);
    await workbench.screenshot('syndication-refused', testInfo.project.name);
    await tray.getByRole('button', { name: 'Close import summary' }).click();

    // A claim in 000 confirmed by the republication still has one independent source.
    await workbench.openSource(TITLE_000);
    await workbench.selectWithMouse(workbench.column(0), FIRST_MEETING);
    await page.getByTestId('tag-selection').click();
    await page
      .getByRole('dialog', { name: 'Tag claim' })
      .getByRole('button', { name: 'Save' })
      .click();
    const detail = page.getByTestId('claim-detail');
    const inCopy = detail.getByTestId('suggestion').filter({ hasText: FIRST_MEETING });
    await expect(inCopy.first()).toContainText('#6');
    await expect(inCopy.first().getByTestId('suggestion-independence')).toContainText(
      'counts with a line already there',
    );
    await inCopy.first().getByTestId('accept-suggestion').click();
    await expect(detail.getByTestId('claim-passage')).toHaveCount(2);
    await expect(detail.getByTestId('independent-count')).toHaveText('1 independent source');
    await expect(detail.getByTestId('evidence-join')).toHaveText(
      /^#6 copies #000 here: “held his first … Vladivostok” is verbatim$/,
    );
  });
});
