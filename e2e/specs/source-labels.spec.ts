import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/browser-host';
import { exportAs, op, spanOf } from '../support/case-operations';
import { expect, test } from '../support/fixtures';
import { TITLE_000, TITLE_001, TITLE_002, TITLE_003 } from '../support/sample-case';

// Every place that names a source names it by one label, unique in the case: the source list,
// the copy badges, the compare verdict, the matrix, claims and exports all agree.

/** The sample case's labels in list order: the number from the file name, with the publisher. */
const LABELS = ['#000', '#001', 'AP · #002', 'washingtontimes.com · #003', '#004'];

/** In AP's report (002) only. */
const AID = 'Kim is expected to seek Russian economic aid and military technology';

test.describe('source labels', () => {
  test('the source list labels every source, and compare and the matrix name them the same way', async ({
    workbench,
    page,
  }, testInfo) => {
    await workbench.waitForSources(5);
    const chips = workbench.sources.getByTestId('source-number');
    await expect(chips).toHaveText(['#000', '#001', '#002', '#003', '#004']);
    for (const [index, label] of LABELS.entries()) {
      await expect(chips.nth(index)).toHaveAttribute('data-label', label);
    }
    // The rest of the label leads the meta line, beside the number.
    await expect(workbench.source(TITLE_002)).toContainText('#002AP · ');
    await expect(workbench.source(TITLE_003)).toContainText('#003washingtontimes.com · ');
    // The copy's badge names its original by the number its row shows.
    const badge = workbench.source(TITLE_001).getByTestId('copy-badge');
    await expect(badge).toHaveText('copy of #000', { timeout: 60_000 });
    await expect(badge).toHaveAttribute('title', /derived copy of #000$/);
    await workbench.screenshot('source-labels-list', testInfo.project.name);

    await workbench.openSource(TITLE_000);
    await workbench.openBeside(TITLE_001);
    await expect(workbench.columns.getByTestId('column-label')).toHaveText(['#000', '#001']);
    const relation = page.getByTestId('relation-panel');
    await expect(relation.getByTestId('relation-pair')).toHaveText('#001 ← #000');
    await expect(relation.getByTestId('relation-direction')).toHaveText('#001 is a copy of #000');
    await expect(relation.getByTestId('relation-explanation')).toContainText('#001');
    await expect(relation.getByTestId('copied-run')).toHaveText([
      /^#000 ¶ [\d–]+ ↔ #001 ¶ [\d–]+$/,
    ]);
    await expect(relation.getByTestId('relation-pair')).toHaveAttribute(
      'title',
      `#001: ${TITLE_001}\n← #000: ${TITLE_000}`,
    );
    await workbench.screenshot('source-labels-verdict', testInfo.project.name);
    await relation.screenshot({
      path: join(
        repoRoot,
        'test-results',
        'screenshots',
        `${testInfo.project.name}-source-labels-verdict-card.png`,
      ),
    });

    await page.getByTestId('topbar-matrix').click();
    const matrix = page.getByTestId('similarity-matrix');
    await expect(matrix.locator('th[scope="col"]')).toHaveText(LABELS.map((l) => l.slice(-4)));
    await expect(matrix.locator('th[scope="row"]').nth(2)).toHaveAttribute(
      'title',
      `AP · #002: ${TITLE_002}`,
    );
    const cell = matrix.locator('[data-testid="matrix-cell"][data-a="1"][data-b="2"]');
    await expect(cell).toHaveAttribute('aria-label', /; #001 is a copy of #000$/);
  });

  test('a claim names its source by label', async ({ workbench, page }) => {
    await workbench.waitForSources(5);
    // Select after the new case's comparison, whose re-render would reset the selection.
    await expect(page.getByText('2 related pairs')).toBeVisible();
    await workbench.openSource(TITLE_002);
    await workbench.selectWithMouse(workbench.column(0), AID);
    await page.getByTestId('tag-selection').click();
    const picker = page.getByRole('dialog', { name: 'Tag claim' });
    await picker.getByRole('textbox').fill('Aid');
    await picker.getByRole('button', { name: /Create tag/ }).click();
    await picker.getByRole('button', { name: 'Save' }).click();

    const detail = page.getByTestId('claim-detail');
    await expect(detail.getByTestId('claim-quote')).toContainText(AID);
    // Under the quote: the source it was tagged in, by its full label.
    await expect(detail.locator('.source-label').first()).toHaveText('AP · #002');
    const row = page.getByTestId('claims-panel').getByTestId('claim-row');
    await expect(row).toHaveCount(1);
    await expect(row.locator('.source-label')).toContainText('#002');
  });

  test('the Markdown export names sources by label, readably', async ({
    workbench,
    page,
    shell,
  }) => {
    test.skip(shell === 'electron', 'In Electron an export goes through the native save dialog.');
    await workbench.waitForSources(5);
    await expect(page.getByText('2 related pairs')).toBeVisible();
    const meals = await op<{ id: number }>(page, 'tags:create', { name: 'Meals' });
    const lunch = await op<{ id: number }>(page, 'claims:create', {
      sourceId: 3,
      ...(await spanOf(page, 3, 'lunch')),
      tagIds: [meals.id],
    });
    await op(page, 'claims:add-occurrence', {
      claimId: lunch.id,
      sourceId: 4,
      ...(await spanOf(page, 4, 'dinner')),
      stance: 'contradicts',
    });
    await op(page, 'notes:save', { owner: { kind: 'source', id: 2 }, text: 'Spun from #000.' });

    await page.keyboard.press('Control+E');
    const markdown = readFileSync(await exportAs(page, 'Markdown', 'labels.md'), 'utf8');
    // The sources table: each source by label, the '#' as written.
    const rows = markdown.split('\n').filter((line) => /^\| [^-S]/.test(line));
    expect(rows.map((row) => row.split(' | ')[0])).toEqual(LABELS.map((label) => `| ${label}`));
    expect(markdown).toContain(`— AP · #002, ${TITLE_002}, reliability`);
    expect(markdown).toContain('- Contradicted in washingtontimes.com · #003: “dinner”');
    expect(markdown).toContain('- Contradicted by: 1: washingtontimes.com · #003');
    expect(markdown).toContain(`### #001: ${TITLE_001}\n\n> Spun from #000.`);
    expect(markdown).not.toContain('\\#');
  });
});
