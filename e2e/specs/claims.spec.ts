import { expect, test } from '../support/fixtures';
import { TITLE_000 } from '../support/sample-case';

/**
 * In 000; 001 carries a spun copy of it and 003 reports the same from the Kremlin's briefing,
 * crediting the same spokesman.
 */
const PESKOV =
  'Kremlin spokesman Dmitry S. Peskov told reporters the two delegations would hold talks and the two leaders would meet “one on one if necessary.”';

test.describe('claims', () => {
  test('tag a sentence, gather it in other sources, grade it, undo and redo, and keep it all after a reload', async ({
    workbench,
    page,
  }, testInfo) => {
    await workbench.waitForSources(5);
    await workbench.openSource(TITLE_000);
    const column = workbench.column(0);

    await workbench.selectWithMouse(column, PESKOV);
    await page.getByTestId('tag-selection').click();
    const picker = page.getByRole('dialog', { name: 'Tag claim' });
    await picker.getByRole('textbox').fill('Summit format');
    await picker.getByRole('button', { name: /Create tag/ }).click();
    await picker.getByRole('button', { name: 'Save' }).click();

    const mark = column.getByTestId('claim-mark');
    await expect(mark).toHaveCount(1);
    await expect(mark).toHaveText(PESKOV);
    const detail = page.getByTestId('claim-detail');
    await expect(detail).toContainText('Summit format');
    await expect(detail.getByTestId('independent-count')).toHaveText('1 independent source');

    // The suggestions come from the case's alignment: the spun copy in 001 and 003's report.
    const suggestions = detail.getByTestId('suggestion');
    await expect(suggestions.filter({ hasText: '001' })).toHaveCount(1);
    await expect(suggestions.filter({ hasText: '003' })).toHaveCount(1);
    await suggestions.filter({ hasText: '001' }).getByTestId('accept-suggestion').click();
    // A copy is not a confirmation: 001 counts with its origin, 000.
    await expect(detail.getByTestId('independent-count')).toHaveText('1 independent source');
    await expect(detail.getByTestId('evidence-join')).toContainText('#001 copies #000 here');
    await suggestions.filter({ hasText: '003' }).getByTestId('accept-suggestion').click();
    // 003 is no copy, but it credits the same Kremlin spokesman: one originator, one line.
    await expect(detail.getByTestId('evidence-join').filter({ hasText: 'Peskov' })).not.toHaveCount(
      0,
    );
    await expect(
      detail.getByTestId('evidence-join').filter({ hasText: '#003' }).first(),
    ).toContainText('both credit');
    await expect(detail.getByTestId('independent-count')).toHaveText('1 independent source');
    await expect(detail.getByTestId('suggested-credibility')).toContainText('6');

    await detail.getByTestId('claim-credibility').selectOption('2');
    await expect(detail.getByTestId('claim-credibility')).toHaveValue('2');
    await workbench.screenshot('claim-detail', testInfo.project.name);

    await page.getByTestId('undo').click();
    await expect(detail.getByTestId('claim-credibility')).toHaveValue('6');
    await page.getByTestId('redo').click();
    await expect(detail.getByTestId('claim-credibility')).toHaveValue('2');

    await page.reload();
    await workbench.waitForSources(5);
    await workbench.openSource(TITLE_000);
    await expect(workbench.column(0).getByTestId('claim-mark')).toHaveText(PESKOV);
    await workbench.column(0).getByTestId('claim-mark').click();
    const reloaded = page.getByTestId('claim-detail');
    await expect(reloaded).toContainText('Summit format');
    await expect(reloaded.getByTestId('independent-count')).toHaveText('1 independent source');
    await expect(reloaded.getByTestId('claim-credibility')).toHaveValue('2');
    // Undo history survives the reload too.
    await expect(page.getByTestId('undo')).toBeEnabled();
  });
});
