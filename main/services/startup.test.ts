import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../paths';
import { SAMPLE_CASE_NAME, openStartupCase } from './startup';
import { createTestServices } from './test-support';

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

describe('openStartupCase', () => {
  it('creates the sample case from the seeds on first run', async () => {
    services = createTestServices();
    const result = await openStartupCase(services.cases, services.sources, {
      dataDir: services.dataDir,
      seedsDir: bundledSeedsDir,
    });
    expect(result.problem).toBeUndefined();
    expect(result.caseInfo).toMatchObject({
      name: SAMPLE_CASE_NAME,
      sourceCount: 5,
      path: join(services.dataDir, 'Sample case.corroborate'),
    });
    expect(services.sources.list().map((source) => source.fileName)).toEqual([
      '000_83bae86300c6edcd.txt',
      '001_1b7e558a4582421b.txt',
      '002_b8274ddac1e040c9.txt',
      '003_312e5507182a9780.txt',
      '004_bed0dd2fd357f9ba.txt',
    ]);
  });

  it('reopens the sample case without importing again', async () => {
    services = createTestServices();
    await openStartupCase(services.cases, services.sources, {
      dataDir: services.dataDir,
      seedsDir: bundledSeedsDir,
    });
    services.cases.close();
    const again = await openStartupCase(services.cases, services.sources, {
      dataDir: services.dataDir,
      seedsDir: bundledSeedsDir,
    });
    expect(again.caseInfo?.sourceCount).toBe(5);
  });

  it('opens the case opened last', async () => {
    services = createTestServices();
    const other = join(services.dataDir, 'Other.corroborate');
    services.cases.create(other, 'Other');
    services.cases.close();
    expect(
      (
        await openStartupCase(services.cases, services.sources, {
          dataDir: services.dataDir,
          seedsDir: bundledSeedsDir,
        })
      ).caseInfo?.name,
    ).toBe('Other');
  });

  it('reports, and opens nothing, when the last case is damaged', async () => {
    services = createTestServices();
    const broken = join(services.dataDir, 'Broken.corroborate');
    services.cases.create(broken, 'Broken');
    services.cases.close();
    writeFileSync(broken, 'not a database any more');
    const result = await openStartupCase(services.cases, services.sources, {
      dataDir: services.dataDir,
      seedsDir: bundledSeedsDir,
    });
    expect(result.caseInfo).toBeNull();
    expect(result.problem).toContain('not a Corroborate case');
    // The UI learns why from the host info, until a case opens.
    const info = await services.dispatcher.dispatch('host:info', undefined);
    expect(info).toMatchObject({ ok: true, value: { startupProblem: result.problem } });
    services.cases.create(join(services.dataDir, 'Fresh.corroborate'), 'Fresh');
    const after = await services.dispatcher.dispatch('host:info', undefined);
    expect(after).toMatchObject({ ok: true });
    expect(after).not.toMatchObject({ value: { startupProblem: expect.anything() } });
  });
});
