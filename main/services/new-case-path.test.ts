import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseError } from '../core/errors';
import { newCasePath } from './new-case-path';

const base = mkdtempSync(join(tmpdir(), 'new-case-path-'));
const data = join(base, 'data');
const home = join(base, 'home');
const elsewhere = join(base, 'elsewhere');
for (const folder of [data, home, elsewhere]) mkdirSync(folder, { recursive: true });
const policy = { folder: data, roots: [data, home] };

function refusal(given: string, roots: readonly string[] | null = policy.roots): string {
  try {
    newCasePath(given, { folder: data, roots });
  } catch (error) {
    if (error instanceof CaseError && error.code === 'invalid-request') return error.message;
    throw error;
  }
  throw new Error(`"${given}" was accepted`);
}

describe('newCasePath', () => {
  it('adds the case extension when the name has another or none, and keeps it otherwise', () => {
    expect(newCasePath(join(data, 'Wagner mutiny'), policy)).toBe(
      join(data, 'Wagner mutiny.corroborate'),
    );
    expect(newCasePath(join(data, 'notes.txt'), policy)).toBe(join(data, 'notes.txt.corroborate'));
    expect(newCasePath(`  ${join(home, 'a', 'Kim.CORROBORATE')} `, policy)).toBe(
      join(home, 'a', 'Kim.CORROBORATE'),
    );
  });

  it('refuses a relative path, naming a full one to type instead', () => {
    expect(refusal('wagner')).toBe(
      `"wagner" is not a full path. Type the whole path of the new case file, such as "${join(data, 'New case.corroborate')}".`,
    );
    expect(refusal('./cases/x.corroborate')).toMatch(
      /^"\.\/cases\/x\.corroborate" is not a full path/,
    );
  });

  it('refuses a path outside the allowed folders, also by "..", and through a symbolic link', () => {
    const outside = `New cases go in "${data}" or "${home}" (or a folder inside); "${join(elsewhere, 'x.corroborate')}" is outside them.`;
    expect(refusal(join(elsewhere, 'x.corroborate'))).toBe(outside);
    expect(refusal(join(data, '..', 'elsewhere', 'x.corroborate'))).toBe(outside);
    const link = join(data, 'escape');
    symlinkSync(elsewhere, link);
    expect(refusal(join(link, 'x.corroborate'))).toMatch(/is outside them\.$/);
    // Without roots (native dialogs, the CLI) anywhere will do.
    expect(newCasePath(join(elsewhere, 'x'), { folder: data, roots: null })).toBe(
      join(elsewhere, 'x.corroborate'),
    );
  });

  it('refuses a folder, asking for the file name after it', () => {
    expect(refusal(`${data}/`)).toBe(
      `"${data}/" names a folder; add the new case file's name after it.`,
    );
  });
});
