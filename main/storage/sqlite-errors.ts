import { CaseError } from '../core/errors';

/** SQLite primary result codes this module reacts to (https://sqlite.org/rescode.html). */
export const SqliteCode = {
  PERM: 3,
  BUSY: 5,
  LOCKED: 6,
  READONLY: 8,
  IOERR: 10,
  CORRUPT: 11,
  FULL: 13,
  CANTOPEN: 14,
  NOTADB: 26,
} as const;

/** SQLite's fixed English text for each code (sqlite3_errstr), for errors without `errcode`. */
const CODE_BY_MESSAGE: readonly [string, number][] = [
  ['database is locked', SqliteCode.BUSY],
  ['database table is locked', SqliteCode.LOCKED],
  ['attempt to write a readonly database', SqliteCode.READONLY],
  ['disk I/O error', SqliteCode.IOERR],
  ['database disk image is malformed', SqliteCode.CORRUPT],
  ['database or disk is full', SqliteCode.FULL],
  ['unable to open database file', SqliteCode.CANTOPEN],
  ['file is not a database', SqliteCode.NOTADB],
];

/**
 * The primary SQLite result code of an error thrown by `node:sqlite`, or null for any other
 * error. node:sqlite throws plain `Error`s with `code: 'ERR_SQLITE_ERROR'` and the extended
 * result code in `errcode` (the primary code is its low byte); should a runtime lack
 * `errcode`, SQLite's standard message identifies the code instead.
 */
export function sqlitePrimaryCode(error: unknown): number | null {
  if (!(error instanceof Error)) return null;
  const { errcode, code } = error as { errcode?: unknown; code?: unknown };
  if (typeof errcode === 'number') return errcode & 0xff;
  if (code !== 'ERR_SQLITE_ERROR') return null;
  const match = CODE_BY_MESSAGE.find(([text]) => error.message.includes(text));
  return match ? match[1] : null;
}

/** Another connection holds a lock SQLite needed (SQLITE_BUSY or SQLITE_LOCKED). */
export function isSqliteBusy(error: unknown): boolean {
  const code = sqlitePrimaryCode(error);
  return code === SqliteCode.BUSY || code === SqliteCode.LOCKED;
}

function detailOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const errstr = (error as { errstr?: unknown }).errstr;
  return typeof errstr === 'string' && errstr !== '' ? errstr : error.message;
}

/**
 * Turns an SQLite error that means trouble with the disk or the file into an `io` CaseError
 * naming the file. Returns null for anything else (constraint violations, SQL mistakes, bugs),
 * which callers let propagate unchanged.
 */
export function toIoCaseError(error: unknown, filePath: string): CaseError | null {
  const file = `"${filePath}"`;
  const options = { cause: error };
  switch (sqlitePrimaryCode(error)) {
    case SqliteCode.FULL:
      return new CaseError(
        'disk-full',
        `Could not save ${file}: the disk is full. Everything saved before is safe. Free some space, then try again.`,
        options,
      );
    case SqliteCode.READONLY:
      return new CaseError(
        'io',
        `Could not save ${file}: the file or its folder is read-only. Check its permissions, or copy the case to a folder you can write to.`,
        options,
      );
    case SqliteCode.IOERR:
      return new CaseError(
        'io',
        `Could not read or write ${file} (${detailOf(error)}). Check that the disk or network drive is still available, then try again.`,
        options,
      );
    case SqliteCode.CANTOPEN:
    case SqliteCode.PERM:
      return new CaseError(
        'io',
        `Could not open ${file}. Check that its folder exists and that you are allowed to read and write there.`,
        options,
      );
    case SqliteCode.CORRUPT:
    case SqliteCode.NOTADB:
      return new CaseError(
        'io',
        `${file} is damaged and cannot be read (${detailOf(error)}). Restore it from a backup.`,
        options,
      );
    default:
      return null;
  }
}

/** Runs `work`, turning I/O-type SQLite errors into `io` CaseErrors naming the file. */
export function withIoErrors<T>(filePath: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw toIoCaseError(error, filePath) ?? error;
  }
}
