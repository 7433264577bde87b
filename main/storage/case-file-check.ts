import fs from 'node:fs';
import { CaseError } from '../core/errors';
import { CASE_SCHEMA_VERSION } from './migrations';

/** `PRAGMA application_id` of every case file: "CROB" in ASCII. */
export const CASE_APPLICATION_ID = 0x43524f42;

/** The SQLite file header is the first 100 bytes (https://sqlite.org/fileformat.html). */
export const SQLITE_HEADER_LENGTH = 100;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const USER_VERSION_OFFSET = 60;
const APPLICATION_ID_OFFSET = 68;

export type HeaderVerdict =
  | { kind: 'empty' }
  | { kind: 'not-sqlite' }
  | { kind: 'other-application'; applicationId: number }
  | { kind: 'case'; schemaVersion: number };

/** Classifies the first bytes of a file (pure; `header` may be shorter than 100 bytes). */
export function inspectHeader(header: Uint8Array): HeaderVerdict {
  if (header.length === 0) return { kind: 'empty' };
  const bytes = Buffer.from(header.buffer, header.byteOffset, header.byteLength);
  if (bytes.length < SQLITE_HEADER_LENGTH || !bytes.subarray(0, 16).equals(SQLITE_MAGIC)) {
    return { kind: 'not-sqlite' };
  }
  const applicationId = bytes.readUInt32BE(APPLICATION_ID_OFFSET);
  if (applicationId !== CASE_APPLICATION_ID) return { kind: 'other-application', applicationId };
  return { kind: 'case', schemaVersion: bytes.readUInt32BE(USER_VERSION_OFFSET) };
}

export function notACaseError(
  filePath: string,
  reason: 'empty' | 'not-sqlite' | 'other' | 'folder',
): CaseError {
  const file = `"${filePath}"`;
  const messages = {
    empty: `${file} is empty, not a Corroborate case.`,
    'not-sqlite': `${file} is not a Corroborate case (not an SQLite database).`,
    other: `${file} is an SQLite database but not a Corroborate case.`,
    folder: `${file} is a folder, not a Corroborate case.`,
  };
  return new CaseError('not-a-case', messages[reason]);
}

export function newerSchemaError(filePath: string, found: number, supported: number): CaseError {
  return new CaseError(
    'newer-schema',
    `"${filePath}" was saved by a newer version of Corroborate (case format ${found}; this version reads up to ${supported}). Update Corroborate to open it.`,
  );
}

/**
 * Checks with plain fs reads, before SQLite ever sees the file, that `filePath` is a case this
 * build can open. Refusals leave the file byte-for-byte untouched and create no side files.
 * Returns the schema version recorded in the header (which may lag a newer version still in an
 * un-checkpointed WAL; the opener re-checks through SQLite).
 *
 * Caution (POSIX): closing any descriptor of a file drops every SQLite lock this process holds
 * on it, so never call this on a case that is open in this process.
 */
export function checkCaseFile(filePath: string, supported: number = CASE_SCHEMA_VERSION): number {
  const verdict = inspectHeader(readHeader(filePath));
  switch (verdict.kind) {
    case 'empty':
      throw notACaseError(filePath, 'empty');
    case 'not-sqlite':
      throw notACaseError(filePath, 'not-sqlite');
    case 'other-application':
      throw notACaseError(filePath, 'other');
    case 'case':
      if (verdict.schemaVersion > supported) {
        throw newerSchemaError(filePath, verdict.schemaVersion, supported);
      }
      return verdict.schemaVersion;
  }
}

function readHeader(filePath: string): Buffer {
  let isDirectory: boolean;
  try {
    isDirectory = fs.statSync(filePath).isDirectory();
  } catch (error) {
    throw fileAccessError(error, filePath);
  }
  if (isDirectory) throw notACaseError(filePath, 'folder');
  let fd: number;
  try {
    fd = fs.openSync(filePath, 'r');
  } catch (error) {
    throw fileAccessError(error, filePath);
  }
  try {
    const buffer = Buffer.alloc(SQLITE_HEADER_LENGTH);
    let length = 0;
    while (length < SQLITE_HEADER_LENGTH) {
      const read = fs.readSync(fd, buffer, length, SQLITE_HEADER_LENGTH - length, length);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw fileAccessError(error, filePath);
  } finally {
    fs.closeSync(fd);
  }
}

/** Maps an fs error on a case file to a CaseError an analyst can act on. */
export function fileAccessError(error: unknown, filePath: string): CaseError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const file = `"${filePath}"`;
  const options = { cause: error };
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new CaseError(
        'not-found',
        `There is no case file at ${file}. It may have been moved, renamed or deleted.`,
        options,
      );
    case 'EISDIR':
      return notACaseError(filePath, 'folder');
    case 'EACCES':
    case 'EPERM':
      return new CaseError(
        'io',
        `Corroborate is not allowed to read ${file}. Check the file's permissions.`,
        options,
      );
    default:
      return new CaseError(
        'io',
        `Could not read ${file} (${code ?? String(error)}). Check that the disk or network drive is available, then try again.`,
        options,
      );
  }
}
