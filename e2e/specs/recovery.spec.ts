import { readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserHost } from '../support/browser-host';
import { expect, test } from '../support/fixtures';
import { SAMPLE_TITLES } from '../support/sample-case';
import { openHostPage } from '../support/host-page';

// A case damaged on disk between two sessions is restored from its backup when it is opened,
// and the analyst is told what happened, from when, and where the damaged file was kept.

test.describe('a damaged case at open', () => {
  test.skip(({ shell }) => shell !== 'browser', 'restarts the browser host around the damage');

  test('is restored from its backup and the analyst is told', async ({
    dataDir,
    launchChromium,
  }, testInfo) => {
    const casePath = join(dataDir, 'Sample case.corroborate');
    // First session: the sample case is created; closing it takes its first backup.
    const first = await startBrowserHost(dataDir);
    await first.stop();
    const backups = readdirSync(`${casePath}-backups`);
    expect(backups).toHaveLength(1);

    // Between sessions the file is cut short, as by a failed copy or sync.
    truncateSync(casePath, Math.floor(statSync(casePath).size / 2));

    const second = await startBrowserHost(dataDir);
    const { context, page, workbench } = await openHostPage(launchChromium, second);
    try {
      const dialog = page.getByTestId('recovery-dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('The case was damaged and has been restored');
      await expect(dialog).toContainText('found that the case file was cut short');
      await expect(dialog).toContainText('restored the newest good backup, taken');
      const kept = readdirSync(dataDir).filter((name) => name.includes('(damaged '));
      expect(kept).toHaveLength(1);
      await expect(dialog).toContainText(`as “${kept[0]}” in the same folder`);
      await workbench.screenshot('recovery-dialog', testInfo.project.name);

      await dialog.getByRole('button', { name: 'OK' }).click();
      await expect(dialog).toBeHidden();
      await workbench.waitForSources(5);
      await expect(workbench.sourceTitles).toHaveText([...SAMPLE_TITLES]);
    } finally {
      await context.close();
      await second.stop();
    }
  });

  test('a backup that fails is shown in the status bar with its reason', async ({
    dataDir,
    launchChromium,
  }, testInfo) => {
    // Something that is not a folder sits where the sample case's backups go.
    writeFileSync(join(dataDir, 'Sample case.corroborate-backups'), 'in the way');
    const host = await startBrowserHost(dataDir);
    const { context, page, workbench } = await openHostPage(launchChromium, host);
    try {
      await workbench.waitForSources(5);
      // The first backup runs a few seconds after the case opens.
      const warning = page.getByTestId('backup-problem');
      await expect(warning).toHaveText('Backup failed', { timeout: 20_000 });
      await expect(warning).toHaveAttribute(
        'title',
        /^Could not back up the case into ".*Sample case\.corroborate-backups".*The case itself and the earlier backups are unchanged\.$/,
      );
      await workbench.screenshot('backup-failed', testInfo.project.name);
    } finally {
      await context.close();
      await host.stop();
    }
  });
});
