import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { selectWithKeyboard } from '../support/keyboard-selection';
import { TITLE_000, TITLE_002, TITLE_003, TITLE_004 } from '../support/sample-case';

// Test ids: add-selection-to-claim (selection toolbar), add-to-claim (the picker dialog),
// claim-picker-filter / -tag / -list / -option (data-claim-id), add-to-claim-confirm,
// claim-passages / claim-passage (data-stance, data-source-id) / claim-passage-quote,
// passage-stance, reanchor-passage, remove-passage; search: add-hit-to-claim, tag-all-hits,
// tag-all-hits (dialog), tag-all-review, tag-all-hit, tag-all-add.

// Sources 1–5 are seeds 000–004.
const LUNCH_002 = 'He added that the meeting would include a lunch in Kim’s honor.';
const DINNER_003 = 'as well as a dinner';
const FIRST_MEETING_000 =
  'held his first — and so far only — meeting with Mr. Putin in Vladivostok';
const FIRST_MEETING_002 = 'Putin’s first meeting with Kim was held in 2019 in the city';
const FIRST_SUMMIT_004 = 'first, and so far only summit, with Mr. Kim, in 2019';
const TRAVELED_000 = 'last traveled overseas in 2019';

type Passage = [sourceId: number, quote: string, stance: string];

/** The open claim's passages as [source, quote, stance], in the order the detail lists them. */
async function passages(page: Page): Promise<Passage[]> {
  return page
    .getByTestId('claim-detail')
    .getByTestId('claim-passage')
    .evaluateAll((rows) =>
      rows.map((row): [number, string, string] => [
        Number(row.getAttribute('data-source-id')),
        row.querySelector('[data-testid="claim-passage-quote"]')?.textContent ?? '',
        row.getAttribute('data-stance') ?? '',
      ]),
    );
}

/** Expects the open claim to list exactly these passages, in any order. */
async function expectPassages(page: Page, expected: Passage[]): Promise<void> {
  const sorted = (list: Passage[]) => [...list].sort((a, b) => a.join().localeCompare(b.join()));
  await expect.poll(async () => sorted(await passages(page))).toEqual(sorted(expected));
}

/** Tags the selection as a claim without tags, from the selection toolbar. */
async function tagSelection(page: Page): Promise<void> {
  await page.getByTestId('tag-selection').click();
  const picker = page.getByRole('dialog', { name: 'Tag claim' });
  await picker.getByRole('button', { name: 'Save' }).click();
  await expect(picker).toBeHidden();
}

function picker(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Add passage to claim' });
}

test.describe('link any passage to a claim', () => {
  test('with the mouse, the keyboard, the palette, a search hit and "Tag all hits", each undoable', async ({
    workbench,
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await workbench.waitForSources(5);
    // The comparison re-renders the reader when it finishes, which would reset a selection
    // being made: select after it is done (as claims-panel.spec.ts does).
    await expect(page.getByText('2 related pairs')).toBeVisible({ timeout: 30_000 });

    // A claim on AP's lunch (002), tagged "Meals".
    await workbench.openSource(TITLE_002);
    await workbench.selectWithMouse(workbench.column(0), LUNCH_002);
    await page.getByTestId('tag-selection').click();
    const tagPicker = page.getByRole('dialog', { name: 'Tag claim' });
    await tagPicker.getByRole('textbox').fill('Meals');
    await tagPicker.getByRole('button', { name: /Create tag/ }).click();
    await tagPicker.getByRole('button', { name: 'Save' }).click();
    await expectPassages(page, [[3, LUNCH_002, 'origin']]);

    // 003's dinner, dragged with the mouse, added as contradicting from the selection toolbar.
    await workbench.openSource(TITLE_003);
    await workbench.selectWithMouse(workbench.column(0), DINNER_003);
    await page.getByTestId('add-selection-to-claim').click();
    const dialog = picker(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('link-passage-quote')).toContainText(DINNER_003);
    await expect(dialog.getByTestId('claim-picker-filter')).toBeFocused();
    const options = dialog.getByTestId('claim-picker-option');
    await expect(options).toHaveCount(1);
    await expect(options.first()).toContainText(LUNCH_002);
    await expect(options.first()).toContainText('Meals');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await dialog.getByLabel('contradicts the claim').check();
    await workbench.screenshot('link-passage-picker', testInfo.project.name);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expectPassages(page, [
      [3, LUNCH_002, 'origin'],
      [4, DINNER_003, 'contradicts'],
    ]);
    await expect(workbench.column(0).getByTestId('claim-mark')).toHaveText(DINNER_003);
    // AP's lunch against 003's dinner: one line each way.
    const detail = page.getByTestId('claim-detail');
    await expect(detail.getByTestId('independent-count')).toHaveText('1 independent source');
    await expect(detail.getByTestId('contradiction-count')).toHaveText('1 contradiction');
    // Focus is back in the column the passage came from.
    await expect(workbench.column(0).getByTestId('column-body')).toBeFocused();

    await page.keyboard.press('ControlOrMeta+Z');
    await expectPassages(page, [[3, LUNCH_002, 'origin']]);
    await expect(workbench.column(0).getByTestId('claim-mark')).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expectPassages(page, [
      [3, LUNCH_002, 'origin'],
      [4, DINNER_003, 'contradicts'],
    ]);

    // A claim on the NYT's first and only meeting (000).
    await workbench.openSource(TITLE_000);
    await workbench.selectWithMouse(workbench.column(0), FIRST_MEETING_000);
    await tagSelection(page);
    await expectPassages(page, [[1, FIRST_MEETING_000, 'origin']]);

    // 002's sentence, selected with Shift+arrows and added with Alt+Shift+A: the newest claim
    // is first and chosen, supporting is the default, Enter adds.
    await workbench.openSource(TITLE_002);
    await selectWithKeyboard(page, workbench.column(0), FIRST_MEETING_002);
    await page.keyboard.press('Alt+Shift+A');
    await expect(dialog).toBeVisible();
    await expect(options).toHaveCount(2);
    await expect(options.first()).toContainText(FIRST_MEETING_000);
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    // Filtering by tag leaves the lunch claim; clearing it brings both back.
    await dialog.getByTestId('claim-picker-tag').selectOption({ label: 'Meals' });
    await expect(options).toHaveCount(1);
    await dialog.getByTestId('claim-picker-tag').selectOption({ label: 'Any tag' });
    await dialog.getByTestId('claim-picker-filter').focus();
    await page.keyboard.type('Vladivostok');
    await expect(options).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expectPassages(page, [
      [1, FIRST_MEETING_000, 'origin'],
      [3, FIRST_MEETING_002, 'supports'],
    ]);

    // 004's summit, by keyboard again, added from the command palette.
    await workbench.openSource(TITLE_004);
    await selectWithKeyboard(page, workbench.column(0), FIRST_SUMMIT_004);
    await page.keyboard.press('ControlOrMeta+Shift+P');
    await page.keyboard.type('add selection to claim');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('link-passage-quote')).toContainText(FIRST_SUMMIT_004);
    await expect(options.first()).toContainText(FIRST_MEETING_000);
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    const withBoth: Passage[] = [
      [1, FIRST_MEETING_000, 'origin'],
      [3, FIRST_MEETING_002, 'supports'],
      [5, FIRST_SUMMIT_004, 'supports'],
    ];
    await expectPassages(page, withBoth);
    await expect(detail.getByTestId('independent-count')).toHaveText('3 independent sources');
    await expect(detail.getByTestId('contradiction-count')).toHaveCount(0);

    // Undo and redo step by step.
    await page.keyboard.press('ControlOrMeta+Z');
    await expectPassages(page, withBoth.slice(0, 2));
    await page.keyboard.press('ControlOrMeta+Z');
    await expectPassages(page, withBoth.slice(0, 1));
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expectPassages(page, withBoth.slice(0, 2));
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expectPassages(page, withBoth);

    // A search hit, added to the claim from the results.
    await page.keyboard.press('ControlOrMeta+K');
    await page.keyboard.type('"in 2019"');
    const groups = page.getByTestId('search-group');
    await expect(groups).toHaveCount(4);
    const copyGroup = page.locator('[data-testid="search-group"][data-source-id="2"]');
    await copyGroup.getByTestId('search-hit').first().hover();
    await copyGroup.getByTestId('add-hit-to-claim').first().click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('link-passage-quote')).toContainText('in 2019');
    await expect(options.first()).toContainText(FIRST_MEETING_000);
    await dialog.getByTestId('add-to-claim-confirm').click();
    await expect(dialog).toBeHidden();
    await expectPassages(page, [...withBoth, [2, 'in 2019', 'supports']]);
    // 001's words are 000's, spun: 000 and 001 count once, so still three.
    await expect(detail.getByTestId('independent-count')).toHaveText('3 independent sources');
    await expect(
      detail.getByTestId('independence-group').filter({ hasText: 'counts once' }),
    ).toContainText('#001 copies #000');

    // Tag all hits: the review lists every hit; 004's is left out; 001's is there already.
    await page.getByTestId('tag-all-hits').click();
    const tagAll = page.getByRole('dialog', { name: 'Tag all hits' });
    await expect(tagAll).toBeVisible();
    await expect(tagAll.getByTestId('claim-picker-option').first()).toContainText(
      FIRST_MEETING_000,
    );
    await tagAll.getByTestId('tag-all-review-button').click();
    const hits = tagAll.getByTestId('tag-all-hit');
    await expect(hits).toHaveCount(4);
    await expect(tagAll.getByTestId('tag-all-quote')).toHaveText([
      'in 2019',
      'in 2019',
      'in 2019',
      'in 2019',
    ]);
    await hits.filter({ hasText: 'summit' }).getByRole('checkbox').uncheck();
    await expect(tagAll.getByTestId('tag-all-count')).toHaveText('3 of 4 selected');
    await workbench.screenshot('link-passage-review', testInfo.project.name);
    await tagAll.getByTestId('tag-all-add').click();
    await expect(tagAll).toBeHidden();
    await expect(page.getByText('Added 2 passages to the claim; 1 already there')).toBeVisible();
    const tagged: Passage[] = [
      ...withBoth,
      [2, 'in 2019', 'supports'],
      [1, 'in 2019', 'supports'],
      [3, 'in 2019', 'supports'],
    ];
    await expectPassages(page, tagged);
    await page.getByTestId('search-input').focus();
    await page.keyboard.press('Escape');
    await workbench.waitForSources(5);

    // One undo takes back all the tagged hits.
    await page.getByTestId('undo').click();
    await expectPassages(page, tagged.slice(0, 4));
    await page.getByTestId('redo').click();
    await expectPassages(page, tagged);

    // Stance: 002's "in 2019" now contradicts; undo and redo.
    const passageIn = (sourceId: number, quote: string) =>
      detail
        .locator(`[data-testid="claim-passage"][data-source-id="${sourceId}"]`)
        .filter({ has: page.getByTestId('claim-passage-quote').getByText(quote, { exact: true }) });
    const in2019Of002 = passageIn(3, 'in 2019');
    await in2019Of002.getByTestId('passage-stance').selectOption('contradicts');
    const restanced: Passage[] = tagged.map(([source, quote, stance]) =>
      source === 3 && quote === 'in 2019'
        ? [source, quote, 'contradicts']
        : [source, quote, stance],
    );
    await expectPassages(page, restanced);
    await page.getByTestId('undo').click();
    await expectPassages(page, tagged);
    await page.getByTestId('redo').click();
    await expectPassages(page, restanced);

    // Re-anchor 000's "in 2019" to a wider selection in 000, dragged with the mouse.
    await workbench.openSource(TITLE_000);
    await workbench.selectWithMouse(workbench.column(0), TRAVELED_000);
    await passageIn(1, 'in 2019').getByTestId('reanchor-passage').click();
    const reanchored: Passage[] = restanced.map(([source, quote, stance]) =>
      source === 1 && quote === 'in 2019'
        ? [source, TRAVELED_000, stance]
        : [source, quote, stance],
    );
    await expectPassages(page, reanchored);
    await page.getByTestId('undo').click();
    await expectPassages(page, restanced);
    await page.getByTestId('redo').click();
    await expectPassages(page, reanchored);
    await detail.getByTestId('claim-passages').scrollIntoViewIfNeeded();
    await workbench.screenshot('link-passage-claim', testInfo.project.name);

    // Everything is in the case file: it is all there after a reload.
    await page.reload();
    await workbench.waitForSources(5);
    await workbench.openSource(TITLE_000);
    await workbench.column(0).getByTestId('claim-mark').filter({ hasText: 'first' }).click();
    await expectPassages(page, reanchored);
    await workbench.screenshot('link-passage-after-reload', testInfo.project.name);
  });
});
