import { DatabaseSync } from 'node:sqlite';
import { CaseError } from '../core/errors';
import { isSqliteBusy } from './sqlite-errors';

/** How long an open waits for another holder before reporting the case as locked. */
export const BUSY_TIMEOUT_MS = 200;

export function caseLockedError(filePath: string, cause?: unknown): CaseError {
  return new CaseError(
    'case-locked',
    `"${filePath}" is open in another Corroborate window. Close it there first.`,
    { cause },
  );
}

/**
 * Opens an SQLite connection that holds the case exclusively until it is closed or its process
 * dies: no other connection, in this process or another, can read or write the file meanwhile.
 * The lock is SQLite's own OS file lock, so the OS drops it with the process; nothing stale is
 * left behind by a crash. A case held elsewhere gives `case-locked`.
 */
export function openExclusiveConnection(filePath: string): DatabaseSync {
  const db = new DatabaseSync(filePath);
  try {
    configureConnection(db);
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    assertExclusive(db, filePath);
    return db;
  } catch (error) {
    db.close();
    throw isSqliteBusy(error) ? caseLockedError(filePath, error) : error;
  }
}

/**
 * Connection settings. The locking mode must be EXCLUSIVE before switching to WAL: then SQLite
 * keeps the WAL index in heap memory (no -shm file) and takes the exclusive file lock the
 * first time it reads the database, holding it until close.
 */
function configureConnection(db: DatabaseSync): void {
  db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.exec('PRAGMA locking_mode = EXCLUSIVE');
  const journalMode = pragmaText(db, 'journal_mode = WAL');
  if (journalMode !== 'wal') throw new Error(`Could not switch to WAL (got ${journalMode}).`);
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
}

/**
 * Proves the lock is held: the settings took, and a second connection to the same file cannot
 * even read. (SQLite tracks its locks per file within the process, so closing the probe does
 * not release them; a plain fs descriptor would.)
 */
export function assertExclusive(db: DatabaseSync, filePath: string): void {
  const lockingMode = pragmaText(db, 'locking_mode');
  if (lockingMode !== 'exclusive') throw new Error(`Locking mode is ${lockingMode}.`);
  const probe = new DatabaseSync(filePath);
  try {
    probe.exec('PRAGMA busy_timeout = 0');
    probe.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    if (isSqliteBusy(error)) return;
    throw error;
  } finally {
    probe.close();
  }
  throw new Error(`Another connection could still read "${filePath}"; the case is not locked.`);
}

function pragmaText(db: DatabaseSync, pragma: string): string {
  const row = db.prepare(`PRAGMA ${pragma}`).get();
  const value = row === undefined ? undefined : Object.values(row)[0];
  if (typeof value !== 'string') throw new Error(`PRAGMA ${pragma} returned no text.`);
  return value;
}
