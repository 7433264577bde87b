import { expect, test } from '../support/fixtures';
import { TITLE_000, TITLE_001, TITLE_002 } from '../support/sample-case';

test.describe('keyboard', () => {
  test('moves through the source list and opens sources with Enter and Ctrl+Enter', async ({
    workbench,
    page,
  }) => {
    await workbench.waitForSources(5);
    await page.keyboard.press('ControlOrMeta+0');
    await expect(page.getByRole('listbox', { name: 'Sources' })).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect(workbench.columnTitles).toHaveText([TITLE_000]);
    await page.keyboard.press('ArrowDown');
    await expect(workbench.sources.nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(workbench.columnTitles).toHaveText([TITLE_000, TITLE_001]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(workbench.columnTitles).toHaveText([TITLE_000, TITLE_001, TITLE_002]);
  });

  test('runs commands from the palette', async ({ workbench, page }) => {
    await workbench.waitForSources(5);
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    const before = await theme();
    await page.keyboard.press('ControlOrMeta+Shift+P');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette).toBeVisible();
    await page.keyboard.type('theme');
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect.poll(theme).not.toBe(before);
  });
});
