import { expect, test } from '../support/fixtures';
import { TITLE_000, TITLE_001, TITLE_002, TITLE_003, TITLE_004 } from '../support/sample-case';

test.describe('reading sources side by side', () => {
  test('opens 000 beside 001: two columns, their own text, the copy flagged', async ({
    workbench,
  }, testInfo) => {
    await workbench.waitForSources(5);
    await workbench.openSource(TITLE_000);
    await workbench.openBeside(TITLE_001);

    await expect(workbench.columns).toHaveCount(2);
    await expect(workbench.columnTitles).toHaveText([TITLE_000, TITLE_001]);
    // Each header names its source by label, as the source list does.
    await expect(workbench.columns.getByTestId('column-label')).toHaveText(['#000', '#001']);
    const [first, second] = [workbench.column(0), workbench.column(1)];
    await expect(first.getByTestId('paragraph').first()).toHaveText(
      /^North Korean leader Kim Jong-un is reportedly on his way/,
    );
    await expect(second.getByTestId('paragraph').first()).toHaveText(
      /^North Korean chief Kim Jong-un is reportedly on his strategy/,
    );
    await expect(first.getByTestId('paragraph')).toHaveCount(19);
    // The dateline went to metadata, not the body; the attribution line is shown as a notice.
    await expect(first.getByTestId('column-meta')).toContainText('SEOUL, South Korea');
    await expect(second.getByTestId('attribution-notice')).toContainText(
      'Content Source: www.washingtontimes.com',
    );
    await expect(first.getByTestId('attribution-notice')).toHaveCount(0);
    await expect(second.getByTestId('column-body')).not.toContainText('Content Source');

    await workbench.screenshot('reader-000-beside-001', testInfo.project.name);

    await workbench.page.getByTestId('theme-toggle').click();
    await expect(workbench.page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await workbench.screenshot('reader-000-beside-001-dark', testInfo.project.name);
  });

  test('columns scroll independently with sync scroll off', async ({ workbench }) => {
    await workbench.waitForSources(5);
    await workbench.openSource(TITLE_000);
    await workbench.openBeside(TITLE_001);
    await workbench.page.getByTestId('toggle-sync-scroll').click();
    await expect(workbench.page.getByTestId('toggle-sync-scroll')).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    const [left, right] = [
      workbench.column(0).getByTestId('column-body'),
      workbench.column(1).getByTestId('column-body'),
    ];
    await left.evaluate((element) => element.scrollTo({ top: 900 }));
    await expect.poll(() => left.evaluate((element) => element.scrollTop)).toBeGreaterThan(800);
    expect(await right.evaluate((element) => element.scrollTop)).toBe(0);
    // The page itself never scrolls; only the columns do.
    expect(await workbench.page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
  });

  test('holds at most four columns and closes them', async ({ workbench }) => {
    await workbench.waitForSources(5);
    await workbench.openSource(TITLE_000);
    for (const title of [TITLE_001, TITLE_002, TITLE_003]) await workbench.openBeside(title);
    await expect(workbench.columns).toHaveCount(4);
    await workbench.openBeside(TITLE_004);
    await expect(workbench.columns).toHaveCount(4);
    await expect(workbench.page.getByTestId('notice')).toContainText('Four columns are open');

    await workbench.column(1).getByRole('button', { name: 'Close column' }).click();
    await expect(workbench.columnTitles).toHaveText([TITLE_000, TITLE_002, TITLE_003]);
  });

  test('clicking a source replaces the active column', async ({ workbench }) => {
    await workbench.waitForSources(5);
    await workbench.openSource(TITLE_000);
    await workbench.openBeside(TITLE_001);
    await workbench.column(0).click();
    await workbench.openSource(TITLE_003);
    await expect(workbench.columnTitles).toHaveText([TITLE_003, TITLE_001]);
  });
});
