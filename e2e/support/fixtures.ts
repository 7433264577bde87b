import { test as base, chromium, _electron, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../main/electron-binary';
import { startBrowserHost, repoRoot, type RunningHost } from './browser-host';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';
import { WorkbenchPage } from './workbench-page';

export type Shell = 'browser' | 'electron';

export interface WorkbenchOptions {
  shell: Shell;
}

interface WorkerFixtures {
  shell: Shell;
  /** One Chromium per worker, launched only if a browser-shell test asks for it. */
  launchChromium: () => Promise<Browser>;
}

interface TestFixtures {
  /** A fresh, empty user data folder: the app creates the sample case in it on first run. */
  dataDir: string;
  /** The browser host serving dataDir (browser shell only). */
  host: RunningHost;
  page: Page;
  workbench: WorkbenchPage;
}

let reportedElectronSkip = false;

export const test = base.extend<TestFixtures, WorkerFixtures>({
  shell: ['browser', { option: true, scope: 'worker' }],

  launchChromium: [
    async ({}, use) => {
      const launched: { browser?: Promise<Browser> } = {};
      await use(
        () =>
          (launched.browser ??= chromium.launch({
            executablePath: chromiumExecutable(),
            args: CHROMIUM_ARGS,
          })),
      );
      if (launched.browser) await (await launched.browser).close();
    },
    { scope: 'worker' },
  ],

  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  host: async ({ shell, dataDir }, use, testInfo) => {
    testInfo.skip(shell !== 'browser', 'the browser host is only used by the browser project');
    const host = await startBrowserHost(dataDir);
    await use(host);
    await host.stop();
  },

  page: async ({ shell, dataDir, launchChromium }, use, testInfo) => {
    if (shell === 'electron') {
      const binary = findElectronBinary(repoRoot);
      if (!binary.found) {
        const reason = `Electron project skipped: ${binary.reason}.`;
        if (!reportedElectronSkip) console.log(reason);
        reportedElectronSkip = true;
        testInfo.skip(true, reason);
        return;
      }
      const app = await _electron.launch({
        executablePath: binary.path,
        args: [repoRoot],
        env: { ...process.env, CORROBORATE_DATA_DIR: dataDir },
      });
      const window = await app.firstWindow();
      await window.setViewportSize({ width: 1440, height: 900 });
      await use(window);
      await app.close();
      return;
    }
    const host = await startBrowserHost(dataDir);
    const browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(host.url);
    await use(page);
    await context.close();
    await host.stop();
  },

  workbench: async ({ page }, use) => {
    await use(new WorkbenchPage(page));
  },
});

export { expect } from '@playwright/test';
