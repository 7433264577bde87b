import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { DamageKind, RecoveryNotice } from '../../preload/contract';
import { CaseError } from '../core/errors';
import { checkCaseCopy, listBackups } from './backups';
import { syncFile, syncFolder } from './durable-files';
import { inspectHeader, SQLITE_HEADER_LENGTH } from './case-file-check';
import { reachedStep } from './fault-points';
import { isSqliteBusy } from './sqlite-errors';

// Damage found when a case is opened, and its repair from the newest good copy. SQLite keeps a
// case consistent through crashes by itself; what it cannot survive is a file that was damaged
// from outside: cut short by a failed copy or sync, overwritten at the start, a page of
// garbage in the middle, a write-ahead log lost in a copy, or one taken from another file.

export interface Damage {
  kind: DamageKind;
  /** What was found, for the analyst: "the case file was cut short …". */
  found: string;
}

export const walPathOf = (casePath: string): string => `${casePath}-wal`;

/**
 * What can be told about `casePath` before SQLite opens it (opening would replay a foreign
 * log into the case): a header that is no longer a case's or promises more pages than the
 * file has, and a write-ahead log that does not belong to the case. Returns null when the
 * case looks healthy, or when it is damaged but has no backups (then the ordinary open
 * refuses it with its usual message and nothing is touched).
 */
export function damageBeforeOpen(casePath: string): Damage | null {
  const header = readStart(casePath);
  const hasBackups = listBackups(casePath).length > 0;
  const verdict = inspectHeader(header);
  if (verdict.kind === 'empty' || verdict.kind === 'not-sqlite') {
    if (!hasBackups) return null;
    return header.length < SQLITE_HEADER_LENGTH
      ? { kind: 'truncated', found: `the case file was cut short to ${header.length} bytes` }
      : {
          kind: 'garbage-start',
          found: 'the start of the case file was overwritten and no longer reads as a case',
        };
  }
  if (verdict.kind !== 'case') return null;
  // With a log beside it the file alone may rightly be shorter than its header says: a
  // checkpoint that a full disk cut short leaves the missing pages in the log. Then the case
  // is judged with its log.
  if (logHasFrames(casePath)) return foreignLog(casePath);
  const size = fs.statSync(casePath).size;
  const promised = promisedSize(header);
  if (promised !== null && size < promised) {
    return {
      kind: 'truncated',
      found: `the case file was cut short (${size.toLocaleString('en')} of its ${promised.toLocaleString('en')} bytes are left)`,
    };
  }
  return null;
}

function logHasFrames(casePath: string): boolean {
  try {
    return fs.statSync(walPathOf(casePath)).size > 0;
  } catch {
    return false;
  }
}

/**
 * The file size the header promises: page count × page size, when the header's page count is
 * valid (its "version-valid-for" equals the change counter; https://sqlite.org/fileformat.html).
 */
export function promisedSize(header: Uint8Array): number | null {
  if (header.length < SQLITE_HEADER_LENGTH) return null;
  const view = Buffer.from(header.buffer, header.byteOffset, header.byteLength);
  const rawPageSize = view.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = view.readUInt32BE(28);
  if (pages === 0 || view.readUInt32BE(92) !== view.readUInt32BE(24)) return null;
  return pages * pageSize;
}

/** Whether another process holds the case open (its SQLite lock refuses even a reader). */
export function heldElsewhere(casePath: string): boolean {
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(casePath, { readOnly: true });
    db.exec('PRAGMA busy_timeout = 0');
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return false;
  } catch (error) {
    return isSqliteBusy(error);
  } finally {
    db?.close();
  }
}

/**
 * Compares scratch copies of the case with and without its log: a log that damages the case,
 * changes when it was created or takes its revision back is not the case's own.
 */
function foreignLog(casePath: string): Damage | null {
  return withScratch((scratch) => {
    const alone = path.join(scratch, 'alone.corroborate');
    const full = path.join(scratch, 'full.corroborate');
    fs.copyFileSync(casePath, alone);
    fs.copyFileSync(casePath, full);
    fs.copyFileSync(walPathOf(casePath), walPathOf(full));
    const withLog = checkCaseCopy(full);
    const without = checkCaseCopy(alone);
    if (!withLog.ok) {
      // Without the log the case reads well, so the log is what damages it. Otherwise the
      // case itself is in trouble, which the open's own checks report.
      if (!without.ok) return null;
      return {
        kind: 'foreign-wal',
        found: `its write-ahead log (the "-wal" file beside it) does not belong to it and would damage it (${withLog.reason})`,
      };
    }
    if (
      without.ok &&
      (without.createdAt !== withLog.createdAt || withLog.revision < without.revision)
    ) {
      return {
        kind: 'foreign-wal',
        found: 'its write-ahead log (the "-wal" file beside it) belongs to another case',
      };
    }
    return null;
  });
}

interface Candidate {
  from: RecoveryNotice['restoredFrom'];
  file: string;
  revision: number;
  takenAt: string;
}

/**
 * Restores `casePath` from the newest good copy: a backup, or (when only its log was lost or
 * foreign) the case file itself without the log, whichever holds the later work. The damaged
 * file and its log are kept beside it under a new name. Throws an `io` CaseError, touching
 * nothing, if there is no good copy.
 */
export function restoreCase(casePath: string, damage: Damage, now: Date): RecoveryNotice {
  return withScratch((scratch) => {
    const candidates: Candidate[] = [];
    const logOnly = damage.kind === 'lost-wal' || damage.kind === 'foreign-wal';
    if (logOnly) {
      const alone = path.join(scratch, 'alone.corroborate');
      fs.copyFileSync(casePath, alone);
      const check = checkCaseCopy(alone);
      if (check.ok) {
        const takenAt = fs.statSync(casePath).mtime.toISOString();
        candidates.push({ from: 'case-file', file: alone, revision: check.revision, takenAt });
      }
    }
    for (const backup of listBackups(casePath)) {
      if (candidates.some((c) => c.from === 'backup')) break;
      if (checkCaseCopy(backup.path).ok)
        candidates.push({ from: 'backup', file: backup.path, ...backup });
    }
    const chosen = candidates.sort((a, b) => b.revision - a.revision)[0];
    if (!chosen) {
      throw new CaseError(
        'io',
        `"${casePath}" is damaged: ${damage.found}. There is no good backup to restore it from, so the file was left as it is.`,
      );
    }
    const damagedPath = damagedPathFor(casePath, now);
    const temporary = path.join(
      path.dirname(casePath),
      `.${path.basename(casePath)}.restoring-${randomBytes(6).toString('hex')}.tmp`,
    );
    try {
      fs.copyFileSync(chosen.file, temporary);
      markClosed(temporary);
      syncFile(temporary);
      fs.copyFileSync(casePath, damagedPath);
      syncFile(damagedPath);
      reachedStep('restore:after-copy');
      const log = walPathOf(casePath);
      if (fs.existsSync(log)) fs.renameSync(log, walPathOf(damagedPath));
      reachedStep('restore:after-set-aside');
      fs.renameSync(temporary, casePath);
      syncFolder(path.dirname(casePath));
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      throw new CaseError(
        'io',
        `"${casePath}" is damaged (${damage.found}) and could not be restored: ${error instanceof Error ? error.message : String(error)}.`,
        { cause: error },
      );
    }
    return {
      kind: damage.kind,
      found: damage.found,
      damagedPath,
      restoredFrom: chosen.from,
      restoredAt: chosen.takenAt,
    };
  });
}

/** A restored copy was taken while its case was open; it starts life closed. */
function markClosed(file: string): void {
  const db = new DatabaseSync(file);
  try {
    const table = db
      .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'case_session'")
      .get();
    if (table) db.exec('UPDATE case_session SET open = 0');
    db.exec('PRAGMA journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** `Kim.corroborate` → `Kim (damaged 2026-11-26 17-40-05).corroborate`, never an existing name. */
export function damagedPathFor(casePath: string, now: Date): string {
  const extension = path.extname(casePath);
  const stem = path.join(path.dirname(casePath), path.basename(casePath, extension));
  const stamp = now.toISOString().slice(0, 19).replace('T', ' ').replace(/:/g, '-');
  for (let n = 1; ; n++) {
    const candidate = `${stem} (damaged ${stamp}${n === 1 ? '' : ` ${n}`})${extension}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}

function readStart(casePath: string): Buffer {
  const descriptor = fs.openSync(casePath, 'r');
  try {
    const buffer = Buffer.alloc(SQLITE_HEADER_LENGTH);
    const length = fs.readSync(descriptor, buffer, 0, SQLITE_HEADER_LENGTH, 0);
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(descriptor);
  }
}

function withScratch<T>(work: (scratch: string) => T): T {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-check-'));
  try {
    return work(scratch);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
