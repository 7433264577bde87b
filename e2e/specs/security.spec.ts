import { expect, test } from '../support/fixtures';

test.describe('browser host security', () => {
  test.skip(({ shell }) => shell !== 'browser', 'browser host only');

  test('refuses requests without the token or with a foreign Host, and drops the token from the URL', async ({
    host,
    page,
    workbench,
  }) => {
    const noToken = await fetch(`${host.origin}/`);
    expect(noToken.status).toBe(401);
    const api = await fetch(`${host.origin}/api/op/sources:list`, { method: 'POST', body: '{}' });
    expect(api.status).toBe(401);

    await page.goto(host.url);
    await workbench.waitForSources(5);
    expect(page.url()).toBe(`${host.origin}/`);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  test('runs no inline script: the CSP holds', async ({ page, workbench }) => {
    await workbench.waitForSources(5);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
  });

  test('exposes no Node or Electron bridge to the page', async ({ page, workbench }) => {
    await workbench.waitForSources(5);
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      workbench: typeof (window as unknown as { workbench?: unknown }).workbench,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', workbench: 'undefined' });
  });
});
