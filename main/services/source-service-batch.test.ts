import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseError } from '../core/errors';
import { createTestServices } from './test-support';

// Multi-file imports commit files in groups; a file is acknowledged (onFile, the result list)
// only once the commit that holds it has returned.

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

function withCase(maxFiles = 3) {
  // A wait no test reaches: groups here are cut by size or by the end of the import.
  services = createTestServices({ importCommitBatch: { maxFiles, maxWaitMs: 60_000 } });
  services.cases.create(join(services.dataDir, 'Case.corroborate'), 'Case');
  return services;
}

/** A folder of `n` distinct plain-text reports, named in import order. */
function reports(n: number): string {
  const dir = join(services.dataDir, 'incoming');
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= n; i++) {
    writeFileSync(
      join(dir, `report-${String(i).padStart(2, '0')}.txt`),
      `Report ${i}\n\nLONDON — Paragraph ${i} of the wire copy says something new.`,
    );
  }
  return dir;
}

/** Records each commit (the file names it held) and each acknowledgement, in one log. */
function recordCommits(log: string[]) {
  const database = services.cases.database;
  const insert = database.insertSources.bind(database);
  return vi.spyOn(database, 'insertSources').mockImplementation((batch) => {
    const outcomes = insert(batch);
    log.push(`commit ${batch.map((source) => source.fileName).join(' ')}`);
    return outcomes;
  });
}

describe('SourceService batched imports', { timeout: 30_000 }, () => {
  it('groups a folder into commits and acknowledges each file after the commit that holds it', async () => {
    const { sources } = withCase(3);
    const dir = reports(7);
    const log: string[] = [];
    recordCommits(log);
    const results = await sources.importFiles([dir], (result, done, total) => {
      // What was acknowledged is in the case.
      expect(sources.get(result.sourceId ?? 0).fileName).toBe(result.fileName);
      log.push(`ack ${result.fileName} ${done}/${total}`);
    });
    expect(log).toEqual([
      'commit report-01.txt report-02.txt report-03.txt',
      'ack report-01.txt 1/7',
      'ack report-02.txt 2/7',
      'ack report-03.txt 3/7',
      'commit report-04.txt report-05.txt report-06.txt',
      'ack report-04.txt 4/7',
      'ack report-05.txt 5/7',
      'ack report-06.txt 6/7',
      'commit report-07.txt',
      'ack report-07.txt 7/7',
    ]);
    expect(results.map((result) => result.status)).toEqual(Array(7).fill('imported'));
    expect(sources.list().map((source) => source.title)).toEqual(
      Array.from({ length: 7 }, (_, i) => `Report ${i + 1}`),
    );
  });

  it('acknowledges none of a group whose commit fails, stops there, and leaves the case without it', async () => {
    const { sources, cases } = withCase(3);
    const dir = reports(7);
    const database = cases.database;
    const insert = database.insertSources.bind(database);
    let commits = 0;
    vi.spyOn(database, 'insertSources').mockImplementation((batch) => {
      commits += 1;
      if (commits === 2) throw new CaseError('io', 'The disk failed while saving the case.');
      return insert(batch);
    });
    const acknowledged: string[] = [];
    await expect(
      sources.importFiles([dir], (result) => acknowledged.push(result.fileName)),
    ).rejects.toThrow('The disk failed while saving the case.');
    expect(acknowledged).toEqual(['report-01.txt', 'report-02.txt', 'report-03.txt']);
    expect(sources.list().map((source) => source.fileName)).toEqual(acknowledged);
    expect(commits).toBe(2);
  });

  it('imports the rest of a group when one of its files is refused', async () => {
    const { sources } = withCase(50);
    const dir = reports(2);
    writeFileSync(join(dir, 'report-01b.text'), Buffer.from([0x01, 0x00, 0x02, 0x00, 0x00, 0x03]));
    writeFileSync(join(dir, 'report-01c.txt'), 'Plain\u0000text with a NUL in it.');
    const log: string[] = [];
    recordCommits(log);
    const results = await sources.importFiles([dir]);
    expect(results).toEqual([
      { fileName: 'report-01.txt', status: 'imported', sourceId: 1 },
      {
        fileName: 'report-01b.text',
        status: 'refused',
        message: 'report-01b.text looks like a binary file, not text.',
      },
      {
        fileName: 'report-01c.txt',
        status: 'refused',
        message: 'report-01c.txt looks like a binary file, not text.',
      },
      { fileName: 'report-02.txt', status: 'imported', sourceId: 2 },
    ]);
    // One commit held both good files.
    expect(log).toEqual(['commit report-01.txt report-02.txt']);
  });

  it('finds the same file and the same text twice within one group', async () => {
    const { sources } = withCase(50);
    const text = new TextEncoder().encode('Kim arrives\n\nSEOUL — The train crossed at dawn.');
    const log: string[] = [];
    recordCommits(log);
    const results = await sources.importBatch([
      { fileName: 'kim.txt', bytes: text },
      { fileName: 'kim.txt', bytes: text },
      { fileName: 'kim-copy.txt', bytes: text },
    ]);
    expect(log).toEqual(['commit kim.txt kim.txt kim-copy.txt']);
    expect(results).toEqual([
      { fileName: 'kim.txt', status: 'imported', sourceId: 1 },
      {
        fileName: 'kim.txt',
        status: 'duplicate',
        sourceId: 1,
        message: 'Already in the case as #1 “Kim arrives” (same file, same details).',
      },
      {
        fileName: 'kim-copy.txt',
        status: 'imported',
        sourceId: 2,
        identicalTo: 1,
        message: 'Identical text to #1 “Kim arrives” — linked as a copy.',
      },
    ]);
    expect(sources.list()).toHaveLength(2);
  });

  it('refuses a file over the size limit within a group and announces the imported ones once', async () => {
    const { sources } = withCase(50);
    const small = new TextEncoder().encode('Small\n\nA short report.');
    const large = new Uint8Array(sources.maxFileBytes + 1);
    services.emitted.length = 0;
    const results = await sources.importBatch([
      { fileName: 'small.txt', bytes: small },
      { fileName: 'large.txt', bytes: large },
    ]);
    expect(results.map((result) => result.status)).toEqual(['imported', 'refused']);
    expect(results[1]?.message).toMatch(/^large.txt is 50.0 MB; the limit is 50.0 MB\.$/);
    expect(services.emitted.filter(({ event }) => event === 'sources:did-change')).toEqual([
      { event: 'sources:did-change', payload: { sourceIds: [1] } },
    ]);
  });

  it('commits files sent side by side (one request each) together, and answers each after that commit', async () => {
    const { sources } = withCase(50);
    const log: string[] = [];
    recordCommits(log);
    const bytes = (text: string) => new TextEncoder().encode(text);
    const answers = ['a.txt', 'b.txt', 'a.txt'].map((name) =>
      sources
        .importBytes(name, bytes(`Report ${name[0]}\n\nBody of ${name[0]}.`))
        .then((result) => {
          log.push(`answer ${result.fileName} ${result.status}`);
          return result;
        }),
    );
    await Promise.all(answers);
    expect(log).toEqual([
      'commit a.txt b.txt a.txt',
      'answer a.txt imported',
      'answer b.txt imported',
      'answer a.txt duplicate',
    ]);
    // One at a time, each commits alone, as before.
    await sources.importBytes('c.txt', bytes('Report c\n\nBody of c.'));
    expect(log.at(-1)).toBe('commit c.txt');
  });
});
