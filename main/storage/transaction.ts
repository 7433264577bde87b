import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` inside `BEGIN IMMEDIATE … COMMIT`; on any error rolls back and rethrows, so a
 * failed write leaves the case exactly as it was. Not reentrant: nesting throws from BEGIN.
 */
export function transaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  let result: T;
  try {
    result = work();
    db.exec('COMMIT');
  } catch (error) {
    try {
      db.exec('ROLLBACK');
    } catch {
      // SQLite has already rolled back by itself after some errors (e.g. a full disk during
      // COMMIT); the original error is the one worth reporting.
    }
    throw error;
  }
  return result;
}

/**
 * A transaction that changes the case's content: it also bumps `case_info.revision`, which
 * later features use to know when derived data cached against the case is stale.
 */
export function writeTransaction<T>(db: DatabaseSync, work: () => T): T {
  return transaction(db, () => {
    const result = work();
    bumpRevision(db);
    return result;
  });
}

/** Marks the case's content changed, inside the caller's transaction (see `writeTransaction`). */
export function bumpRevision(db: DatabaseSync): void {
  const { changes } = db.prepare('UPDATE case_info SET revision = revision + 1 WHERE id = 1').run();
  if (Number(changes) !== 1) throw new Error('The case has no case_info row to bump.');
}
