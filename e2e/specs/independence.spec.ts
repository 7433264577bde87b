import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/browser-host';
import { expect, test } from '../support/fixtures';
import { TITLE_000, TITLE_002 } from '../support/sample-case';
import type { WorkbenchPage } from '../support/workbench-page';

// The promise is the count of independent sources. On the sample case: suggestions for 000's
// "first — and so far only — meeting" must find 002 and 004, which confirm it independently,
// beside 001, which only copies 000; AP's lunch (002) is contradicted by 003's dinner; a page
// that spins half of 000 inside other text counts with 000, not as a new source.

const FIRST_MEETING = 'held his first — and so far only — meeting with Mr. Putin in Vladivostok';
const LUNCH = 'He added that the meeting would include a lunch in Kim’s honor.';

async function tagSelection(workbench: WorkbenchPage, tag: string): Promise<void> {
  const page = workbench.page;
  await page.getByTestId('tag-selection').click();
  const picker = page.getByRole('dialog', { name: 'Tag claim' });
  await picker.getByRole('textbox').fill(tag);
  await picker.getByRole('button', { name: /Create tag/ }).click();
  await picker.getByRole('button', { name: 'Save' }).click();
}

test.describe('independent sources behind a claim', () => {
  test.setTimeout(120_000);

  test('suggestions find 002 and 004 beside the copy 001; the claim counts 3 independent sources', async ({
    workbench,
    page,
  }, testInfo) => {
    await workbench.waitForSources(5);
    await workbench.openSource(TITLE_000);
    await workbench.selectWithMouse(workbench.column(0), FIRST_MEETING);
    await tagSelection(workbench, 'First summit');
    const detail = page.getByTestId('claim-detail');
    await expect(detail.getByTestId('independent-count')).toHaveText('1 independent source');

    const suggestions = detail.getByTestId('suggestion');
    const in002 = suggestions.filter({ hasText: 'first meeting with Kim was held in 2019' });
    const in004 = suggestions.filter({ hasText: 'so far only summit' });
    const in001 = suggestions.filter({ hasText: 'thus far solely' });
    await expect(in002).toHaveCount(1, { timeout: 30_000 });
    await expect(in004).toHaveCount(1);
    await expect(in001).toHaveCount(1);
    // Each says why it was suggested and whether it adds an independent source.
    await expect(in002.getByTestId('suggestion-reasons')).toContainText('2019');
    await expect(in002.getByTestId('suggestion-reasons')).toContainText('Vladivostok');
    await expect(in002.getByTestId('suggestion-independence')).toHaveText(
      '+ adds an independent source',
    );
    await expect(in001.getByTestId('suggestion-independence')).toContainText(
      'counts with a line already there',
    );
    // Independent confirmations are offered before the copy.
    await expect(suggestions.first()).not.toContainText('thus far solely');
    await in002.scrollIntoViewIfNeeded();
    await workbench.screenshot('independence-suggestions', testInfo.project.name);

    await in001.getByTestId('accept-suggestion').click();
    await expect(detail.getByTestId('claim-passage')).toHaveCount(2);
    await expect(detail.getByTestId('independent-count')).toHaveText('1 independent source');
    await in002.getByTestId('accept-suggestion').click();
    await expect(detail.getByTestId('independent-count')).toHaveText('2 independent sources');
    await in004.getByTestId('accept-suggestion').click();
    await expect(detail.getByTestId('independent-count')).toHaveText('3 independent sources');

    // 000 and 001 are one line, and the claim says why in words.
    const lines = detail.getByTestId('independence-group');
    await expect(lines).toHaveCount(3);
    const copyLine = lines.filter({ hasText: 'counts once' });
    await expect(copyLine).toHaveCount(1);
    await expect(copyLine.getByTestId('evidence-join')).toHaveText(
      /^#001 copies #000 here: “held his first … Vladivostok” is spun$/,
    );
    await expect(detail.getByTestId('suggested-credibility')).toContainText('1');

    const rule = detail.getByTestId('grade-rule');
    await rule.locator('summary').click();
    await expect(rule.locator('[data-applied]')).toHaveText('C = 0 and S ≥ 3: 1 (confirmed)');
    await rule.scrollIntoViewIfNeeded();
    await workbench.screenshot('independence-claim', testInfo.project.name);

    // Undo takes back the last confirmation; redo restores it.
    await page.getByTestId('undo').click();
    await expect(detail.getByTestId('independent-count')).toHaveText('2 independent sources');
    await page.getByTestId('redo').click();
    await expect(detail.getByTestId('independent-count')).toHaveText('3 independent sources');
  });

  test('003’s dinner is offered as a possible contradiction of AP’s lunch', async ({
    workbench,
    page,
  }, testInfo) => {
    await workbench.waitForSources(5);
    await workbench.openSource(TITLE_002);
    await workbench.selectWithMouse(workbench.column(0), LUNCH);
    await tagSelection(workbench, 'Lunch');
    const detail = page.getByTestId('claim-detail');
    const dinner = detail.getByTestId('suggestion').filter({ hasText: 'as well as a dinner' });
    await expect(dinner).toHaveCount(1, { timeout: 30_000 });
    await expect(dinner).toContainText('possible contradiction');
    await expect(dinner.getByTestId('suggestion-reasons')).toContainText(
      'facts differ: lunch ≠ dinner',
    );
    await expect(dinner.getByTestId('suggestion-independence')).toHaveText(
      '+ adds an independent contradiction',
    );
    await dinner.scrollIntoViewIfNeeded();
    await workbench.screenshot('independence-contradiction', testInfo.project.name);
    await dinner.getByTestId('contradicts-suggestion').click();
    await expect(detail.getByTestId('contradiction-count')).toHaveText('1 contradiction');
    await expect(detail.getByTestId('independent-count')).toHaveText('1 independent source');
    // One line for, one against: the evidence is balanced, not "improbable".
    await expect(detail.getByTestId('suggested-credibility')).toContainText('6');
  });

  test('a page spinning half of 000 inside other text counts with 000', async ({
    workbench,
    page,
  }, testInfo) => {
    await workbench.waitForSources(5);
    await workbench.paste(halfSpunDigest());
    await page.getByTestId('paste-dialog').getByRole('button', { name: 'Import' }).click();
    await workbench.waitForSources(6);
    await workbench.openSource(TITLE_000);
    const sentence = 'Mr. Kim, for his part, last traveled overseas in 2019';
    await workbench.selectWithMouse(workbench.column(0), sentence);
    await tagSelection(workbench, 'Travel');
    const detail = page.getByTestId('claim-detail');
    const inDigest = detail
      .getByTestId('suggestion')
      .filter({ hasText: 'Mr. Kim, for his role, last journeyed overseas in 2019' });
    await expect(inDigest).toHaveCount(1, { timeout: 60_000 });
    await expect(inDigest.getByTestId('suggestion-independence')).toContainText(
      'counts with a line already there',
    );
    await inDigest.getByTestId('accept-suggestion').click();
    await expect(detail.getByTestId('claim-passage')).toHaveCount(2);
    await expect(detail.getByTestId('independent-count')).toHaveText('1 independent source');
    // The pasted page has no number of its own: it is numbered by its id.
    await expect(detail.getByTestId('evidence-join')).toHaveText(
      /^#000 and #6 share “Mr\. Kim, for … 2019” \(spun; which copied which is undetermined\)$/,
    );
    await workbench.screenshot('independence-partial-copy', testInfo.project.name);
  });
});

/** Seed 000's body paragraphs as the file has them. */
function seedParagraphs(): string[] {
  const file = readdirSync(join(repoRoot, 'seeds')).find((name) => name.startsWith('000_'));
  if (!file) throw new Error('seed 000 is missing');
  return readFileSync(join(repoRoot, 'seeds', file), 'utf8')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/**
 * A content farm's page: a title, two paragraphs about something else, then seed 000's
 * paragraphs from "Mr. Kim, for his part …" on with a few words spun, then more padding.
 */
function halfSpunDigest(): string {
  const seed = seedParagraphs();
  const from = seed.findIndex((paragraph) => paragraph.startsWith('Mr. Kim, for his part'));
  if (from < 0) throw new Error('seed 000 no longer has the travel paragraph');
  const copied = seed
    .slice(from, from + 4)
    .map((paragraph) =>
      paragraph
        .replace('for his part, last traveled', 'for his role, last journeyed')
        .replace('abortive', 'failed')
        .replace('Kremlin', 'Russian government'),
    );
  return [
    'Regional digest: ferries, summits and the autumn fair',
    'Ferry operators on the northern coast said on Monday that the new timetable would add two early crossings each weekday, easing the queues that have built up at the harbour since the spring.',
    'Local councillors welcomed the change but warned that parking near the terminal remains scarce, and asked the operator to publish passenger numbers every month.',
    ...copied,
    'Organisers of the autumn food festival expect more than forty stalls this year, from smoked fish to mountain honey, and have asked visitors to come by bus.',
    'The weather service forecast mild temperatures with occasional showers for the rest of the week, and said the first frost in the valleys is unlikely before the middle of next month.',
    'The regional library announced that its reading room will reopen after a two-year renovation, with longer evening hours and a small exhibition of old maps.',
  ].join('\n\n');
}
