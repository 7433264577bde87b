import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { repoRoot } from '../support/browser-host';
import { expect, test } from '../support/fixtures';
import { TITLE_000 } from '../support/sample-case';

// A content farm's page: five consecutive paragraphs of 000 with a few words spun, padded with
// paragraphs about other things, under a credit line naming where the text came from. The
// comparison should call it a partial copy of #000 everywhere a relation is named, and F7 should
// stop at each paragraph of the one copied run.

const DIGEST = 'Summit digest';

/** The body paragraphs of seed 000 as the file has them (its title line comes twice first). */
function seedParagraphs(): string[] {
  const file = readdirSync(join(repoRoot, 'seeds')).find((name) => name.startsWith('000_'));
  if (!file) throw new Error('seed 000 is missing');
  return readFileSync(join(repoRoot, 'seeds', file), 'utf8')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** Swaps each word once, as a spinner would; fails loudly if the seed no longer has it. */
function spin(paragraph: string, swaps: readonly [string, string][]): string {
  return swaps.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`"${from}" is not in: ${text.slice(0, 60)}…`);
    return text.replace(from, to);
  }, paragraph);
}

const padding = {
  before: [
    'Ferry operators on the northern coast said on Monday that the new timetable would add two early crossings each weekday, easing the queues that have built up at the harbour since the spring.',
    'Local councillors welcomed the change but warned that parking near the terminal remains scarce, and asked the operator to publish passenger numbers every month so residents can judge whether the extra sailings are used.',
  ],
  after: [
    'Elsewhere, the regional library announced that its reading room will reopen after a two-year renovation, with longer evening hours, a children’s corner and a small exhibition of old maps donated by a retired surveyor.',
    'Organisers of the autumn food festival expect more than forty stalls this year, from smoked fish to mountain honey, and have asked visitors to come by bus because the square will be closed to cars for the weekend.',
    'The weather service forecast mild temperatures with occasional showers for the rest of the week, and said the first frost in the valleys is unlikely before the middle of next month.',
  ],
};

const CREDIT = 'Article courtesy of www.washingtontimes.com';

/**
 * The farm's text. Seed paragraphs 5–9 (after the title twice, the lead and the next one) are
 * the reader's paragraphs 3–7 of 000; in the digest they follow the two padding paragraphs.
 */
function digestText(): string {
  const seed = seedParagraphs().slice(4, 9);
  const swaps: [string, string][][] = [
    [
      ['state-controlled', 'state-run'],
      ['Hours later', 'A few hours later'],
    ],
    [
      ['the Kremlin said in a report', 'the Kremlin stated in a report'],
      ['openly endorse', 'overtly back'],
    ],
    [
      ['Biden administration officials', 'Biden administration officers'],
      ['with concern', 'with unease'],
    ],
    [['a surprise visit', 'a shock visit']],
    [
      ['a pet project of his', 'a pet venture of his'],
      ['kicked off Sunday', 'began Sunday'],
    ],
  ];
  const copied = seed.map((paragraph, index) => spin(paragraph, swaps[index] ?? []));
  return [...padding.before, ...copied, ...padding.after, CREDIT].join('\n\n');
}

/** The one paragraph of `column` holding selected aligned text. */
function selectedParagraph(column: Locator): Locator {
  return column.getByTestId('paragraph').filter({ has: column.page().locator('[data-selected]') });
}

test.describe('a partial copy', () => {
  test('a padded, spun half of 000 is named a partial copy, and F7 walks its paragraphs', async ({
    workbench,
    page,
  }, testInfo) => {
    // Import, then the comparison of the new source with five others in the worker.
    test.setTimeout(120_000);
    await workbench.waitForSources(5);
    await workbench.paste(digestText());
    const dialog = page.getByTestId('paste-dialog');
    await dialog.getByLabel('Title').fill(DIGEST);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByTestId('import-summary')).toHaveText('Import finished: 1 imported');
    await workbench.waitForSources(6);
    await page.getByRole('button', { name: 'Close import summary' }).click();

    // The source list: the digest is a partial copy of #000 (not "copy of #000"). A pasted text
    // has no numbered file name, so it is numbered by its id.
    const badge = workbench.source(DIGEST).getByTestId('copy-badge');
    await expect(badge).toHaveText('partial copy of #000', { timeout: 60_000 });
    await expect(workbench.source(DIGEST).getByTestId('source-number')).toHaveText('#6');
    await workbench.screenshot('partial-copy-source-list', testInfo.project.name);

    // The matrix: the cell of 000 and the digest says so, and the legend explains the tag.
    await page.getByTestId('topbar-matrix').click();
    const matrix = page.getByTestId('similarity-matrix');
    const cell = matrix.locator('[data-testid="matrix-cell"][data-a="1"][data-b="6"]');
    await expect(cell).toHaveAttribute('data-extent', 'partial');
    await expect(cell).toHaveAttribute(
      'aria-label',
      /^#000 and #6: partial copy, similarity [\d.]+; #6 is a partial copy of #000$/,
    );
    await expect(cell.getByTestId('matrix-partial')).toBeVisible();
    await expect(matrix.getByTestId('matrix-legend')).toContainText('partial copy');
    await workbench.screenshot('partial-copy-matrix', testInfo.project.name);
    await page.keyboard.press('Escape');
    await expect(matrix).toBeHidden();

    // The verdict card for the pair: partial copy, the direction with its evidence, the run.
    await workbench.openSource(TITLE_000);
    await workbench.openBeside(DIGEST);
    const relation = page.getByTestId('relation-panel');
    await expect(relation).toHaveAttribute('data-extent', 'partial');
    await expect(relation.getByTestId('verdict-badge')).toHaveText('Partial copy');
    await expect(relation.getByTestId('relation-direction')).toHaveText(
      '#6 is a partial copy of #000',
    );
    await expect(relation.getByTestId('relation-evidence')).toContainText(CREDIT);
    await expect(relation.getByTestId('copied-run')).toHaveText(['#000 ¶ 3–7 ↔ #6 ¶ 3–7']);

    // F7 in the digest's column stops at each paragraph of the one copied run, and its
    // counterpart in 000 moves with it, paragraph by paragraph.
    const [origin, digest] = [workbench.column(0), workbench.column(1)];
    const position = page.getByTestId('passage-position');
    for (let step = 1; step <= 5; step++) {
      await page.keyboard.press('F7');
      await expect(position).toHaveText(`Passage 1 of 1 · paragraph ${step} of 5`);
      await expect(selectedParagraph(digest)).toHaveAttribute('data-number', String(step + 2));
      await expect(selectedParagraph(origin)).toHaveAttribute('data-number', String(step + 2));
      await expect(page.getByTestId('passage-part')).toHaveText(`paragraph ${step} of 5`);
      if (step === 3) await workbench.screenshot('partial-copy-compare', testInfo.project.name);
    }
    await page.keyboard.press('Shift+F7');
    await expect(position).toHaveText('Passage 1 of 1 · paragraph 4 of 5');
    await page.getByTestId('previous-passage').click();
    await expect(position).toHaveText('Passage 1 of 1 · paragraph 3 of 5');
    await expect(selectedParagraph(origin)).toHaveAttribute('data-number', '5');
    // A connector per paragraph of the run: only the selected paragraph's is marked.
    await expect(page.locator('[data-testid="connector"][data-selected]')).toHaveCount(1);
  });
});
