import { join } from 'node:path';
import { startBrowserHost } from '../support/browser-host';
import { expect, test } from '../support/fixtures';
import { SAMPLE_TITLES } from '../support/sample-case';
import { WorkbenchPage } from '../support/workbench-page';

test.describe('npm start without an Electron binary', () => {
  test.skip(({ shell }) => shell !== 'browser', 'checks the fallback of the launcher');

  test('prints why, then a URL that shows the sample case', async ({ dataDir, launchChromium }) => {
    const launcher = await startBrowserHost(dataDir, {
      entry: 'launcher.js',
      // An empty override folder stands for a machine where the binary was never downloaded.
      env: { ELECTRON_OVERRIDE_DIST_PATH: join(dataDir, 'no-electron-here') },
    });
    try {
      const [firstLine] = launcher.output().trim().split('\n');
      expect(firstLine).toMatch(
        /^Electron is not available here: .+\. Starting the browser host instead\.$/,
      );

      const context = await (await launchChromium()).newContext();
      const page = await context.newPage();
      await page.goto(launcher.url);
      const workbench = new WorkbenchPage(page);
      await workbench.waitForSources(5);
      await expect(workbench.sourceTitles).toHaveText([...SAMPLE_TITLES]);
      await context.close();
    } finally {
      await launcher.stop();
    }
  });
});
