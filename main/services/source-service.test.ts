import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../paths';
import { createTestServices } from './test-support';

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

function withCase() {
  services = createTestServices();
  services.cases.create(join(services.dataDir, 'Case.corroborate'), 'Case');
  services.emitted.length = 0;
  return services;
}

describe('SourceService', () => {
  it('imports a folder of seeds in name order and reports each file', async () => {
    const { sources } = withCase();
    const results = await sources.importFiles([bundledSeedsDir]);
    expect(results.map((result) => result.status)).toEqual([
      'imported',
      'imported',
      'imported',
      'imported',
      'imported',
    ]);
    expect(sources.list()).toHaveLength(5);
  });

  it('reports the same file with the same details as a duplicate, not a second source', async () => {
    const { sources } = withCase();
    const file = join(bundledSeedsDir, '000_83bae86300c6edcd.txt');
    const [first] = await sources.importFiles([file]);
    const [again] = await sources.importFiles([file]);
    expect(again).toEqual({
      fileName: '000_83bae86300c6edcd.txt',
      status: 'duplicate',
      sourceId: first?.sourceId,
      message:
        "Already in the case as #000 “Putin confirms meeting as North Korea's…” (same file, same details).",
    });
    expect(sources.list()).toHaveLength(1);
  });

  it('keeps another file with the same text as a source of its own, identical to the first', async () => {
    const { sources } = withCase();
    const [first] = await sources.importFiles([join(bundledSeedsDir, '000_83bae86300c6edcd.txt')]);
    const copy = join(services.dataDir, 'copy with CRLF.txt');
    // The same text with Windows line endings: another file, whose text normalises the same.
    const original = sources.get(first?.sourceId ?? 0);
    writeFileSync(copy, `${original.title}\n\n${original.text}\n`.replace(/\n/g, '\r\n'));
    const [second] = await sources.importFiles([copy]);
    expect(second).toMatchObject({
      status: 'imported',
      identicalTo: first?.sourceId,
      message: expect.stringMatching(/^Identical text to #000 “Putin confirms/),
    });
    expect(sources.get(second?.sourceId ?? 0).text).toBe(original.text);
    expect(sources.list()).toHaveLength(2);
  });

  it('refuses binary, Word, empty and unreadable files without stopping the batch', async () => {
    const { sources } = withCase();
    const dir = join(services.dataDir, 'incoming');
    mkdirSync(dir);
    // A ZIP header is read as an archive (a Word file), whatever the name says.
    writeFileSync(
      join(dir, 'a-binary.txt'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]),
    );
    // Not UTF-8, so read as Windows-1252 (it used to be refused as "not UTF-8 text").
    writeFileSync(join(dir, 'b-latin1.txt'), Buffer.from('Caf\xe9 au lait', 'latin1'));
    writeFileSync(join(dir, 'c-empty.txt'), '\n\n  \n');
    writeFileSync(
      join(dir, 'd-good.txt'),
      'A title\n\nSEOUL — A body paragraph that says something.',
    );
    writeFileSync(join(dir, 'e-blob.text'), Buffer.from([0x01, 0x00, 0x02, 0x00, 0x00, 0x03]));
    writeFileSync(join(dir, 'f-broken.pdf'), '%PDF-1.7');
    const results = await sources.importFiles([dir, join(dir, 'missing.txt')]);
    expect(results).toEqual([
      {
        fileName: 'a-binary.txt',
        status: 'refused',
        message: expect.stringMatching(/^a-binary.txt is not a readable ZIP archive \(.+\)\.$/),
      },
      { fileName: 'b-latin1.txt', status: 'imported', sourceId: expect.any(Number) },
      { fileName: 'c-empty.txt', status: 'refused', message: 'c-empty.txt has no text to import.' },
      { fileName: 'd-good.txt', status: 'imported', sourceId: expect.any(Number) },
      {
        fileName: 'e-blob.text',
        status: 'refused',
        message: 'e-blob.text looks like a binary file, not text.',
      },
      {
        fileName: 'f-broken.pdf',
        status: 'refused',
        message: 'f-broken.pdf is a damaged PDF that could not be read (Invalid PDF structure).',
      },
      {
        fileName: 'missing.txt',
        status: 'refused',
        message: 'missing.txt could not be read (ENOENT).',
      },
    ]);
    expect(sources.list()).toHaveLength(2);
  });

  it('updates metadata, announces it, and keeps the text', async () => {
    const { sources } = withCase();
    const [imported] = await sources.importFiles([
      join(bundledSeedsDir, '001_1b7e558a4582421b.txt'),
    ]);
    const id = imported?.sourceId ?? 0;
    const before = sources.get(id);
    const updated = sources.updateMetadata({
      id,
      changes: { title: 'Spun copy of the Washington Times story', outlet: 'unknown content farm' },
    });
    expect(updated).toMatchObject({
      title: 'Spun copy of the Washington Times story',
      outlet: 'unknown content farm',
      titleDerived: false,
    });
    expect(sources.get(id).text).toBe(before.text);
    expect(services.emitted).toContainEqual({
      event: 'sources:did-change',
      payload: { sourceIds: [id] },
    });
  });
});

describe('SourceService guarding the open case', () => {
  it('refuses to import the open case file itself, and the case stays locked', async () => {
    const { sources, cases } = withCase();
    const casePath = cases.info()?.path ?? '';
    expect(await sources.importFiles([casePath])).toEqual([
      {
        fileName: 'Case.corroborate',
        status: 'refused',
        message: 'Case.corroborate is an open Corroborate case, not a report.',
      },
    ]);
    const { CaseDatabase } = await import('../storage/case-database');
    expect(() => CaseDatabase.open(casePath)).toThrow(
      expect.objectContaining({ code: 'case-locked' }),
    );
  });
});
