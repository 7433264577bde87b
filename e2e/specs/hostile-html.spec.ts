import type { Page, Request } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportedFile } from '../../preload/contract';
import { expect, test } from '../support/fixtures';
import { hostilePages, type HostilePage } from '../support/hostile-pages';

const HOSTILE_ELEMENTS =
  'img, iframe, frame, object, embed, math, video, audio, portal, base, form';

interface Sentinels {
  pwned: unknown;
  violations: string[];
}

declare global {
  interface Window {
    __pwned?: number;
    __cspViolations?: string[];
  }
}

/** Everything that would show a page escaped: requests, navigations, dialogs, popups. */
function watch(page: Page, origin: string) {
  const seen = {
    foreign: new Set<string>(),
    data: new Set<string>(),
    navigations: [] as string[],
    dialogs: [] as string[],
    popups: [] as string[],
    cspMessages: [] as string[],
  };
  const record = (request: Request) => {
    const url = request.url();
    if (url.startsWith(`${origin}/`)) return;
    // data: images are allowed by the CSP and never leave the machine; anything else counts.
    (url.startsWith('data:') ? seen.data : seen.foreign).add(url.slice(0, 120));
  };
  page.context().on('request', record);
  page.on('request', record);
  page.on('requestfailed', record);
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.navigations.push(frame.url());
  });
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('popup', (popup) => seen.popups.push(popup.url()));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.cspMessages.push(message.text());
  });
  return seen;
}

function fileName(index: number, hostile: HostilePage): string {
  return `${String(index).padStart(3, '0')}-${hostile.name}.html`;
}

test.describe('hostile saved web pages', () => {
  test.skip(({ shell }) => shell !== 'browser', 'browser host only');

  test('are imported and read as plain text: no script runs, nothing loads, nothing navigates', async ({
    page,
    workbench,
  }, testInfo) => {
    // ~140 sources opened one by one (a dozen with their details) on a possibly loaded machine.
    test.setTimeout(240_000);
    const pages = hostilePages();
    expect(pages.length).toBeGreaterThanOrEqual(110);
    const folder = mkdtempSync(join(tmpdir(), 'corroborate-hostile-'));
    pages.forEach((hostile, index) =>
      writeFileSync(join(folder, fileName(index, hostile)), hostile.html),
    );

    try {
      await workbench.waitForSources(5);
      const appUrl = page.url();
      const origin = new URL(appUrl).origin;
      const seen = watch(page, origin);
      // Counts CSP violations from the first line of every later load of the app page.
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });

      // Import the folder the way the UI does: the app's own API, from inside the page.
      const reply = await page.evaluate(
        async (paths) => {
          const response = await fetch('/api/op/sources:import-files', {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ request: { paths } }),
          });
          return (await response.json()) as
            { ok: true; value: ImportedFile[] } | { ok: false; error: { message: string } };
        },
        [folder],
      );
      if (!reply.ok) throw new Error(`import failed: ${reply.error.message}`);
      const results = reply.value;
      expect(results.map((result) => result.fileName).sort()).toEqual(
        pages.map((hostile, index) => fileName(index, hostile)).sort(),
      );
      const notImported = results.filter((result) => result.status !== 'imported');
      expect(notImported, 'every hostile page is imported as an article').toEqual([]);
      const ids = results.flatMap((result) =>
        result.sourceId === undefined ? [] : [result.sourceId],
      );
      expect(ids.length).toBeGreaterThanOrEqual(100);

      await page.reload();
      await workbench.waitForSources(5 + ids.length);

      const dialog = page.getByRole('dialog', { name: 'Source details' });
      const details = new Map<number, { title: string; outlet: string; byline: string }>();
      // Only pages whose attack sits in the fields the dialog shows need their details opened.
      const categoryOf = new Map(
        pages.map((hostile, index) => [fileName(index, hostile), hostile.category]),
      );
      const withDetails = new Set(
        results.flatMap((result) =>
          ['metadata', 'combined'].includes(categoryOf.get(result.fileName) ?? '') &&
          result.sourceId !== undefined
            ? [result.sourceId]
            : [],
        ),
      );
      expect(withDetails.size).toBeGreaterThanOrEqual(10);
      for (const id of ids) {
        // One round trip: click the source as a mouse would, wait for its column to render,
        // then look for any element that could load or run something.
        const shown = await page.evaluate(
          async ({ id, hostileElements }) => {
            const item = document.querySelector<HTMLElement>(
              `[data-testid="source-list"] [data-source-id="${id}"]`,
            );
            if (!item) return { rendered: false, hostile: -1, reason: 'no list item' };
            item.click();
            const deadline = performance.now() + 10_000;
            for (;;) {
              const column = document.querySelector(
                `[data-testid="reader-column"][data-source-id="${id}"]`,
              );
              const paragraph = column?.querySelector<HTMLElement>('[data-testid="paragraph"]');
              if (column && paragraph?.checkVisibility() && paragraph.textContent?.trim()) {
                const body = column.querySelector('[data-testid="column-body"]');
                const hostile = body?.querySelectorAll(hostileElements).length ?? -1;
                return { rendered: true, hostile, reason: '' };
              }
              if (performance.now() > deadline) {
                return { rendered: false, hostile: -1, reason: 'column never rendered' };
              }
              await new Promise(requestAnimationFrame);
            }
          },
          { id, hostileElements: HOSTILE_ELEMENTS },
        );
        expect(shown, `source ${id} is rendered as plain text`).toEqual({
          rendered: true,
          hostile: 0,
          reason: '',
        });
        if (!withDetails.has(id)) continue;
        const column = workbench.columns.and(page.locator(`[data-source-id="${id}"]`));
        await column.getByTestId('column-details').dispatchEvent('click');
        await expect(dialog).toBeVisible();
        details.set(
          id,
          await dialog.evaluate((element) => {
            const value = (label: string) =>
              [...element.querySelectorAll('label')]
                .filter((candidate) => candidate.textContent?.trim() === label)
                .map((candidate) => candidate.control)
                .find((control) => control instanceof HTMLInputElement)?.value ?? '';
            return { title: value('Title'), outlet: value('Outlet'), byline: value('Byline') };
          }),
        );
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
      expect(details.size).toBe(withDetails.size);

      // Markup in a title is shown as the characters it is made of, never as an element.
      const markupTitle = [...details].find(([, fields]) =>
        fields.title.includes('<img src=x onerror='),
      );
      expect(markupTitle, 'a page title carrying <img onerror> survives as text').toBeDefined();
      const [markupId, markupFields] = markupTitle ?? [0, { title: '' }];
      await workbench.sourceList.locator(`[data-source-id="${markupId}"]`).click();
      const markupColumn = workbench.columns.and(page.locator(`[data-source-id="${markupId}"]`));
      await expect(markupColumn.getByTestId('column-title')).toHaveText(markupFields.title);
      await expect(workbench.source(markupFields.title)).toHaveCount(1);
      expect(
        [...details.values()].some((fields) => fields.byline.includes('<img src=x')),
        'a byline carrying markup survives as text',
      ).toBe(true);
      await workbench.screenshot('hostile-title-in-reader', testInfo.project.name);

      // Give anything that was going to load or run late a chance to do so.
      await page.waitForTimeout(500);
      const sentinels: Sentinels = await page.evaluate(() => ({
        pwned: window.__pwned ?? top?.__pwned ?? parent.__pwned,
        violations: window.__cspViolations ?? [],
      }));
      expect(sentinels.pwned, 'no hostile script ran').toBeUndefined();
      expect(page.frames(), 'no frame was created').toHaveLength(1);
      expect(await page.locator('img[src="x"], [onerror], [onload], [onclick]').count()).toBe(0);
      const handlerAttributes = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((element) =>
          element.getAttributeNames().filter((name) => name.startsWith('on')),
        ),
      );
      expect(handlerAttributes, 'no element carries an event handler attribute').toEqual([]);
      expect([...seen.foreign], 'no request left the app').toEqual([]);
      expect(seen.navigations, 'the app page only reloaded itself').toEqual([`${origin}/`]);
      expect(page.url()).toBe(appUrl);
      expect(seen.dialogs, 'no alert or confirm').toEqual([]);
      expect(seen.popups, 'no popup').toEqual([]);
      expect(sentinels.violations, 'nothing was even attempted against the CSP').toEqual([]);
      expect(seen.cspMessages).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('the corpus is live: rendered raw, its payloads run and send requests', async ({
    launchChromium,
  }) => {
    // A control for the test above: the same watchers do catch these pages when nothing
    // defends against them, so a clean run there means the app stopped them.
    const context = await (await launchChromium()).newContext();
    const raw = await context.newPage();
    const requests: string[] = [];
    raw.on('request', (request) => requests.push(request.url()));
    const pages = hostilePages();
    const byName = (name: string) => pages.find((hostile) => hostile.name === name)?.html ?? '';
    try {
      await raw.setContent(byName('inline-script-body'), { waitUntil: 'domcontentloaded' });
      expect(await raw.evaluate(() => window.__pwned)).toBe(1);
      await raw.setContent(byName('img-beacon-pixel'), { waitUntil: 'domcontentloaded' });
      await expect
        .poll(() => requests.some((url) => url.startsWith('http://127.0.0.1:9/')))
        .toBe(true);
      await raw.setContent(byName('css-style-attribute'), { waitUntil: 'domcontentloaded' });
      await expect
        .poll(() => requests.some((url) => url.startsWith('http://beacon.invalid/')))
        .toBe(true);
    } finally {
      await context.close();
    }
  });
});
