import {
  closeSync,
  openSync,
  readdirSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
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
    test.setTimeout(120_000); // two host starts and a restore
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

  test('damage the check after open finds is shown in the status bar', async ({
    dataDir,
    launchChromium,
  }, testInfo) => {
    test.setTimeout(120_000); // two host starts and a check of the whole file
    const casePath = join(dataDir, 'Sample case.corroborate');
    const first = await startBrowserHost(dataDir);
    await first.stop();
    // Between sessions, one index page is damaged: the header, size and log still look sound,
    // so the case opens at once and the full check, run after open, is what finds it.
    damageIndexPage(casePath, 'source_pairs_by_b');

    const second = await startBrowserHost(dataDir);
    const { context, page, workbench } = await openHostPage(launchChromium, second);
    try {
      await workbench.waitForSources(5);
      const damage = page.getByTestId('case-damage');
      await expect(damage).toHaveText('Case damaged: changes are not saved', { timeout: 30_000 });
      await expect(damage).toHaveAttribute(
        'title',
        /is damaged: part of the case file is damaged .*Changes to it are no longer saved\. Close the case and open it again to restore it from its newest backup\.$/s,
      );
      await expect(page.getByTestId('recovery-dialog')).toBeHidden();
      await workbench.screenshot('case-damaged-status', testInfo.project.name);
    } finally {
      await context.close();
      await second.stop();
    }
  });

  test('a backup that fails is shown in the status bar with its reason', async ({
    dataDir,
    launchChromium,
  }, testInfo) => {
    // A host start, the sample case's import and a backup a few seconds after open: over the
    // default 30 s on a loaded machine.
    test.setTimeout(120_000);
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

/** Breaks the cell count of an index's root page, as a bad sector or a torn copy would. */
function damageIndexPage(file: string, index: string): void {
  const probe = new DatabaseSync(file, { readOnly: true });
  const root = Number(
    probe.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(index)?.['rootpage'],
  );
  const pageSize = Number(probe.prepare('PRAGMA page_size').get()?.['page_size']);
  probe.close();
  if (!(root > 1 && pageSize > 0)) throw new Error(`No index ${index} in ${file}.`);
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.from([0xff, 0xff]), 0, 2, (root - 1) * pageSize + 3);
  closeSync(fd);
}
