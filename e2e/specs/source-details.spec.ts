import { expect, test } from '../support/fixtures';
import { TITLE_001, TITLE_003 } from '../support/sample-case';

test.describe('editing source details', () => {
  test('saves edited metadata, shows it everywhere and keeps it after a reload', async ({
    workbench,
    page,
  }) => {
    await workbench.waitForSources(5);
    const dialog = await workbench.openDetails(TITLE_001);
    await expect(dialog.getByLabel('Attribution')).toHaveValue(
      'Content Source: www.washingtontimes.com',
    );
    // Nothing says who published it or when: the label is the number alone.
    await expect(dialog.getByTestId('details-label')).toHaveText('#001');

    await dialog.getByLabel('Title').fill('Spun copy of the Washington Times report');
    await dialog.getByLabel('Outlet').fill('Unknown content farm');
    await dialog.getByLabel('Published').fill('2023-09-11');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();

    const renamed = workbench.source('Spun copy of the Washington Times report');
    await expect(renamed).toContainText('Unknown content farm');
    await expect(workbench.columnTitles).toHaveText(['Spun copy of the Washington Times report']);
    // The label now names the outlet and the date; the number stays the source's own.
    const label = 'Unknown content farm · 11 Sep 2023 · #001';
    await expect(renamed.getByTestId('source-number')).toHaveText('#001');
    await expect(renamed.getByTestId('source-number')).toHaveAttribute('data-label', label);
    await expect(workbench.column(0).getByTestId('column-label')).toHaveText(label);
    // Edited titles are no longer marked as derived from the lead.
    await expect(renamed.getByTestId('derived-title-badge')).toHaveCount(0);

    await page.reload();
    await workbench.waitForSources(5);
    await expect(workbench.source('Spun copy of the Washington Times report')).toContainText(
      'Unknown content farm',
    );
  });

  test('refuses an empty title and an invalid web address, changing nothing', async ({
    workbench,
  }) => {
    await workbench.waitForSources(5);
    const dialog = await workbench.openDetails(TITLE_001);

    await dialog.getByLabel('Title').fill('   ');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toContainText('title');
    await expect(dialog).toBeVisible();

    await dialog.getByLabel('Title').fill('A fine title');
    await dialog.getByLabel('URL').fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('alert')).toContainText('http');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(workbench.sourceTitles.nth(1)).toHaveText(TITLE_001);
  });

  test('shows the lines the importer moved out of the body', async ({ workbench }) => {
    await workbench.waitForSources(5);
    const removed = (await workbench.openDetails(TITLE_003)).getByTestId('removed-lines');
    await expect(removed.getByRole('listitem')).toHaveCount(3);
    await expect(removed).toContainText('Please read our comment policy before commenting.');
  });
});
