import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';

test.describe('opening and creating cases', () => {
  test.skip(
    ({ shell }) => shell === 'electron',
    'Electron uses native dialogs, which Playwright cannot drive',
  );

  test('refuses a text file or an empty file as a case, leaving the file and the open case as they were', async ({
    workbench,
    page,
    dataDir,
  }) => {
    await workbench.waitForSources(5);
    const notes = join(dataDir, 'notes.txt');
    const empty = join(dataDir, 'empty.corroborate');
    writeFileSync(notes, 'These are my notes, not a case.\n');
    writeFileSync(empty, '');

    for (const [path, expected] of [
      [notes, 'not a Corroborate case'],
      [empty, 'empty'],
    ] as const) {
      await page.getByTestId('open-case').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('case-path-input').fill(path);
      await dialog.getByTestId('case-path-input').press('Enter');
      await expect(dialog.getByTestId('case-dialog-error')).toContainText(expected);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
    }
    expect(readFileSync(notes, 'utf8')).toBe('These are my notes, not a case.\n');
    expect(readFileSync(empty)).toHaveLength(0);
    await workbench.waitForSources(5);
    await expect(page.getByTestId('case-name')).toContainText('Sample case');
  });

  test('creates an empty case, then returns to the sample case from the recent list', async ({
    workbench,
    page,
    dataDir,
  }) => {
    await workbench.waitForSources(5);
    await page.keyboard.press('ControlOrMeta+Shift+N');
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('case-name-input').fill('Wagner mutiny');
    await dialog.getByTestId('case-path-input').fill(join(dataDir, 'wagner.corroborate'));
    await dialog.getByTestId('case-path-input').press('Enter');
    await expect(page.getByTestId('case-name')).toHaveText('Wagner mutiny');
    await workbench.waitForSources(0);

    await page.getByTestId('open-case').click();
    await page.getByTestId('recent-case').filter({ hasText: 'Sample case' }).click();
    await expect(page.getByTestId('case-name')).toContainText('Sample case');
    await workbench.waitForSources(5);
  });

  test('proposes a file in the data folder named after the case, and refuses paths it must not write', async ({
    workbench,
    page,
    dataDir,
  }, testInfo) => {
    await workbench.waitForSources(5);
    await page.keyboard.press('ControlOrMeta+Shift+N');
    const dialog = page.getByRole('dialog');
    const path = dialog.getByTestId('case-path-input');
    await expect(path).toHaveValue(join(dataDir, 'New case.corroborate'));
    await dialog.getByTestId('case-name-input').fill('Wagner mutiny: day 1');
    await expect(path).toHaveValue(join(dataDir, 'Wagner mutiny- day 1.corroborate'));
    await workbench.screenshot('new-case-proposed-path', testInfo.project.name);

    // A relative path would land in the host's working folder; a path outside the data and
    // home folders is out of a page's reach.
    for (const [typed, message] of [
      ['wagner', /^"wagner" is not a full path\. Type the whole path of the new case file/],
      [
        '/etc/wagner',
        /^New cases go in ".*" \(or a folder inside\); "\/etc\/wagner\.corroborate" is outside them\.$/,
      ],
    ] as const) {
      await path.fill(typed);
      await path.press('Enter');
      await expect(dialog.getByTestId('case-dialog-error')).toHaveText(message);
    }
    expect(existsSync('/etc/wagner.corroborate')).toBe(false);
    await expect(page.getByTestId('case-name')).toContainText('Sample case');

    // No extension typed: it is added.
    await dialog.getByTestId('case-path-input').fill(join(dataDir, 'wagner'));
    await dialog.getByTestId('case-path-input').press('Enter');
    await expect(page.getByTestId('case-name')).toHaveText('Wagner mutiny: day 1');
    expect(existsSync(join(dataDir, 'wagner.corroborate'))).toBe(true);
  });
});
