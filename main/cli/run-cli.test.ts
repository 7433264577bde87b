import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../paths';
import { damageRootPage } from '../storage/test-helpers';
import { writePdf } from '../testing/pdf-writer';
import { captureCli as cli } from './cli-test-support';

describe('corroborate CLI', () => {
  it('prints help', async () => {
    const result = await cli('--help');
    expect(result.status).toBe(0);
    expect(result.out).toContain('corroborate import <case> <files or folders…>');
    expect(result.out).toContain('corroborate sources <case>');
    expect(result.out).toContain('corroborate claims <case> [--json]');
    expect(result.out).toContain('corroborate align <fileA> <fileB> [--json]');
    expect(result.out).toContain('corroborate align --batch <pairs.jsonl> [--out <file>]');
  });

  it('imports the seeds into a new case and lists them as JSON', async () => {
    const casePath = join(mkdtempSync(join(tmpdir(), 'cli-')), 'case.corroborate');
    const imported = await cli('import', casePath, bundledSeedsDir, '--json');
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({
      summary: { imported: 5, duplicate: 0, refused: 0 },
    });

    const again = await cli('import', casePath, join(bundledSeedsDir, '002_b8274ddac1e040c9.txt'));
    expect(again.out).toContain('0 imported, 1 duplicates, 0 refused');

    const listed = await cli('sources', casePath, '--json');
    expect(listed.status).toBe(0);
    const sources = JSON.parse(listed.out) as Array<{ fileName: string; wordCount: number }>;
    expect(sources.map((source) => source.fileName)).toHaveLength(5);
    expect(sources.every((source) => source.wordCount > 300)).toBe(true);

    // Read by a person: each source by its label, as the workbench and exports name it.
    const readable = (await cli('sources', casePath)).out.split('\n');
    expect(readable.filter((line) => /^ {3}\d/.test(line))).toEqual([
      "   1  #000  Putin confirms meeting as North Korea's Kim Jong-un reportedly heads to Russian Far East",
      '   2  #001  North Korean chief Kim Jong-un is reportedly on his strategy to the Russian Far Eastern metropolis…',
      '   3  AP · #002  North Korea’s Kim Jong Un arrived in Russia on Tuesday for a meeting with President Vladimir Putin…',
      '   4  washingtontimes.com · #003  North Korean leader Kim Jong-un has arrived in Russia for talks with President Vladimir Putin',
      '   5  #004  Kim, Putin to meet on weapons, space, regional naval drills: Reports',
    ]);
  });

  it('exits 2 when a file is refused, and still imports the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    const result = await cli(
      'import',
      join(dir, 'case.corroborate'),
      join(dir, 'bad.txt'),
      join(bundledSeedsDir, '003_312e5507182a9780.txt'),
    );
    expect(result.status).toBe(2);
    expect(result.out).toContain('1 imported, 0 duplicates, 1 refused');
  });

  it('reads Word and PDF files, honours --max-size-mb, and reports each file as JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(
      join(dir, 'ferry.pdf'),
      writePdf({ pages: [['Ferry sails again', 'The island ferry sailed on Monday.']] }),
    );
    writeFileSync(join(dir, 'big.txt'), `Big report. ${'Words and more words. '.repeat(60_000)}`);
    const result = await cli(
      'import',
      join(dir, 'case.corroborate'),
      dir,
      '--json',
      '--max-size-mb',
      '1',
    );
    expect(result.status).toBe(2);
    expect(JSON.parse(result.out)).toEqual({
      summary: { imported: 1, duplicate: 0, refused: 1 },
      files: [
        {
          fileName: 'big.txt',
          status: 'refused',
          message: 'big.txt is 1.3 MB; the limit is 1.0 MB.',
        },
        { fileName: 'ferry.pdf', status: 'imported', sourceId: 1 },
      ],
    });
    expect(
      (await cli('import', join(dir, 'c2.corroborate'), dir, '--max-size-mb', 'lots')).err,
    ).toBe('--max-size-mb takes a positive number of megabytes, not "lots".');
  }, 60_000); // starts the import worker and pdfjs: seconds on a loaded machine

  it('searches a case, builds its index into the case file, and reports a malformed query', async () => {
    const casePath = join(mkdtempSync(join(tmpdir(), 'cli-')), 'case.corroborate');
    await cli('import', casePath, bundledSeedsDir);
    const found = await cli('search', casePath, '"armored train"');
    expect(found.status).toBe(0);
    expect(found.out).toContain('1 hit in 1 source');
    expect(found.out).toContain('[armored train]');
    // The hit's source by its label, as the source list names it.
    expect(found.out).toMatch(/^#000 {2}Putin confirms meeting/m);
    const json = JSON.parse((await cli('search', casePath, 'Shoigu', '--json')).out) as {
      sourceCount: number;
      groups: Array<{ hits: Array<{ snippet: { text: string } }> }>;
    };
    expect(json.sourceCount).toBe(5);
    const bad = await cli('search', casePath, 'Kim "armored');
    expect(bad.status).toBe(1);
    expect(bad.err).toBe(
      'Query error at character 5: The quote that opens at character 5 is never closed.',
    );
  });

  it('refuses a text file as a case with a clear message and leaves it unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'my notes');
    const result = await cli('sources', notes);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/^Error: .*notes\.txt.*not a Corroborate case/);
    expect(readFileSync(notes, 'utf8')).toBe('my notes');
  });

  it('checks a case before a command runs, and refuses a damaged one', async () => {
    const casePath = join(mkdtempSync(join(tmpdir(), 'cli-')), 'case.corroborate');
    await cli('import', casePath, join(bundledSeedsDir, '003_312e5507182a9780.txt'));
    damageRootPage(casePath, 'source_pairs_by_b', 'cell-count');
    const listed = await cli('sources', casePath, '--json');
    expect(listed.status).toBe(1);
    const { error } = JSON.parse(listed.out) as { error: { code: string; message: string } };
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/is damaged: part of the case file is damaged \(/);
  });

  it('rejects unknown commands and options with usage', async () => {
    expect((await cli('frobnicate')).status).toBe(1);
    const unknownOption = await cli('sources', 'x', '--colour');
    expect(unknownOption.status).toBe(1);
    expect(unknownOption.err).toContain('Usage:');
    expect((await cli('sources', 'x', '--batch', 'y')).status).toBe(1);
  });
});
