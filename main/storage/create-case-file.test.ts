import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CASE_APPLICATION_ID, inspectHeader } from './case-file-check';
import { buildCaseFile } from './create-case-file';
import { CASE_SCHEMA_VERSION } from './migrations';
import { snapshotFolder, thrown, useTempDir } from './test-helpers';

const CREATED_AT = '2024-05-01T09:30:00.000Z';

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('buildCaseFile', () => {
  const tempDir = useTempDir();
  const target = () => path.join(tempDir(), 'Riots 2024.corroborate');
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('leaves exactly one complete, checkpointed case file', () => {
    buildCaseFile(target(), 'Riots', CREATED_AT);
    expect(fs.readdirSync(tempDir())).toEqual(['Riots 2024.corroborate']);
    const header = fs.readFileSync(target()).subarray(0, 100);
    expect(inspectHeader(header)).toEqual({ kind: 'case', schemaVersion: CASE_SCHEMA_VERSION });
    expect(header.readUInt32BE(68)).toBe(CASE_APPLICATION_ID);
    expect(header[18]).toBe(2); // WAL mode recorded in the header

    const db = new DatabaseSync(target(), { readOnly: true });
    expect(db.prepare('SELECT name, created_at FROM case_info').get()).toEqual({
      name: 'Riots',
      created_at: CREATED_AT,
    });
    db.close();
  });

  it.each<[string, (file: string) => void]>([
    ['a file', (file) => fs.writeFileSync(file, 'do not overwrite me')],
    ['a folder', (file) => fs.mkdirSync(file)],
    ['a dangling link', (file) => fs.symlinkSync(path.join(path.dirname(file), 'nowhere'), file)],
  ])('refuses a path that is already %s, touching nothing', (_label, make) => {
    make(target());
    const before = snapshotFolder(tempDir());
    const error = thrown(() => buildCaseFile(target(), 'Riots', CREATED_AT));
    expect(error.code).toBe('already-exists');
    expect(error.message).toBe(
      `"${target()}" already exists. Choose another name, or open it instead.`,
    );
    expect(snapshotFolder(tempDir())).toEqual(before);
  });

  it('reports a missing folder as io and creates nothing', () => {
    const file = path.join(tempDir(), 'missing', 'case.corroborate');
    const error = thrown(() => buildCaseFile(file, 'Riots', CREATED_AT));
    expect(error.code).toBe('io');
    expect(error.message).toContain(`"${file}"`);
    expect(fs.readdirSync(tempDir())).toEqual([]);
  });

  it('removes the finished temporary file when the path appears at the last moment', () => {
    vi.spyOn(fs, 'linkSync').mockImplementation(() => {
      throw errnoError('EEXIST');
    });
    expect(thrown(() => buildCaseFile(target(), 'Riots', CREATED_AT)).code).toBe('already-exists');
    expect(fs.readdirSync(tempDir())).toEqual([]);
  });

  it('removes the temporary file when moving it into place fails', () => {
    vi.spyOn(fs, 'linkSync').mockImplementation(() => {
      throw errnoError('EIO');
    });
    const error = thrown(() => buildCaseFile(target(), 'Riots', CREATED_AT));
    expect(error.code).toBe('io');
    expect(error.message).toContain('EIO');
    expect(fs.readdirSync(tempDir())).toEqual([]);
  });

  it('falls back to rename where hard links are not supported', () => {
    const link = vi.spyOn(fs, 'linkSync').mockImplementation(() => {
      throw errnoError('EPERM');
    });
    buildCaseFile(target(), 'Riots', CREATED_AT);
    expect(link).toHaveBeenCalledOnce();
    expect(fs.readdirSync(tempDir())).toEqual(['Riots 2024.corroborate']);
    expect(inspectHeader(fs.readFileSync(target()).subarray(0, 100)).kind).toBe('case');
  });
});
