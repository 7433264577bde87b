import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { CaseError } from '../core/errors';
import { isSqliteBusy, sqlitePrimaryCode, toIoCaseError, withIoErrors } from './sqlite-errors';
import { thrown, useTempDir } from './test-helpers';

function sqliteError(errcode: number, errstr = 'some sqlite trouble'): Error {
  return Object.assign(new Error(errstr), { code: 'ERR_SQLITE_ERROR', errcode, errstr });
}

const FILE = '/cases/riots.corroborate';

describe('toIoCaseError', () => {
  it.each([
    ['read-only', 8, 'read-only'],
    ['read-only, extended (READONLY_DBMOVED)', 1032, 'read-only'],
    ['I/O error, extended (IOERR_WRITE)', 778, 'disk or network drive'],
    ['cannot open', 14, 'Check that its folder exists'],
    ['permission', 3, 'allowed to read and write'],
    ['corrupt', 11, 'damaged'],
    ['not a database', 26, 'damaged'],
  ])('maps %s to io naming the file', (_label, errcode, phrase) => {
    const error = sqliteError(errcode);
    const mapped = toIoCaseError(error, FILE);
    expect(mapped).toBeInstanceOf(CaseError);
    expect(mapped?.code).toBe('io');
    expect(mapped?.message).toContain(`"${FILE}"`);
    expect(mapped?.message).toContain(phrase);
    expect(mapped?.cause).toBe(error);
  });

  it('maps a full disk to disk-full, naming the file and saying what was saved is safe', () => {
    const error = sqliteError(13);
    const mapped = toIoCaseError(error, FILE);
    expect(mapped?.code).toBe('disk-full');
    expect(mapped?.message).toContain(`"${FILE}"`);
    expect(mapped?.message).toContain('the disk is full');
    expect(mapped?.message).toContain('Everything saved before is safe');
  });

  it.each([
    ['constraint', sqliteError(19)],
    ['unique constraint (extended)', sqliteError(2067)],
    ['busy', sqliteError(5)],
    ['generic SQL error', sqliteError(1)],
    ['plain Error', new Error('boom')],
    ['a string', 'boom'],
    ['errcode that is not a number', Object.assign(new Error('x'), { errcode: '13' })],
  ])('leaves %s alone', (_label, error) => {
    expect(toIoCaseError(error, FILE)).toBeNull();
  });
});

describe('sqlitePrimaryCode', () => {
  const withoutErrcode = (message: string) =>
    Object.assign(new Error(message), { code: 'ERR_SQLITE_ERROR' });

  it.each<[string, unknown, number | null]>([
    ['an extended code', sqliteError(2067), 19],
    ['a primary code', sqliteError(13), 13],
    ['a locked database, by message', withoutErrcode('database is locked'), 5],
    ['a full disk, by message', withoutErrcode('database or disk is full'), 13],
    ['an unknown SQLite message', withoutErrcode('near "SELEC": syntax error'), null],
    ['the same message from elsewhere', new Error('database is locked'), null],
    ['a non-error', { errcode: 5 }, null],
  ])('reads %s', (_label, error, code) => {
    expect(sqlitePrimaryCode(error)).toBe(code);
  });
});

describe('with real node:sqlite errors', () => {
  const tempDir = useTempDir();

  it('reads the primary code of a real read-only failure and maps it', () => {
    const file = path.join(tempDir(), 'x.db');
    new DatabaseSync(file).close();
    const db = new DatabaseSync(file, { readOnly: true });
    const error = thrown(() => db.exec('CREATE TABLE t (x)'));
    db.close();
    expect(sqlitePrimaryCode(error)).toBe(8);
    expect(toIoCaseError(error, file)?.code).toBe('io');
  });

  it('recognises a real busy error', () => {
    const file = path.join(tempDir(), 'x.db');
    const holder = new DatabaseSync(file);
    holder.exec('CREATE TABLE t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);');
    const other = new DatabaseSync(file);
    const error = thrown(() => other.prepare('SELECT * FROM t').all());
    other.close();
    holder.exec('ROLLBACK');
    holder.close();
    expect(isSqliteBusy(error)).toBe(true);
    expect(isSqliteBusy(new Error('database is locked'))).toBe(false);
  });
});

describe('withIoErrors', () => {
  it('returns the result when nothing fails', () => {
    expect(withIoErrors(FILE, () => 42)).toBe(42);
  });

  it('converts io errors and rethrows everything else unchanged', () => {
    expect(
      thrown(() =>
        withIoErrors(FILE, () => {
          throw sqliteError(10);
        }),
      ).code,
    ).toBe('io');
    const other = sqliteError(19);
    expect(
      thrown(() =>
        withIoErrors(FILE, () => {
          throw other;
        }),
      ),
    ).toBe(other);
  });
});
