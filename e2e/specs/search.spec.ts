import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { SAMPLE_TITLES, TITLE_000 } from '../support/sample-case';

// Test ids: search-input, search-summary, search-group (data-source-id), search-group-title,
// search-hit (data-kind), search-mark, search-error, search-help-button, search-help; the
// reader's column-body reports data-search-hits and data-search-current.

/** The text of the reader highlight named `name` (CSS Custom Highlight API). */
function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlight) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get(highlight) ?? [])].map((range) => range.toString());
  }, name);
}

test.describe('search', () => {
  test('a misspelt word is met with the nearest one the case holds, and several words are said to be any of them', async ({
    page,
    workbench,
  }, testInfo) => {
    await workbench.waitForSources(5);
    await page.keyboard.press('Control+K');
    await page.keyboard.type('Vladivostock');
    await expect(page.getByTestId('search-summary')).toHaveText('No hits.');
    const hint = page.getByTestId('search-did-you-mean');
    await expect(hint).toHaveText('No source has “vladivostock”. Did you mean vladivostok?');
    await workbench.screenshot('search-did-you-mean', testInfo.project.name);
    await hint.getByRole('button', { name: 'vladivostok' }).click();
    await expect(page.getByTestId('search-input')).toHaveValue('vladivostok');
    await expect(page.getByTestId('search-summary')).toHaveText(/^\d+ hits? in \d+ sources?$/);
    await expect(page.getByTestId('search-hints')).toHaveCount(0);

    await page.getByTestId('search-input').fill('lunch dinner');
    await expect(page.getByTestId('search-any-of')).toHaveText(
      'Hits hold any of “lunch”, “dinner”, those with more first. Put + before a word to require it: +lunch +dinner.',
    );
    await workbench.screenshot('search-any-of', testInfo.project.name);
  });

  test('Shoigu: every source that names him, and the hit marked in the reader', async ({
    page,
    workbench,
  }, testInfo) => {
    await workbench.waitForSources(5);
    await page.keyboard.press('Control+K');
    await expect(page.getByTestId('search-input')).toBeFocused();
    await page.keyboard.type('Shoigu');

    await expect(page.getByTestId('search-summary')).toHaveText('5 hits in 5 sources');
    const groups = page.getByTestId('search-group');
    await expect(groups).toHaveCount(5);
    const titles = await page.getByTestId('search-group-title').allTextContents();
    expect([...titles].sort()).toEqual([...SAMPLE_TITLES].sort());
    for (const mark of await page.getByTestId('search-mark').allTextContents()) {
      expect(mark).toBe('Shoigu');
    }
    await workbench.screenshot('search-results', testInfo.project.name);

    const first = groups.filter({ hasText: TITLE_000 });
    await first.getByTestId('search-hit').first().click();
    await expect(workbench.columnTitles).toHaveText([TITLE_000]);
    const body = workbench.column(0).getByTestId('column-body');
    await expect(body).toHaveAttribute('data-search-hits', '1');
    await expect(body).toHaveAttribute('data-search-current', '1');
    expect(await highlighted(page, 'search-hit-current')).toEqual(['Shoigu']);
    await workbench.screenshot('search-hit-in-reader', testInfo.project.name);

    // Escape in the box clears the search and brings the source list back.
    await page.getByTestId('search-input').focus();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('search-input')).toHaveValue('');
    await workbench.waitForSources(5);
    expect(await highlighted(page, 'search-hit')).toEqual([]);
  });

  test('F3 steps through every hit in the open source', async ({ page, workbench }) => {
    await workbench.waitForSources(5);
    await page.getByTestId('search-input').fill('Kim');
    const group = page.getByTestId('search-group').filter({ hasText: TITLE_000 });
    await group.getByTestId('search-hit').first().click();
    const body = workbench.column(0).getByTestId('column-body');
    await expect(body).toHaveAttribute('data-search-current', '1');
    const count = Number(await body.getAttribute('data-search-hits'));
    expect(count).toBeGreaterThan(5);
    await page.keyboard.press('F3');
    await expect(body).toHaveAttribute('data-search-current', '2');
    await page.keyboard.press('Shift+F3');
    await page.keyboard.press('Shift+F3');
    await expect(body).toHaveAttribute('data-search-current', String(count));
    expect(await highlighted(page, 'search-hit-current')).toEqual(['Kim']);
  });

  test('a phrase finds the words together; a malformed query says what is wrong', async ({
    page,
    workbench,
  }, testInfo) => {
    await workbench.waitForSources(5);
    const input = page.getByTestId('search-input');
    await input.fill('"armored train"');
    await expect(page.getByTestId('search-summary')).toHaveText('1 hit in 1 source');
    await expect(page.getByTestId('search-group-title')).toHaveText([TITLE_000]);
    await expect(page.getByTestId('search-mark')).toHaveText(['armored train']);

    await input.fill('Kim "armored');
    await expect(page.getByTestId('search-error')).toHaveText(
      'The quote that opens at character 5 is never closed.',
    );
    await expect(page.getByTestId('search-group')).toHaveCount(0);
    await workbench.screenshot('search-malformed', testInfo.project.name);

    await page.getByTestId('search-help-button').click();
    await expect(page.getByTestId('search-help')).toContainText('"armored train"');
    await workbench.screenshot('search-help', testInfo.project.name);
  });

  test('a case can search with another language’s stemming', async ({ page, workbench }) => {
    await workbench.waitForSources(5);
    const input = page.getByTestId('search-input');
    // English stemming: "meeting" also finds "meet" and "meets".
    await input.fill('meeting');
    const summary = page.getByTestId('search-summary');
    await expect(summary).toHaveText(/^\d+ hits in 5 sources$/);
    const english = Number((await summary.textContent())?.split(' ')[0]);
    await page.getByTestId('search-help-button').click();
    await page.getByTestId('search-language').selectOption('de');
    // German stemming leaves "meeting" alone: only the word itself is found now.
    await expect(summary).toHaveText(/^\d+ hits? in \d+ sources?$/);
    await expect
      .poll(async () => Number((await summary.textContent())?.split(' ')[0]))
      .toBeLessThan(english);
    await page.reload();
    await workbench.waitForSources(5);
    await page.getByTestId('search-help-button').click();
    await expect(page.getByTestId('search-language')).toHaveValue('de');
  });
});
