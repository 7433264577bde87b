import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../support/browser-host';
import { expect, test } from '../support/fixtures';
import { WorkbenchPage } from '../support/workbench-page';
import { SAMPLE_TITLES } from '../support/sample-case';

test.describe('npm start without an Electron binary', () => {
  test.skip(({ shell }) => shell !== 'browser', 'checks the fallback of the launcher');

  test('prints why, then a URL that shows the sample case', async ({ dataDir, launchChromium }) => {
    const launcher = spawn(
      process.execPath,
      [
        '--disable-warning=ExperimentalWarning',
        join(repoRoot, 'out', 'main', 'launcher.js'),
        '--data-dir',
        dataDir,
        '--port',
        '0',
      ],
      {
        cwd: repoRoot,
        // An empty override folder stands for a machine where the binary was never downloaded.
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(dataDir, 'no-electron-here') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      let output = '';
      launcher.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      launcher.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await expect
        .poll(() => output, { timeout: 20_000 })
        .toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?token=/);
      const lines = output.trim().split('\n');
      expect(lines[0]).toMatch(
        /^Electron is not available here: .+\. Starting the browser host instead\.$/,
      );
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output)?.[1] ?? '';

      const browser = await launchChromium();
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      const workbench = new WorkbenchPage(page);
      await workbench.waitForSources(5);
      await expect(workbench.sourceTitles).toHaveText([...SAMPLE_TITLES]);
      await context.close();
    } finally {
      launcher.kill('SIGTERM');
    }
  });
});
