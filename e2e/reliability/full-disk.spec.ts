import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserHost } from '../support/browser-host';
import { expect, test } from '../support/fixtures';
import { openHostPage } from '../support/host-page';

// Promise 3b in the UI: the case lives on a 2 MB disk that fills up. The analyst is told the
// disk is full, what was saved before stays on screen and readable, and the same import works
// once space is freed.

function mountTmpfs(): { dir: string; problem: string | null } {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-full-ui-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'pipe' });
    return { dir, problem: null };
  } catch (error) {
    return { dir, problem: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

test('a full disk: the analyst is told, nothing saved is lost, work resumes', async ({
  launchChromium,
}, testInfo) => {
  const disk = mountTmpfs();
  if (disk.problem && process.env['CI'])
    throw new Error(`Could not mount a tmpfs: ${disk.problem}`);
  test.skip(disk.problem !== null, `needs root to mount a tmpfs: ${disk.problem}`);
  const host = await startBrowserHost(disk.dir);
  const { context, page, workbench } = await openHostPage(launchChromium, host);
  try {
    await workbench.waitForSources(5);

    // Another program fills the disk, leaving less room than the next report needs.
    const { bavail, bsize } = statfsSync(disk.dir);
    const filler = join(disk.dir, 'big-download.bin');
    writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - 24 * 1024), 1));

    const text = `Port strike enters third week\n\n${'Dock workers held the picket line on Monday. '.repeat(3000)}`;
    const paste = async () => {
      await workbench.paste(text);
      const dialog = page.getByTestId('paste-dialog');
      await expect(dialog.getByLabel('Title')).toHaveValue('Port strike enters third week');
      await dialog.getByRole('button', { name: 'Import' }).click();
      return dialog;
    };
    const dialog = await paste();
    const told = page.getByText(/the disk is full\. Everything saved before is safe/);
    await expect(told.first()).toBeVisible();
    await workbench.screenshot('full-disk-message', testInfo.project.name);
    await expect(workbench.sourceTitles).toHaveCount(5);

    // The analyst frees space and tries again: the same import goes through.
    rmSync(filler);
    if (await dialog.isVisible()) await page.keyboard.press('Escape');
    await paste();
    await workbench.waitForSources(6);
  } finally {
    await context.close();
    await host.stop();
    if (!disk.problem) execFileSync('umount', [disk.dir]);
    rmSync(disk.dir, { recursive: true, force: true });
  }
});
