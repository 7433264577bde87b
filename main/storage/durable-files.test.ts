import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncFile, syncFolder } from './durable-files';
import { useTempDir } from './test-helpers';

describe('durable files', () => {
  const dir = useTempDir();

  it('flushes a file and its folder without changing them', () => {
    const file = path.join(dir(), 'case.corroborate');
    fs.writeFileSync(file, 'bytes');
    syncFile(file);
    syncFolder(dir());
    expect(fs.readFileSync(file, 'utf8')).toBe('bytes');
  });

  it('refuses to flush a file that is not there, and ignores a folder that cannot be opened', () => {
    expect(() => syncFile(path.join(dir(), 'missing'))).toThrow(/ENOENT/);
    expect(() => syncFolder(path.join(dir(), 'missing'))).not.toThrow();
  });
});
