import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, assertExclusive, openExclusiveConnection } from './connection';
import {
  REPO_ROOT,
  nodeArgs,
  rawReaderScript,
  snapshotFolder,
  thrown,
  useTempDir,
} from './test-helpers';

describe('openExclusiveConnection', () => {
  const tempDir = useTempDir();
  const open: DatabaseSync[] = [];
  const hold = (file: string) => {
    const db = openExclusiveConnection(file);
    open.push(db);
    return db;
  };
  afterEach(() => {
    for (const db of open.splice(0)) if (db.isOpen) db.close();
  });
  const pragma = (db: DatabaseSync, name: string) =>
    Object.values(db.prepare(`PRAGMA ${name}`).get() ?? {})[0];

  it('applies the connection settings', () => {
    const db = hold(path.join(tempDir(), 'case.db'));
    expect(pragma(db, 'locking_mode')).toBe('exclusive');
    expect(pragma(db, 'journal_mode')).toBe('wal');
    expect(pragma(db, 'synchronous')).toBe(2); // FULL
    expect(pragma(db, 'foreign_keys')).toBe(1);
    expect(pragma(db, 'busy_timeout')).toBe(BUSY_TIMEOUT_MS);
  });

  it('keeps the WAL index in memory: no -shm file while open, no side files after close', () => {
    const file = path.join(tempDir(), 'case.db');
    const db = hold(file);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    expect(fs.readdirSync(tempDir()).sort()).toEqual(['case.db', 'case.db-wal']);
    db.close();
    expect(fs.readdirSync(tempDir())).toEqual(['case.db']);
  });

  it('stops any other connection in this process from reading or writing', () => {
    const file = path.join(tempDir(), 'case.db');
    hold(file).exec('CREATE TABLE t (x)');
    const other = new DatabaseSync(file);
    expect(thrown(() => other.prepare('SELECT * FROM t').all()).message).toMatch(/locked/);
    expect(thrown(() => other.exec('INSERT INTO t VALUES (1)')).message).toMatch(/locked/);
    other.close();
  });

  it('refuses a second exclusive open as case-locked, creating and changing nothing', () => {
    const file = path.join(tempDir(), 'case.db');
    hold(file).exec('CREATE TABLE t (x)');
    const before = snapshotFolder(tempDir());
    const error = thrown(() => hold(file));
    expect(error.code).toBe('case-locked');
    expect(error.message).toBe(
      `"${file}" is open in another Corroborate window. Close it there first.`,
    );
    expect(snapshotFolder(tempDir())).toEqual(before);
  });

  it('lets the next connection in once the holder closes', () => {
    const file = path.join(tempDir(), 'case.db');
    const first = hold(file);
    first.exec('CREATE TABLE t (x); INSERT INTO t VALUES (7);');
    first.close();
    expect(hold(file).prepare('SELECT x FROM t').get()).toEqual({ x: 7 });
  });

  it('stops another process from reading, and frees the file when closed', () => {
    const file = path.join(tempDir(), 'case.db');
    const db = hold(file);
    db.exec('CREATE TABLE t (x)');
    const read = () =>
      spawnSync(process.execPath, nodeArgs(rawReaderScript(file)), {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      }).stdout.trim();
    expect(read()).toBe('errcode 5'); // SQLITE_BUSY
    db.close();
    expect(read()).toBe('read');
  });

  it.each([
    ['is in normal locking mode', '', /Locking mode is normal/],
    ['is exclusive in name but holds no lock yet', 'PRAGMA locking_mode = EXCLUSIVE', /not locked/],
  ])('the lock check rejects a connection that %s', (_label, setup, message) => {
    const file = path.join(tempDir(), 'case.db');
    const db = new DatabaseSync(file);
    if (setup) db.exec(setup);
    expect(() => assertExclusive(db, file)).toThrow(message);
    db.close();
  });

  it('the lock check accepts a held connection', () => {
    const file = path.join(tempDir(), 'case.db');
    expect(() => assertExclusive(hold(file), file)).not.toThrow();
  });
});
