import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { repoRoot } from '../support/browser-host';
import { exportAs, exportsDir, op, spanOf } from '../support/case-operations';
import { expect, test } from '../support/fixtures';
import { TITLE_000 } from '../support/sample-case';

const screenshotsDir = join(repoRoot, 'test-results', 'screenshots');

test.describe('export', () => {
  test.beforeEach(({ shell }) => {
    test.skip(
      shell === 'electron',
      'In Electron an export goes through the native save dialog, which Playwright cannot drive.',
    );
  });

  test('exports the sample case’s claims as Markdown and as a PDF report, and the filter as CSV', async ({
    workbench,
    page,
  }, testInfo) => {
    // Three exports, one of them a PDF printed by headless Chromium: tens of seconds on a
    // loaded machine.
    test.setTimeout(120_000);
    await workbench.waitForSources(5);
    // One claim tagged in the UI: "armored train" in 000.
    await workbench.openSource(TITLE_000);
    await workbench.selectWithMouse(workbench.column(0), 'armored train');
    await page.getByTestId('tag-selection').click();
    const picker = page.getByRole('dialog', { name: 'Tag claim' });
    await picker.getByRole('textbox').fill('Weapons');
    await picker.getByRole('button', { name: /Create tag/ }).click();
    await picker.getByRole('button', { name: 'Save' }).click();
    // Saved once the reader marks it (listing before that raced the save).
    await expect(workbench.column(0).getByTestId('claim-mark')).toHaveCount(1);
    // The copy says it too (001, "armored practice"); lunch in AP (002), dinner in 003.
    const [train] = await op<Array<{ id: number }>>(page, 'claims:list', undefined);
    if (!train) throw new Error('the tagged claim is not listed');
    await op(page, 'claims:add-occurrence', {
      claimId: train.id,
      sourceId: 2,
      ...(await spanOf(page, 2, 'armored practice')),
      stance: 'supports',
    });
    const meals = await op<{ id: number }>(page, 'tags:create', { name: 'Meals' });
    const lunch = await op<{ id: number }>(page, 'claims:create', {
      sourceId: 3,
      ...(await spanOf(page, 3, 'lunch')),
      tagIds: [meals.id],
      note: 'AP says lunch; 003 says dinner. =CHECK',
      credibility: 4,
    });
    await op(page, 'claims:add-occurrence', {
      claimId: lunch.id,
      sourceId: 4,
      ...(await spanOf(page, 4, 'dinner')),
      stance: 'contradicts',
    });
    await op(page, 'notes:save', { owner: { kind: 'case' }, text: 'Sample case: who said what.' });

    const panel = page.getByTestId('claims-panel');
    await expect(panel.getByTestId('claim-row')).toHaveCount(2);
    await panel.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog.getByRole('radio', { name: 'All claims' })).toBeChecked();
    await workbench.screenshot('export-dialog', testInfo.project.name);

    const markdownPath = await exportAs(page, 'Markdown', 'claims.md');
    const markdown = readFileSync(markdownPath, 'utf8');
    expect(markdown).toMatch(/^---\ntitle: 'Sample case: Kim–Putin meeting, September 2023'\n/);
    expect(markdown).toContain('claims: 2');
    expect(markdown).toContain('### Weapons');
    expect(markdown).toContain('> armored train');
    // The copy counts with its origin: one independent source, with the reason. Sources are
    // named by label, as the source list names them.
    expect(markdown).toContain('- Independent sources: 1: #000 + #001: #001 copies #000');
    expect(markdown).toContain('- Contradicted in washingtontimes.com · #003: “dinner”');
    expect(markdown).toContain('> AP says lunch; 003 says dinner. \\=CHECK');
    await expect(page.getByRole('status').filter({ hasText: 'Exported 2 claims' })).toBeVisible();

    // The report as PDF, through Chromium's print to PDF; its pages as PNG to look at.
    await page.keyboard.press('Control+E');
    // Printing takes Chromium most of a second: the dialog shows the export's progress meanwhile.
    const pdfPath = await exportAs(page, 'Report \\(PDF\\)', 'report.pdf', async () => {
      const progress = page.getByTestId('export-progress');
      await expect(progress).toContainText(/Reading the case|Writing Report|Printing the PDF/);
      await expect(progress.getByRole('progressbar')).toBeVisible();
      await workbench.screenshot('export-progress', testInfo.project.name);
    });
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    mkdirSync(screenshotsDir, { recursive: true });
    const prefix = join(screenshotsDir, `${testInfo.project.name}-report-page`);
    execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, prefix]);
    const pages = readdirSync(screenshotsDir).filter((name) =>
      name.startsWith(`${testInfo.project.name}-report-page`),
    );
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('armored train');
    expect(text).toMatch(/#001 copies #000/);

    // The claims panel's filter: only the lunch claim, as CSV.
    await panel.getByTestId('claims-filter-text').fill('lunch');
    await expect(panel.getByTestId('claim-row')).toHaveCount(1);
    await panel.getByRole('button', { name: 'Export…' }).click();
    await expect(
      dialog.getByRole('radio', { name: 'Claims in the current filter (1)' }),
    ).toBeChecked();
    const csv = readFileSync(await exportAs(page, 'CSV', 'lunch.csv'), 'utf8');
    // With the byte order mark by default, so Excel reads the UTF-8 (a curly quote, an accent).
    expect(csv.startsWith('\uFEFFclaim_id,')).toBe(true);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^\d+,\d+,origin,lunch,/);
    expect(rows[2]).toMatch(/,contradicts,dinner,/);
    expect(csv).toContain('AP says lunch; 003 says dinner. =CHECK'); // mid-cell: no formula
  });

  test('a .qdpx export validates against the REFI-QDA schema, and a JSON export opens as a new case', async ({
    workbench,
    page,
  }) => {
    await workbench.waitForSources(5);
    const weapons = await op<{ id: number }>(page, 'tags:create', {
      name: 'Weapons',
      color: '#e15759',
    });
    await op(page, 'claims:create', {
      sourceId: 1,
      ...(await spanOf(page, 1, 'armored train')),
      tagIds: [weapons.id],
      credibility: 2,
    });
    await page.keyboard.press('Control+E');
    const qdpxPath = await exportAs(page, 'REFI-QDA project', 'case.qdpx');
    const zip = await JSZip.loadAsync(readFileSync(qdpxPath));
    const qde = await zip.file('project.qde')?.async('string');
    if (!qde) throw new Error('no project.qde in the export');
    const qdePath = join(exportsDir, 'project.qde');
    writeFileSync(qdePath, qde);
    const xsd = join(repoRoot, '..', 'shared', 'refi-qda', 'Project-mrt2019.xsd');
    const lint = spawnSync('xmllint', ['--noout', '--schema', xsd, qdePath], { encoding: 'utf8' });
    expect(lint.stderr).toContain('validates');
    expect(lint.status).toBe(0);

    await page.keyboard.press('Control+E');
    const jsonPath = await exportAs(page, 'Corroborate case', 'case.json');
    await page.getByTestId('exchange-case-input').setInputFiles(jsonPath);
    await expect(
      page.getByRole('status').filter({ hasText: /Opened “case\.json” as the new case/ }),
    ).toBeVisible();
    const claims = await op<Array<{ quote: string }>>(page, 'claims:list', undefined);
    expect(claims.map((claim) => claim.quote)).toEqual(['armored train']);
    const info = await op<{ path: string }>(page, 'case:info', undefined);
    expect(info.path).toMatch(/case\.corroborate$/);
  });
});
