import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writePdf } from '../../main/testing/pdf-writer';
import { expect, test } from '../support/fixtures';
import { repoRoot } from '../support/browser-host';

// Test ids: import-button (sidebar), drop-target (overlay while files are dragged over the
// window), import-tray, import-summary (its heading: progress, then the summary), import-progress,
// import-row (data-status), import-file-input, paste-dialog.

const pagePath = 'harbour-fire.html';
const page = `<!doctype html><html><head>
<title>Fire guts harbour warehouse | Coast Herald</title>
<meta property="og:title" content="Fire guts harbour warehouse">
<meta property="og:site_name" content="Coast Herald">
<meta name="author" content="Mira Okafor">
<meta property="article:published_time" content="2024-03-02T08:00:00Z">
<script>window.__pwned = 1</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Fire guts harbour warehouse</h1>
<p>A fire destroyed a timber warehouse on the north quay early on Saturday, the harbour authority said.</p>
<p>Crews from three stations fought the blaze for six hours before it was brought under control.</p>
<p>No one was hurt, but the quay will stay closed to traffic until engineers have inspected it.</p>
</article>
<section class="comments"><h2>Comments</h2><p>First!</p></section>
</body></html>`;

const pdf = writePdf({
  pages: [
    [
      'Ferry service resumes after storm',
      'The island ferry sailed again on Monday after three days in port, the operator said.',
      'Passengers who missed crossings can rebook without charge until Friday.',
    ],
  ],
  info: { author: 'Tom Reyes' },
});

/** Drops files on the reader, as the OS would after a drag from the desktop. */
async function dropFiles(
  target: Page,
  files: Array<{ name: string; type: string; bytes: Uint8Array | string }>,
  options: { hoverOnly?: boolean } = {},
): Promise<void> {
  const payload = files.map((file) => ({
    name: file.name,
    type: file.type,
    bytes: Array.from(
      typeof file.bytes === 'string' ? new TextEncoder().encode(file.bytes) : file.bytes,
    ),
  }));
  const transfer = await target.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const file of list) {
      data.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
    }
    return data;
  }, payload);
  const reader = target.getByRole('main', { name: 'Reader' });
  await reader.dispatchEvent('dragenter', { dataTransfer: transfer });
  await reader.dispatchEvent('dragover', { dataTransfer: transfer });
  if (!options.hoverOnly) await reader.dispatchEvent('drop', { dataTransfer: transfer });
}

test.describe('importing reports', () => {
  test('drops two files on the window, shows per-file progress and a summary, and reads them', async ({
    page: browserPage,
    workbench,
  }, testInfo) => {
    await workbench.waitForSources(5);

    // Hold the second file in flight so the progress is seen mid-batch.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    // (The channel is URL-encoded in the path: sources%3Aimport-data.)
    const importData = (url: URL) =>
      decodeURIComponent(url.pathname) === '/api/op/sources:import-data';
    await browserPage.route(importData, async (route) => {
      calls += 1;
      if (calls === 2) await held;
      await route.continue();
    });

    await dropFiles(browserPage, [], { hoverOnly: true });
    await dropFiles(
      browserPage,
      [
        { name: pagePath, type: 'text/html', bytes: page },
        { name: 'ferry.pdf', type: 'application/pdf', bytes: pdf },
      ],
      { hoverOnly: true },
    );
    await expect(browserPage.getByTestId('drop-target')).toContainText(
      'Drop to import into “Sample case: Kim–Putin meeting, September 2023”',
    );
    await workbench.screenshot('import-drop-target', testInfo.project.name);

    await dropFiles(browserPage, [
      { name: pagePath, type: 'text/html', bytes: page },
      { name: 'ferry.pdf', type: 'application/pdf', bytes: pdf },
    ]);
    await expect(browserPage.getByTestId('drop-target')).toBeHidden();
    const tray = browserPage.getByTestId('import-tray');
    // The first file also starts the import worker and loads the HTML reader: allow for a slow
    // machine before the second file is in flight.
    await expect(tray.getByTestId('import-summary')).toHaveText('Importing 2 of 2…', {
      timeout: 30_000,
    });
    await expect(tray.getByTestId('import-row')).toHaveCount(2);
    await expect(tray.getByTestId('import-row').nth(0)).toHaveAttribute('data-status', 'imported');
    await expect(tray.getByTestId('import-row').nth(1)).toHaveAttribute('data-status', 'reading');
    await expect(tray.getByTestId('import-progress')).toHaveAttribute('value', '1');
    await workbench.screenshot('import-progress', testInfo.project.name);

    expect(calls).toBe(2);
    release();
    await expect(tray.getByTestId('import-summary')).toHaveText('Import finished: 2 imported');
    await workbench.waitForSources(7);
    await workbench.screenshot('import-summary', testInfo.project.name);

    // The page's metadata and main text; nothing of its script, navigation or comments.
    await tray.getByRole('button', { name: pagePath }).click();
    const column = workbench.column(0);
    await expect(workbench.columnTitles).toHaveText(['Fire guts harbour warehouse']);
    await expect(column).toContainText('Crews from three stations fought the blaze');
    await expect(column).not.toContainText('First!');
    await expect(column).not.toContainText('Home');
    expect(await browserPage.evaluate(() => (window as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    await expect(workbench.source('Fire guts harbour warehouse')).toContainText('Coast Herald');
    const details = await workbench.openDetails('Fire guts harbour warehouse');
    await expect(details.getByLabel('Byline')).toHaveValue('Mira Okafor');
    await expect(details.getByLabel('Published')).toHaveValue('2024-03-02');
    await expect(details).toContainText(/imported as harbour-fire\.html \(web page, \d+ B\)/);
    await browserPage.keyboard.press('Escape');
    await expect(details).toBeHidden();

    await tray.getByRole('button', { name: 'ferry.pdf' }).click();
    await expect(workbench.columnTitles).toHaveText(['Ferry service resumes after storm']);
    await expect(workbench.column(0)).toContainText('Passengers who missed crossings can rebook');

    await tray.getByRole('button', { name: 'Close import summary' }).click();
    await expect(tray).toBeHidden();
  });

  test('reports duplicates and refusals with their reasons, and imports the rest', async ({
    page: browserPage,
    workbench,
  }, testInfo) => {
    // Sized for a loaded machine: the batch alone may take a minute (see below).
    test.setTimeout(120_000);
    await workbench.waitForSources(5);
    const seed = readFileSync(join(repoRoot, 'seeds', '002_b8274ddac1e040c9.txt'));
    await browserPage.getByTestId('import-button').click();
    const chooser = browserPage.waitForEvent('filechooser');
    await browserPage.getByRole('menuitem', { name: 'Files…' }).click();
    await (
      await chooser
    ).setFiles([
      // The same file again (name, bytes and details): a duplicate. Under another name it would
      // be another publication of the text, kept and linked as a copy (syndication.spec.ts).
      { name: '002_b8274ddac1e040c9.txt', mimeType: 'text/plain', buffer: seed },
      {
        name: 'broken.docx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('PK\u0003\u0004 this archive stops here'),
      },
      {
        name: 'scan.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(writePdf({ pages: [[]], imageOnly: true })),
      },
      {
        name: 'notes.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from('# Port reopens\n\nThe port **reopened** on Tuesday, officials said.'),
      },
    ]);
    const tray = browserPage.getByTestId('import-tray');
    // Four files through the import worker, a Word archive and a PDF among them: on a loaded
    // machine the batch takes well over the default 10 s.
    await expect(tray.getByTestId('import-summary')).toHaveText(
      'Import finished: 1 imported · 1 duplicate skipped · 2 refused',
      { timeout: 60_000 },
    );
    const rows = tray.getByTestId('import-row');
    await expect(rows.nth(0)).toHaveAttribute('data-status', 'duplicate');
    await expect(rows.nth(0)).toContainText('Already in the case');
    await expect(rows.nth(1)).toContainText('broken.docx is not a readable ZIP archive');
    await expect(rows.nth(2)).toContainText(
      'scan.pdf has no text layer (it looks like a scanned image); run it through OCR first.',
    );
    await expect(rows.nth(3)).toHaveAttribute('data-status', 'imported');
    await workbench.waitForSources(6);
    await expect(workbench.source('Port reopens')).toBeVisible();
    await workbench.screenshot('import-refusals', testInfo.project.name);
  });

  test('imports a chosen folder: its reports, recursively, and nothing else', async ({
    page: browserPage,
    workbench,
    dataDir,
  }) => {
    await workbench.waitForSources(5);
    const folder = join(dataDir, 'incoming');
    mkdirSync(join(folder, 'wires'), { recursive: true });
    writeFileSync(join(folder, 'a-lead.txt'), 'Storm closes port\n\nThe port closed at dawn.');
    writeFileSync(join(folder, 'wires', 'b-wire.md'), '# Port shut by storm\n\nShips stayed out.');
    writeFileSync(join(folder, 'notes.json'), '{"not": "a report"}');
    writeFileSync(join(folder, 'wires', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));

    await browserPage.getByTestId('import-button').click();
    const chooser = browserPage.waitForEvent('filechooser');
    await browserPage.getByRole('menuitem', { name: 'Folder…' }).click();
    await (await chooser).setFiles(folder);

    const tray = browserPage.getByTestId('import-tray');
    await expect(tray.getByTestId('import-summary')).toHaveText('Import finished: 2 imported');
    await expect(tray.getByTestId('import-row')).toHaveText([/^a-lead\.txt/, /^b-wire\.md/]);
    await workbench.waitForSources(7);
    await expect(workbench.source('Port shut by storm')).toBeVisible();
  });

  test('imports pasted text under the title the analyst gives it', async ({
    page: browserPage,
    workbench,
  }, testInfo) => {
    await workbench.waitForSources(5);
    const text =
      'Bridge closed after crack found\n\nInspectors closed the river bridge on Wednesday after finding a crack in a support beam.';
    // A paste with no field focused opens the dialog with the text and a title guessed from it.
    await workbench.paste(text);
    const dialog = browserPage.getByTestId('paste-dialog');
    await expect(dialog.getByLabel('Title')).toHaveValue('Bridge closed after crack found');
    await expect(dialog.getByLabel('Text')).toHaveValue(text);
    await dialog.getByLabel('Title').fill('River bridge closed (pasted from the council site)');
    await workbench.screenshot('import-paste-dialog', testInfo.project.name);
    await dialog.getByRole('button', { name: 'Import' }).click();

    await expect(browserPage.getByTestId('import-summary')).toHaveText(
      'Import finished: 1 imported',
    );
    await workbench.waitForSources(6);
    await workbench.openSource('River bridge closed (pasted from the council site)');
    await expect(workbench.column(0)).toContainText('Inspectors closed the river bridge');

    // From the menu the dialog opens empty and will not import without a title and text.
    await browserPage.getByTestId('import-button').click();
    await browserPage.getByRole('menuitem', { name: 'Pasted text…' }).click();
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(dialog).toContainText('Give the source a title.');
    await expect(dialog).toContainText('There is no text to import.');
  });
  test('a hard-wrapped paste is read as its paragraphs, not one paragraph per line', async ({
    workbench,
    page: browserPage,
  }, testInfo) => {
    await workbench.waitForSources(5);
    // Two paragraphs wrapped at 60 columns, as plain-text mail and PDF text layers give them.
    const first = [
      'Inspectors closed the river bridge on Wednesday after finding',
      'a crack in a support beam, the council said, and traffic was',
      'sent over the old ford while engineers decide whether the',
      'beam can be repaired or must be replaced before winter.',
    ];
    const second = [
      'The bridge carries about 12,000 vehicles a day. Local firms',
      'said the closure would add half an hour to deliveries, and',
      'the council promised an update by the end of next week.',
    ];
    await workbench.paste(
      `Bridge closed after crack found\n\n${first.join('\n')}\n\n${second.join('\n')}`,
    );
    const dialog = browserPage.getByTestId('paste-dialog');
    await expect(dialog.getByLabel('Title')).toHaveValue('Bridge closed after crack found');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(browserPage.getByTestId('import-summary')).toHaveText(
      'Import finished: 1 imported',
    );
    await workbench.waitForSources(6);
    await workbench.openSource('Bridge closed after crack found');
    const paragraphs = workbench.column(0).getByTestId('paragraph');
    await expect(paragraphs).toHaveCount(2);
    await expect(paragraphs.first()).toHaveText(first.join(' '));
    await expect(paragraphs.nth(1)).toHaveText(second.join(' '));
    await workbench.screenshot('import-reflowed-paste', testInfo.project.name);
  });
});
