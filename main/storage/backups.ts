import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { CaseError } from '../core/errors';
import { CASE_APPLICATION_ID } from './case-file-check';
import { syncFile, syncFolder } from './durable-files';
import { reachedStep } from './fault-points';
import { integerColumn, textColumn } from './rows';

/** How many verified backups are kept per case; the oldest goes only once a newer is verified. */
export const KEEP_BACKUPS = 3;

/** One verified backup of a case. */
export interface BackupInfo {
  path: string;
  /** When it was taken (ISO 8601, UTC). */
  takenAt: string;
  /** The case's revision at that moment: higher is newer work. */
  revision: number;
}

/** What a check of a copy of a case found. */
export type CopyCheck =
  { ok: true; revision: number; name: string; createdAt: string } | { ok: false; reason: string };

const BACKUP_NAME = /^(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)-r(\d+)\.corroborate$/;
const TEMPORARY_PREFIX = '.incoming-';

/** Backups of `Kim.corroborate` live beside it, in `Kim.corroborate-backups/`. */
export function backupFolderOf(casePath: string): string {
  return `${casePath}-backups`;
}

export function backupFileName(takenAt: Date, revision: number): string {
  const stamp = takenAt.toISOString().replace(/[:.]/g, '-');
  return `${stamp}-r${revision}.corroborate`;
}

/** The backups of a case, newest first; files that are not backups are ignored. */
export function listBackups(casePath: string): BackupInfo[] {
  const folder = backupFolderOf(casePath);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const match = BACKUP_NAME.exec(name);
    if (!match?.[1] || !match[2]) continue;
    const [date, time] = match[1].split('T') as [string, string];
    const [hours, minutes, seconds, millis] = time.replace('Z', '').split('-');
    backups.push({
      path: path.join(folder, name),
      takenAt: `${date}T${hours}:${minutes}:${seconds}.${millis}Z`,
      revision: Number(match[2]),
    });
  }
  return backups.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.revision - a.revision);
}

/**
 * Writes a verified backup of the open case `db` (whose file is `casePath`) and prunes the
 * oldest beyond `keep`. In order: `VACUUM INTO` a hidden temporary file in the backup folder,
 * flush it to disk, run `PRAGMA integrity_check` on it, rename it into place, flush the folder,
 * and only then remove older backups. A crash or a failure at any point leaves every earlier
 * backup as it was; a stray temporary file is removed by the next backup.
 */
export function writeBackup(
  db: DatabaseSync,
  casePath: string,
  options: { now: Date; keep?: number },
): BackupInfo {
  const folder = backupFolderOf(casePath);
  const keep = Math.max(2, options.keep ?? KEEP_BACKUPS);
  const temporary = path.join(folder, `${TEMPORARY_PREFIX}${randomBytes(6).toString('hex')}.tmp`);
  try {
    fs.mkdirSync(folder, { recursive: true });
    removeTemporaries(folder);
    db.prepare('VACUUM INTO ?').run(temporary);
    reachedStep('backup:after-copy');
    syncFile(temporary);
    const check = checkCaseCopy(temporary, 'integrity');
    if (!check.ok) throw new Error(`the new backup failed its check (${check.reason})`);
    reachedStep('backup:before-rename');
    const target = path.join(folder, backupFileName(options.now, check.revision));
    fs.renameSync(temporary, target);
    syncFolder(folder);
    reachedStep('backup:before-prune');
    for (const old of listBackups(casePath).slice(keep)) fs.rmSync(old.path, { force: true });
    return { path: target, takenAt: options.now.toISOString(), revision: check.revision };
  } catch (error) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // The folder itself is the trouble (not a folder, gone, unreadable): nothing was written.
    }
    throw backupError(error, folder);
  }
}

/**
 * Opens a copy of a case (a backup, or a scratch copy of the case file) on its own and checks
 * it: SQLite's quick or full integrity check, that it is a Corroborate case, and its revision.
 */
export function checkCaseCopy(file: string, depth: 'quick' | 'integrity' = 'quick'): CopyCheck {
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(file);
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    const pragma = depth === 'quick' ? 'quick_check' : 'integrity_check';
    const problems = db
      .prepare(`PRAGMA ${pragma}`)
      .all()
      .map((row) => Object.values(row)[0]);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      return { ok: false, reason: problems.slice(0, 3).join('; ') };
    }
    const app = db.prepare('PRAGMA application_id').get();
    if (!app || integerColumn(app, 'application_id') >>> 0 !== CASE_APPLICATION_ID) {
      return { ok: false, reason: 'not a Corroborate case' };
    }
    const info = db.prepare('SELECT name, created_at, revision FROM case_info WHERE id = 1').get();
    if (!info) return { ok: false, reason: 'the case has no case_info row' };
    return {
      ok: true,
      revision: integerColumn(info, 'revision'),
      name: textColumn(info, 'name'),
      createdAt: textColumn(info, 'created_at'),
    };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

function removeTemporaries(folder: string): void {
  for (const name of fs.readdirSync(folder)) {
    if (name.startsWith(TEMPORARY_PREFIX)) fs.rmSync(path.join(folder, name), { force: true });
  }
}

function backupError(error: unknown, folder: string): CaseError {
  const code = (error as { code?: unknown; errcode?: unknown } | null)?.code;
  const errcode = (error as { errcode?: unknown } | null)?.errcode;
  const full =
    code === 'ENOSPC' ||
    code === 'EDQUOT' ||
    (typeof errcode === 'number' && (errcode & 0xff) === 13);
  const reason = error instanceof Error ? error.message : String(error);
  return full
    ? new CaseError(
        'disk-full',
        `Could not back up the case into "${folder}": the disk is full. The case itself and the earlier backups are unchanged. Free some space.`,
        { cause: error },
      )
    : new CaseError(
        'io',
        `Could not back up the case into "${folder}" (${reason}). The case itself and the earlier backups are unchanged.`,
        { cause: error },
      );
}
