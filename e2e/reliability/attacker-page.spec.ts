import { chromium, type Page } from '@playwright/test';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { recordScore } from '../../main/reliability/scoreboard';
import { repoRoot } from '../support/browser-host';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';
import { expect, test } from '../support/fixtures';
import { SAMPLE_TITLES } from '../support/sample-case';
import { WorkbenchPage } from '../support/workbench-page';
import {
  attackerDocument,
  startAttackerServer,
  type Attempt,
  type BuiltAssets,
} from './attacker-document';

// Promise 8, in a real browser: the analyst's page is open and holds the token cookie; attacker
// pages on other loopback origins, and one that DNS-rebinds a name onto the host's address,
// try everything a page can and must read nothing of the case and change nothing in it.

/** Chromium resolves this name to the host's address: DNS that "switched" to 127.0.0.1. */
const REBIND_NAME = 'rebind.test';

/** The case as the analyst's own page reads it, through the host's API. */
async function caseState(analyst: Page): Promise<Record<string, unknown>> {
  return analyst.evaluate(async () => {
    const op = async (channel: string, request?: unknown) => {
      const response = await fetch(`/api/op/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ request }),
      });
      return (await response.json()) as { ok: boolean; value?: unknown };
    };
    return {
      sources: await op('sources:list'),
      tags: await op('tags:list'),
      claims: await op('claims:list'),
      caseNote: await op('notes:get', { owner: { kind: 'case' } }),
      sourceNote: await op('notes:get', { owner: { kind: 'source', id: 1 } }),
      history: await op('history:state'),
      caseInfo: await op('case:info'),
    };
  });
}

function builtAssets(): BuiltAssets {
  const names = readdirSync(join(repoRoot, 'out', 'renderer', 'assets'));
  const find = (extension: string) => {
    const name = names.find((candidate) => candidate.endsWith(extension));
    if (!name) throw new Error(`the renderer build has no ${extension} file: run the build`);
    return `/assets/${name}`;
  };
  return { script: find('.js'), style: find('.css') };
}

async function screenshot(page: Page, name: string, projectName: string): Promise<string> {
  const dir = join(repoRoot, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${projectName}-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

test.describe('an attacker page against the browser host', () => {
  test.skip(({ shell }) => shell !== 'browser', 'browser host only');

  test('reads nothing of the case and changes nothing', async ({ host }, testInfo) => {
    const attacker = await startAttackerServer();
    const browser = await chromium.launch({
      executablePath: chromiumExecutable(),
      args: [
        ...CHROMIUM_ARGS,
        `--host-resolver-rules=MAP ${REBIND_NAME} 127.0.0.1`,
        // Chromium's own guard against public pages reaching loopback would stop the rebound
        // requests before the host sees them; switched off, the host's Host check is tested.
        '--disable-features=BlockInsecurePrivateNetworkRequests,LocalNetworkAccessChecks',
      ],
    });
    try {
      // One browser context: the attacker's pages share the analyst's cookie jar.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const analyst = await context.newPage();
      await analyst.goto(host.url);
      await new WorkbenchPage(analyst).waitForSources(SAMPLE_TITLES.length);
      const cookieName = `corroborate_token_${host.port}`;
      expect((await context.cookies(host.origin)).map((cookie) => cookie.name)).toContain(
        cookieName,
      );
      const before = await caseState(analyst);
      const token = new URL(host.url).searchParams.get('token') ?? '';
      const firstText = await analyst.evaluate(async () => {
        const response = await fetch('/api/op/sources%3Aget', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ request: { id: 1 } }),
        });
        return ((await response.json()) as { value: { text: string } }).value.text;
      });
      const secrets = [
        token,
        ...SAMPLE_TITLES,
        'Sample case: Kim',
        firstText.slice(200, 260),
        'HOSTILE WRITE',
      ].filter((secret) => secret.length >= 8);

      const assets = builtAssets();
      const attempts: Array<Attempt & { from: string }> = [];
      const hostRequests: Array<{ from: string; url: string; cookie: boolean }> = [];
      const watch = (page: Page, from: string) =>
        page.on('request', (request) => {
          if (new URL(request.url()).port !== String(host.port)) return;
          void request.allHeaders().then((headers) =>
            hostRequests.push({
              from,
              url: request.url(),
              cookie: (headers.cookie ?? '').includes(cookieName),
            }),
          );
        });

      for (const origin of attacker.origins) {
        const page = await context.newPage();
        page.on('pageerror', (error) => console.log(`attacker page error: ${error.message}`));
        watch(page, origin);
        const query = new URLSearchParams({ target: host.origin, ...assets });
        await page.goto(`${origin}/?${query}`);
        const results = (await (
          await page.waitForFunction(() => window.attackResults, undefined, { timeout: 60_000 })
        ).jsonValue()) as Attempt[];
        attempts.push(...results.map((attempt) => ({ ...attempt, from: origin })));
        const shot = await screenshot(
          page,
          `attacker-page-${new URL(origin).hostname}`,
          testInfo.project.name,
        );
        await testInfo.attach('attacker page', { path: shot, contentType: 'image/png' });
        await page.close();
      }

      // DNS rebinding: the name first serves the attacker's page (page.route stands in for the
      // attacker's DNS answer), then resolves to 127.0.0.1, so the page's same-origin requests
      // reach the host, with the attacker's name in Host.
      const rebindOrigin = `http://${REBIND_NAME}:${host.port}`;
      const rebinding = await context.newPage();
      watch(rebinding, rebindOrigin);
      await rebinding.route(`${rebindOrigin}/`, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: attackerDocument(`DNS rebinding: ${REBIND_NAME} now points at 127.0.0.1`),
        }),
      );
      await rebinding.goto(`${rebindOrigin}/`);
      await rebinding.unroute(`${rebindOrigin}/`);
      const rebound = await rebinding.evaluate(
        async (built) => (await window.attack?.(location.origin, built)) ?? [],
        assets,
      );
      attempts.push(...rebound.map((attempt) => ({ ...attempt, from: rebindOrigin })));
      const reboundShot = await screenshot(rebinding, 'attacker-rebinding', testInfo.project.name);
      await testInfo.attach('rebinding page', { path: reboundShot, contentType: 'image/png' });

      const after = await caseState(analyst);
      await new WorkbenchPage(analyst).waitForSources(SAMPLE_TITLES.length);

      const readCaseData = attempts.filter((attempt) =>
        secrets.some((secret) => attempt.observed.includes(secret)),
      );
      const changed = Object.keys(before).filter(
        (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
      );
      recordScore({
        suite: 'Attacker page',
        figures: [
          { label: 'attempts', value: attempts.length },
          { label: 'read case data', value: readCaseData.length, mustBeZero: true },
          { label: 'changed the case', value: changed.length, mustBeZero: true },
        ],
      });
      console.log(
        attempts
          .map((a) => `${a.from}  ${a.name}: ${a.outcome}  [${a.observed.slice(0, 100)}]`)
          .join('\n'),
      );

      expect(readCaseData).toEqual([]);
      expect(changed).toEqual([]);
      expect(after).toEqual(before);
      // The attacks really reached the host: with the analyst's cookie from the same-site
      // attacker, and with the rebound name in Host, which the host refused by name.
      const sameSite = attacker.origins[0] ?? '';
      expect(hostRequests.filter((r) => r.from === sameSite && r.cookie).length).toBeGreaterThan(0);
      expect(
        rebound.some((attempt) =>
          attempt.observed.includes(`unexpected Host header "${REBIND_NAME}:${host.port}"`),
        ),
      ).toBe(true);
      expect(attempts.length).toBeGreaterThanOrEqual(45);
    } finally {
      await browser.close();
      await attacker.close();
    }
  });
});
