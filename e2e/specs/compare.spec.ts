import { expect, test } from '../support/fixtures';
import { TITLE_000, TITLE_001, TITLE_002, TITLE_004 } from '../support/sample-case';

test.describe('comparing sources', () => {
  test('000 beside 001: the spun copy, its passages, direction and substitutions', async ({
    workbench,
    page,
  }, testInfo) => {
    await workbench.waitForSources(5);
    await workbench.openSource(TITLE_000);
    await workbench.openBeside(TITLE_001);

    const [left, right] = [workbench.column(0), workbench.column(1)];
    await expect(left.locator('[data-kind="spun"]').first()).toBeVisible();
    await expect(right.locator('[data-kind="spun"]').first()).toBeVisible();
    await expect(page.getByTestId('connector').first()).toBeAttached();

    const relation = page.getByTestId('relation-panel');
    await expect(relation).toHaveAttribute('data-verdict', 'derived-copy');
    await expect(relation.getByTestId('relation-direction')).toHaveText('#001 is a copy of #000');
    await expect(relation.getByTestId('relation-explanation')).toContainText(
      'Content Source: www.washingtontimes.com',
    );
    const table = page.getByTestId('substitution-table');
    for (const [from, to] of [
      ['leader', 'chief'],
      ['train', 'practice'],
      ['officials', 'officers'],
      ['said', 'stated'],
      ['war', 'struggle'],
    ]) {
      await expect(
        table
          .getByTestId('substitution-row')
          .filter({ hasText: from })
          .filter({ hasText: to })
          .first(),
      ).toBeAttached();
    }
    // The whole spun copy is one copied run, stepped through paragraph by paragraph.
    await expect(page.getByTestId('passage-position')).toHaveText('1 passage');
    await workbench.screenshot('compare-000-001', testInfo.project.name);
  });

  test('selecting a passage marks the word differences on both sides; F7 moves on', async ({
    workbench,
    page,
  }) => {
    await workbench.waitForSources(5);
    await workbench.openSource(TITLE_000);
    await workbench.openBeside(TITLE_001);
    await workbench.column(0).locator('[data-kind="spun"]').first().click();
    await expect(page.getByTestId('passage-position')).toHaveText(
      'Passage 1 of 1 · paragraph 1 of 19',
    );
    await expect(workbench.column(0).getByTestId('diff-removed').first()).toBeVisible();
    await expect(workbench.column(1).getByTestId('diff-added').first()).toBeVisible();
    await expect(page.getByTestId('passage-detail')).toContainText('Spun');
    // The removed words are really words of 000 ("leader" in the lead), the added ones of 001.
    await expect(
      workbench.column(0).getByTestId('diff-removed').filter({ hasText: 'leader' }).first(),
    ).toBeAttached();
    await expect(
      workbench.column(1).getByTestId('diff-added').filter({ hasText: 'chief' }).first(),
    ).toBeAttached();

    await page.keyboard.press('F7');
    await expect(page.getByTestId('passage-position')).toHaveText(
      'Passage 1 of 1 · paragraph 2 of 19',
    );
    await page.keyboard.press('Shift+F7');
    await expect(page.getByTestId('passage-position')).toHaveText(
      'Passage 1 of 1 · paragraph 1 of 19',
    );
  });

  test('scrolling one column brings the counterpart into view in the other', async ({
    workbench,
  }) => {
    await workbench.waitForSources(5);
    await workbench.openSource(TITLE_000);
    await workbench.openBeside(TITLE_001);
    await expect(workbench.column(0).locator('[data-kind="spun"]').first()).toBeVisible();
    const [left, right] = [
      workbench.column(0).getByTestId('column-body'),
      workbench.column(1).getByTestId('column-body'),
    ];
    await left.evaluate((element) => element.scrollTo({ top: 1500 }));
    await expect.poll(() => right.evaluate((element) => element.scrollTop)).toBeGreaterThan(1000);
  });

  test('the similarity matrix shows the copy and the shared quote, and opens a pair', async ({
    workbench,
    page,
  }, testInfo) => {
    await workbench.waitForSources(5);
    await page.getByTestId('topbar-matrix').click();
    const matrix = page.getByTestId('similarity-matrix');
    await expect(matrix.getByTestId('matrix-cell')).toHaveCount(20);
    await expect(
      matrix.locator('[data-testid="matrix-cell"][data-a="1"][data-b="2"]'),
    ).toHaveAttribute('aria-label', /derived copy/);
    await expect(
      matrix.locator('[data-testid="matrix-cell"][data-a="3"][data-b="5"]'),
    ).toHaveAttribute('aria-label', /shares passages/);
    await expect(
      matrix.locator('[data-testid="matrix-cell"][data-a="2"][data-b="4"]'),
    ).not.toHaveAttribute('aria-label', /copy|shares/);
    await workbench.screenshot('similarity-matrix', testInfo.project.name);

    await matrix.locator('[data-testid="matrix-cell"][data-a="3"][data-b="5"]').click();
    await expect(workbench.columnTitles).toHaveText([TITLE_002, TITLE_004]);
    const quote = workbench.column(0).locator('[data-kind="shared-quote"]');
    await expect(quote.first()).toBeVisible();
    await expect(page.getByTestId('relation-panel')).toHaveAttribute(
      'data-verdict',
      'shares-passages',
    );
    await expect(workbench.column(1).locator('[data-kind="shared-quote"]')).toContainText([
      'abide by the public commitments',
    ]);
    await workbench.screenshot('compare-002-004-shared-quote', testInfo.project.name);
  });
});
