import fs from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import type { RecoveryNotice } from '../../preload/contract';
import { CaseError } from '../core/errors';
import { listBackups } from './backups';
import { checkCaseFile } from './case-file-check';
import {
  damageBeforeOpen,
  heldElsewhere,
  restoreCase,
  walPathOf,
  type Damage,
} from './case-recovery';
import { caseLockedError, openExclusiveConnection } from './connection';
import { damagedPageFound, quickCheckProblems, type IntegrityCheckTiming } from './integrity-check';
import { claimCaseFile } from './open-cases';
import { SqliteCode, sqlitePrimaryCode, withIoErrors } from './sqlite-errors';

export interface OpenedCaseFile {
  db: DatabaseSync;
  /** Releases this process's claim on the file (see open-cases.ts). */
  release: () => void;
  /** Set when the case was found damaged and restored from a good copy. */
  recovery: RecoveryNotice | null;
  /**
   * Whether `PRAGMA quick_check` ran before this returned. When false the caller owes the case
   * its check (see integrity-check.ts); the case file then holds all of the case, its log
   * having been checkpointed into it.
   */
  checkedAtOpen: boolean;
}

/**
 * Opens a case file for exclusive use, checking it on the way and restoring it from the
 * newest good copy if it is damaged:
 *  1. before SQLite sees it: a header that is not a case's, a file shorter than its header
 *     promises, and a write-ahead log that is not the case's own (SQLite would replay it);
 *  2. once open and locked: `PRAGMA quick_check`, unless `integrityCheck` is 'after-open';
 *  3. a case left open by a crash whose write-ahead log is gone (the `case_session` flag).
 * `prepare` then upgrades and readies the schema. A file that is not a case, or a damaged
 * case without backups, is refused with a message and left untouched.
 *
 * With 'after-open' the quick check (about 200 ms over a 166 MB case) is the caller's to run
 * once this returns, and deep damage is reported then instead of restored here. Checks 1 and 3
 * stay here: they are cheap and guard against SQLite replaying a foreign log or a lost one.
 * The quick check still runs here when the last session did not end cleanly (a crash, or a
 * session whose own check found damage and so left the flag set), because that is when
 * damage is likeliest and a restore from backup must happen before any work is added; and when
 * the log could not be checkpointed into the file (a full disk), because the background check
 * reads the file alone.
 */
export function openCaseFile(
  filePath: string,
  prepare: (db: DatabaseSync) => void,
  now: () => Date,
  integrityCheck: IntegrityCheckTiming = 'at-open',
): OpenedCaseFile {
  let release = claimCaseFile(filePath);
  let recovery: RecoveryNotice | null = null;
  const recover = (damage: Damage): void => {
    if (recovery) {
      throw new CaseError(
        'io',
        `"${filePath}" is still damaged after it was restored (${damage.found}). The damaged copy was kept as "${recovery.damagedPath}".`,
      );
    }
    recovery = restoreCase(filePath, damage, now());
    // The restored case is a new file: claim it by its new identity.
    release();
    release = claimCaseFile(filePath);
  };
  try {
    for (;;) {
      const walExisted = fs.existsSync(walPathOf(filePath));
      if (walExisted && heldElsewhere(filePath)) throw caseLockedError(filePath);
      const early = damageBeforeOpen(filePath);
      if (early) {
        recover(early);
        continue;
      }
      checkCaseFile(filePath);
      const opened = openChecked(filePath, prepare, walExisted, integrityCheck);
      if ('damage' in opened) {
        if (listBackups(filePath).length === 0 && opened.damage.kind !== 'lost-wal') {
          throw new CaseError(
            'io',
            `"${filePath}" is damaged: ${opened.damage.found}. There is no backup to restore it from, so the file was left as it is.`,
          );
        }
        recover(opened.damage);
        continue;
      }
      return { db: opened.db, release, recovery, checkedAtOpen: opened.checkedAtOpen };
    }
  } catch (error) {
    release();
    throw error;
  }
}

/** Opens, checks and prepares the case; reports damage instead of opening a damaged case. */
function openChecked(
  filePath: string,
  prepare: (db: DatabaseSync) => void,
  walExisted: boolean,
  integrityCheck: IntegrityCheckTiming,
): { db: DatabaseSync; checkedAtOpen: boolean } | { damage: Damage } {
  let db: DatabaseSync;
  try {
    db = withIoErrors(filePath, () => openExclusiveConnection(filePath));
  } catch (error) {
    const damage = damageOf(error);
    if (damage) return { damage };
    throw error;
  }
  try {
    const uncleanClose = sessionWasOpen(db);
    let checkedAtOpen = integrityCheck === 'at-open' || uncleanClose;
    const pageDamage = (): { damage: Damage } | null => {
      const problems = quickCheckProblems(db);
      return problems
        ? { damage: { kind: 'damaged-page', found: damagedPageFound(problems) } }
        : null;
    };
    const early = checkedAtOpen ? pageDamage() : null;
    if (early) {
      db.close();
      return early;
    }
    if (!walExisted && uncleanClose) {
      db.close();
      return {
        damage: {
          kind: 'lost-wal',
          found:
            'it was not closed properly and its write-ahead log (the "-wal" file that holds its latest changes) is missing',
        },
      };
    }
    const checkpointed = withIoErrors(filePath, () => {
      prepare(db);
      return markOpen(db, new Date().toISOString());
    });
    if (!checkedAtOpen && !checkpointed) {
      checkedAtOpen = true;
      const late = pageDamage();
      if (late) {
        db.close();
        return late;
      }
    }
    return { db, checkedAtOpen };
  } catch (error) {
    db.close();
    const damage = damageOf(error);
    if (damage) return { damage };
    throw error;
  }
}

function damageOf(error: unknown): Damage | null {
  const cause = error instanceof CaseError ? error.cause : error;
  const code = sqlitePrimaryCode(cause);
  if (code !== SqliteCode.CORRUPT && code !== SqliteCode.NOTADB) return null;
  const detail = cause instanceof Error ? cause.message : String(cause);
  return { kind: 'damaged-page', found: damagedPageFound(detail) };
}

const hasSessionTable = (db: DatabaseSync): boolean =>
  db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'case_session'").get() !==
  undefined;

function sessionWasOpen(db: DatabaseSync): boolean {
  if (!hasSessionTable(db)) return false;
  const row = db.prepare('SELECT open FROM case_session WHERE id = 1').get();
  return row?.['open'] === 1;
}

/**
 * Flags the case as open and checkpoints, so the flag is in the case file itself and not only
 * in its log: if the log is later lost, the next open knows work may be missing. Returns
 * whether the whole log went into the case file (then the file alone is the whole case).
 */
function markOpen(db: DatabaseSync, at: string): boolean {
  try {
    db.prepare('UPDATE case_session SET open = 1, opened_at = ? WHERE id = 1').run(at);
    const result = db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get();
    return result?.['busy'] === 0 && result['log'] === result['checkpointed'];
  } catch (error) {
    // On a full disk the case must still open for reading; only the check for a lost log is
    // weaker this session. Anything else is real trouble.
    if (sqlitePrimaryCode(error) !== SqliteCode.FULL) throw error;
    return false;
  }
}

/** Flags the case as closed cleanly; called just before the connection closes. */
export function markClosed(db: DatabaseSync): void {
  if (hasSessionTable(db)) db.exec('UPDATE case_session SET open = 0 WHERE id = 1');
}
