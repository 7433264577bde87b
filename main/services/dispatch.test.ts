import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestServices } from './test-support';

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

describe('Dispatcher', () => {
  it('answers a valid request', async () => {
    services = createTestServices();
    await expect(services.dispatcher.dispatch('host:info', undefined)).resolves.toEqual({
      ok: true,
      value: {
        kind: 'browser',
        appVersion: 'test',
        platform: 'linux',
        nativeDialogs: false,
        maxImportBytes: 50 * 1024 * 1024,
        newCaseFolder: services.dataDir,
      },
    });
  });

  it('creates a case only at a full path inside the allowed folders, adding .corroborate', async () => {
    services = createTestServices({ newCaseRoots: [] });
    const relative = await services.dispatcher.dispatch('case:create', { path: 'wagner' });
    expect(relative).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-request',
        message: expect.stringMatching(/^"wagner" is not a full path\./),
      },
    });
    const outside = await services.dispatcher.dispatch('case:create', { path: '/etc/wagner' });
    expect(outside).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(
          /^New cases go in ".*" \(or a folder inside\); "\/etc\/wagner\.corroborate" is outside them\.$/,
        ),
      },
    });
    expect(services.cases.info()).toBeNull();
    const created = await services.dispatcher.dispatch('case:create', {
      path: join(services.dataDir, 'Wagner mutiny'),
      name: 'Wagner mutiny',
    });
    expect(created).toMatchObject({
      ok: true,
      value: { path: join(services.dataDir, 'Wagner mutiny.corroborate'), name: 'Wagner mutiny' },
    });
  });

  it.each([
    ['sources:get', { id: 'one' }],
    ['sources:get', { id: -1 }],
    ['sources:get', { id: 1.5 }],
    ['sources:get', null],
    ['sources:get', { id: 1, extra: true }],
    ['case:open', { path: '' }],
    ['case:open', { path: 'x'.repeat(5000) }],
    ['case:open', 'some/path'],
    ['case:choose-file', { mode: 'delete' }],
    ['sources:update-metadata', { id: 1, changes: { title: '   ' } }],
    ['sources:update-metadata', { id: 1, changes: { publishedDate: '12/09/2023' } }],
    ['sources:update-metadata', { id: 1, changes: { url: 'javascript:alert(1)' } }],
    ['sources:update-metadata', { id: 1, changes: { text: 'rewritten' } }],
    ['sources:import-files', { paths: [] }],
    ['case:info', { unexpected: 1 }],
  ])('refuses %s with %j before any service runs', async (channel, payload) => {
    services = createTestServices();
    const envelope = await services.dispatcher.dispatch(channel, payload);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(services.emitted).toEqual([]);
  });

  it('says which field is wrong', async () => {
    services = createTestServices();
    const envelope = await services.dispatcher.dispatch('sources:update-metadata', {
      id: 1,
      changes: { publishedDate: 'yesterday' },
    });
    expect(envelope).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Use a date like 2023-09-12.') },
    });
  });

  it.each([['shell:exec'], ['__proto__'], ['constructor'], [42], [undefined]])(
    'refuses unknown operation %j',
    async (channel) => {
      services = createTestServices();
      await expect(services.dispatcher.dispatch(channel, undefined)).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown-operation' },
      });
    },
  );

  it('turns expected failures into typed errors', async () => {
    services = createTestServices();
    await expect(services.dispatcher.dispatch('sources:list', undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'no-case-open' },
    });
    await expect(
      services.dispatcher.dispatch('case:open', {
        path: join(services.dataDir, 'missing.corroborate'),
      }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'not-found' } });
    await expect(
      services.dispatcher.dispatch('case:choose-file', { mode: 'open' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
