import { expect, test } from '../support/fixtures';
import { TITLE_000, TITLE_003 } from '../support/sample-case';

const SHOIGU =
  'In July, Russian Defense Minister Sergei Shoigu made a surprise visit to North Korea.';

test.describe('codebook, notes and source grades', () => {
  test('merges a tag into another and deletes it, keeping the claim', async ({
    workbench,
    page,
  }) => {
    await workbench.waitForSources(5);
    await workbench.openSource(TITLE_000);
    await workbench.selectWithMouse(workbench.column(0), SHOIGU);
    await page.getByTestId('tag-selection').click();
    const picker = page.getByRole('dialog', { name: 'Tag claim' });
    await picker.getByRole('textbox').fill('Visits');
    await picker.getByRole('button', { name: /Create tag/ }).click();
    await picker.getByRole('button', { name: 'Save' }).click();
    await expect(workbench.column(0).getByTestId('claim-mark')).toHaveText(SHOIGU);

    await page.getByTestId('inspector-tab-codebook').click();
    const codebook = page.getByTestId('codebook');
    await codebook.getByTestId('new-tag-name').fill('Military ties');
    await codebook.getByTestId('create-tag-button').click();
    const visits = codebook.getByTestId('codebook-tag').filter({ hasText: 'Visits' });
    await expect(visits).toContainText('1');

    await visits.getByTestId('tag-more').click();
    await visits.getByTestId('tag-merge').selectOption({ label: 'Military ties' });
    await expect(codebook.getByTestId('codebook-tag')).toHaveCount(1);
    const ties = codebook.getByTestId('codebook-tag').filter({ hasText: 'Military ties' });
    await expect(ties).toContainText('1');

    await ties.getByTestId('tag-more').click();
    await ties.getByTestId('tag-delete').click();
    await page.getByTestId('confirm-delete-tag').click();
    await expect(codebook.getByTestId('codebook-tag')).toHaveCount(0);
    // The claim stays, untagged; undo brings the tag back.
    await expect(workbench.column(0).getByTestId('claim-mark')).toHaveCount(1);
    await page.getByTestId('undo').click();
    await expect(codebook.getByTestId('codebook-tag')).toHaveCount(1);
  });

  test('autosaves the case note and keeps it after a reload', async ({ workbench, page }) => {
    await workbench.waitForSources(5);
    await page.getByTestId('toggle-claims').click();
    await page.getByTestId('inspector-tab-notes').click();
    const note = page.getByRole('textbox', { name: 'Case notes' });
    await note.fill('Lunch (002) or dinner (003)? Check the Kremlin readout. 🍽️ עברית');
    await expect(page.getByTestId('note-status')).toHaveText('Saved');

    await page.reload();
    await workbench.waitForSources(5);
    await page.getByTestId('toggle-claims').click();
    await page.getByTestId('inspector-tab-notes').click();
    await expect(page.getByRole('textbox', { name: 'Case notes' })).toHaveValue(
      'Lunch (002) or dinner (003)? Check the Kremlin readout. 🍽️ עברית',
    );
  });

  test('grades a source, shows the grade in the list, and undoes it', async ({
    workbench,
    page,
  }) => {
    await workbench.waitForSources(5);
    const dialog = await workbench.openDetails(TITLE_003);
    await dialog.getByTestId('reliability-select').selectOption('B');
    await expect(workbench.source(TITLE_003).getByTestId('source-reliability')).toHaveText('B');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('undo').click();
    await expect(workbench.source(TITLE_003).getByTestId('source-reliability')).toHaveText('F');
  });
});
