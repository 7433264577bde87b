import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseError } from '../core/errors';
import { useTempDir } from '../storage/test-helpers';
import { STALE_TEMPORARY_MS, writeFileAtomic } from './write-atomic';

describe('writeFileAtomic', () => {
  const dir = useTempDir();

  it('writes the bytes and leaves no temporary file', () => {
    const target = path.join(dir(), 'claims.md');
    writeFileAtomic(target, new TextEncoder().encode('# Claims\n'));
    expect(fs.readFileSync(target, 'utf8')).toBe('# Claims\n');
    expect(fs.readdirSync(dir())).toEqual(['claims.md']);
  });

  it('removes temporary files a killed export left behind, but not recent or unrelated ones', () => {
    const target = path.join(dir(), 'claims.md');
    const stale = path.join(dir(), '.claims.md.0123456789ab.tmp');
    const recent = path.join(dir(), '.claims.md.ba9876543210.tmp');
    const other = path.join(dir(), '.notes.md.0123456789ab.tmp');
    const mine = path.join(dir(), '.claims.md.keep.tmp');
    for (const file of [stale, recent, other, mine]) fs.writeFileSync(file, 'half');
    const old = new Date(Date.now() - STALE_TEMPORARY_MS - 60_000);
    for (const file of [stale, other, mine]) fs.utimesSync(file, old, old);
    writeFileAtomic(target, new TextEncoder().encode('# Claims\n'));
    expect(fs.readdirSync(dir()).sort()).toEqual(
      [path.basename(recent), path.basename(other), path.basename(mine), 'claims.md'].sort(),
    );
  });

  it('keeps the old file whole until the new one is complete', () => {
    const target = path.join(dir(), 'report.html');
    fs.writeFileSync(target, 'old');
    let seenAtTarget = '';
    let temporaryContent = '';
    writeFileAtomic(target, new TextEncoder().encode('new'), {
      beforeRename: (temporary) => {
        seenAtTarget = fs.readFileSync(target, 'utf8');
        temporaryContent = fs.readFileSync(temporary, 'utf8');
      },
    });
    expect(seenAtTarget).toBe('old');
    expect(temporaryContent).toBe('new');
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
  });

  it('a failure before the rename leaves the old file and no temporary file', () => {
    const target = path.join(dir(), 'claims.csv');
    fs.writeFileSync(target, 'old');
    expect(() =>
      writeFileAtomic(target, new Uint8Array([1, 2, 3]), {
        beforeRename: () => {
          throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        },
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'disk-full',
        message: expect.stringMatching(/the disk is full/),
      }),
    );
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir())).toEqual(['claims.csv']);
  });

  it('names the file and the reason when the folder does not exist', () => {
    const target = path.join(dir(), 'missing', 'claims.json');
    try {
      writeFileAtomic(target, new Uint8Array([1]));
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(CaseError);
      expect((error as CaseError).code).toBe('io');
      expect((error as Error).message).toContain('the folder does not exist');
    }
  });
});
