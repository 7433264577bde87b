import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CaseError } from '../core/errors';
import { CASE_APPLICATION_ID } from './case-file-check';
import { syncFolder } from './durable-files';
import { openExclusiveConnection } from './connection';
import { migrate } from './migrations';
import { withIoErrors } from './sqlite-errors';
import { writeTransaction } from './transaction';

const SQLITE_SIDE_FILES = ['', '-wal', '-shm', '-journal'];
/** Errors from `link` on file systems without hard links (FAT, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

function alreadyExists(filePath: string): CaseError {
  return new CaseError(
    'already-exists',
    `"${filePath}" already exists. Choose another name, or open it instead.`,
  );
}

function exists(filePath: string): boolean {
  try {
    fs.lstatSync(filePath);
    return true;
  } catch {
    return false;
  }
}

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Builds a complete case at a temporary name beside `filePath` (application id, every
 * migration, case info), closes it so SQLite checkpoints everything into the one file, then
 * moves it into place without overwriting anything. Any failure removes the temporary files,
 * so a failed create never leaves a half-made case behind.
 */
export function buildCaseFile(filePath: string, name: string, createdAt: string): void {
  if (exists(filePath)) throw alreadyExists(filePath);
  const temporary = `${filePath}.creating-${randomBytes(6).toString('hex')}`;
  try {
    withIoErrors(filePath, () => {
      const db = openExclusiveConnection(temporary);
      try {
        db.exec(`PRAGMA application_id = ${CASE_APPLICATION_ID}`);
        migrate(db);
        writeTransaction(db, () => {
          db.prepare('UPDATE case_info SET name = ?, created_at = ? WHERE id = 1').run(
            name,
            createdAt,
          );
        });
      } finally {
        db.close();
      }
    });
    publish(temporary, filePath);
  } catch (error) {
    for (const suffix of SQLITE_SIDE_FILES) fs.rmSync(temporary + suffix, { force: true });
    throw error;
  }
}

/** Moves the finished file into place; never replaces a file that appeared meanwhile. */
function publish(temporary: string, filePath: string): void {
  try {
    fs.linkSync(temporary, filePath);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EEXIST') throw alreadyExists(filePath);
    if (!NO_HARD_LINKS.has(code ?? '')) throw writeError(filePath, error);
    if (exists(filePath)) throw alreadyExists(filePath);
    try {
      fs.renameSync(temporary, filePath);
    } catch (renameError) {
      throw writeError(filePath, renameError);
    }
    syncFolder(path.dirname(filePath));
    return;
  }
  fs.rmSync(temporary, { force: true });
  syncFolder(path.dirname(filePath));
}

function writeError(filePath: string, error: unknown): CaseError {
  return new CaseError(
    'io',
    `Could not save "${filePath}" (${errnoCode(error) ?? String(error)}). Check that you can write to its folder.`,
    { cause: error },
  );
}
