import { startBrowserHost } from '../support/browser-host';
import { expect, test } from '../support/fixtures';
import { openHostPage } from '../support/host-page';
import { WorkbenchPage } from '../support/workbench-page';

// One writer: a second browser host on the same data folder cannot open the case the first
// holds; its page says why instead of showing an empty workbench.

test.describe('a case open in another window', () => {
  test.skip(({ shell }) => shell !== 'browser', 'runs two browser hosts on one data folder');

  test('is refused by a second host, which says why', async ({
    dataDir,
    launchChromium,
  }, testInfo) => {
    const first = await startBrowserHost(dataDir);
    const second = await startBrowserHost(dataDir);
    const { context, page, workbench } = await openHostPage(launchChromium, second);
    try {
      const problem = page.getByTestId('startup-problem');
      await expect(problem).toContainText('The last case did not open');
      await expect(problem).toContainText(
        'Sample case.corroborate" is open in another Corroborate window. Close it there first.',
      );
      await expect(page.getByTestId('welcome')).toBeVisible();
      await workbench.screenshot('second-host-refused', testInfo.project.name);

      // The first host still has the case, untouched by the second.
      const firstPage = await context.newPage();
      await firstPage.goto(first.url);
      await new WorkbenchPage(firstPage).waitForSources(5);
    } finally {
      await context.close();
      await second.stop();
      await first.stop();
    }
  });
});
