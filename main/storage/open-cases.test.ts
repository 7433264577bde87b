import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimCaseFile } from './open-cases';
import { thrown, useTempDir } from './test-helpers';

describe('claimCaseFile', () => {
  const tempDir = useTempDir();
  const makeFile = (name = 'a.corroborate') => {
    const file = path.join(tempDir(), name);
    fs.writeFileSync(file, 'x');
    return file;
  };

  it('refuses a second claim on the same file until the first is released', () => {
    const file = makeFile();
    const release = claimCaseFile(file);
    const error = thrown(() => claimCaseFile(file));
    expect(error.code).toBe('case-locked');
    expect(error.message).toBe(
      `"${file}" is open in another Corroborate window. Close it there first.`,
    );
    release();
    claimCaseFile(file)();
  });

  it('treats other spellings and links of the path as the same file', () => {
    const file = makeFile();
    const alias = path.join(tempDir(), 'alias.corroborate');
    fs.symlinkSync(file, alias);
    const release = claimCaseFile(file);
    expect(thrown(() => claimCaseFile(alias)).code).toBe('case-locked');
    expect(thrown(() => claimCaseFile(path.join(tempDir(), '.', 'a.corroborate'))).code).toBe(
      'case-locked',
    );
    release();
  });

  it('keeps different files apart', () => {
    const releaseA = claimCaseFile(makeFile('a.corroborate'));
    const releaseB = claimCaseFile(makeFile('b.corroborate'));
    releaseA();
    releaseB();
  });

  it('releasing twice does not release a later claim', () => {
    const file = makeFile();
    const first = claimCaseFile(file);
    first();
    const second = claimCaseFile(file);
    first();
    expect(thrown(() => claimCaseFile(file)).code).toBe('case-locked');
    second();
  });

  it('reports a missing file as not-found', () => {
    expect(thrown(() => claimCaseFile(path.join(tempDir(), 'none'))).code).toBe('not-found');
  });
});
