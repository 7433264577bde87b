import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseError } from '../core/errors';
import { CaseDatabase } from '../storage/case-database';
import { useTempDir } from '../storage/test-helpers';
import { workerScript } from '../workers/worker-script';
import { arbitraryCase } from './arbitrary-case.fixture';
import { caseToJson } from './case-json';
import { createWorkerExchangeRunner, inlineExchangeRunner } from './exchange-runner';

const runner = createWorkerExchangeRunner(workerScript('exchange-worker'));
afterAll(() => runner.close());

const snapshot = fc.sample(arbitraryCase(), { numRuns: 1, seed: 21 })[0];
if (!snapshot) throw new Error('no sample');
const job = (format: 'md' | 'csv' | 'json' | 'html' | 'w3c' | 'qdpx') => ({
  snapshot,
  relations: [],
  request: { format },
  generatedAt: '2026-11-26T12:00:00.000Z',
  appVersion: 'test',
});

describe('the exchange worker', () => {
  const dir = useTempDir();

  it('renders every format exactly as the inline runner does', async () => {
    for (const format of ['md', 'csv', 'json', 'html', 'w3c', 'qdpx'] as const) {
      const [inWorker, inline] = await Promise.all([
        runner.render(job(format)),
        inlineExchangeRunner.render(job(format)),
      ]);
      expect(inWorker.claims).toBe(inline.claims);
      expect(Buffer.from(inWorker.bytes).equals(Buffer.from(inline.bytes))).toBe(true);
    }
  }, 60_000);

  it('opens an exchanged case into a new file, and a refusal keeps its code and leaves no file', async () => {
    const target = path.join(dir(), 'copy.corroborate');
    const bytes = new TextEncoder().encode(
      caseToJson(snapshot, { exportedAt: 'x', appVersion: 'test', relations: [] }),
    );
    expect(await runner.openCase({ fileName: 'case.json', bytes, path: target })).toEqual({
      name: snapshot.name,
    });
    const database = CaseDatabase.open(target);
    try {
      expect(database.snapshot().claims).toHaveLength(snapshot.claims.length);
    } finally {
      database.close();
    }
    const refused = path.join(dir(), 'refused.corroborate');
    const failure = await runner
      .openCase({ fileName: 'case.json', bytes: new TextEncoder().encode('{'), path: refused })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CaseError);
    expect((failure as CaseError).code).toBe('invalid-request');
    expect((failure as Error).message).toMatch(/not valid JSON/);
    expect(fs.existsSync(refused)).toBe(false);
  }, 60_000);

  it('reads annotations in the worker', async () => {
    const w3c = new TextDecoder().decode((await runner.render(job('w3c'))).bytes);
    const sources = snapshot.sources.map(({ id, contentHash, text, url }) => ({
      id,
      contentHash,
      text,
      url,
    }));
    const result = await runner.readAnnotations({ text: w3c, sources });
    expect(result.claims).toHaveLength(snapshot.claims.length);
    expect(result.skipped).toEqual([]);
  }, 60_000);
});
