import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { RunningHost } from './browser-host';
import { WorkbenchPage } from './workbench-page';

/** A fresh browser context at the workbench's size with the host's page open in it. */
export async function openHostPage(
  launchChromium: () => Promise<Browser>,
  host: RunningHost,
): Promise<{ context: BrowserContext; page: Page; workbench: WorkbenchPage }> {
  const context = await (
    await launchChromium()
  ).newContext({
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(host.url);
  return { context, page, workbench: new WorkbenchPage(page) };
}
