import fs from 'node:fs';
import path from 'node:path';
import { caseLockedError } from './connection';
import { fileAccessError } from './case-file-check';

/**
 * The case files this process holds, by file identity (device and inode, so a second spelling
 * of the path or a link counts as the same file).
 *
 * This is not the lock (SQLite's OS lock is); it exists because on POSIX systems closing *any*
 * descriptor of a file releases every lock the process holds on it. Opening a case that is
 * already open here would read its header with fs and silently drop the holder's lock, so such
 * an open is refused before the file is touched.
 */
const held = new Set<string>();

function identityOf(filePath: string): string {
  let stats: fs.BigIntStats;
  try {
    stats = fs.statSync(filePath, { bigint: true });
  } catch (error) {
    throw fileAccessError(error, filePath);
  }
  return stats.ino === 0n ? `path:${path.resolve(filePath)}` : `${stats.dev}:${stats.ino}`;
}

/**
 * Registers `filePath` as held by this process; `case-locked` if it already is, `not-found`
 * if it does not exist. Returns the function that releases it.
 */
export function claimCaseFile(filePath: string): () => void {
  const identity = identityOf(filePath);
  if (held.has(identity)) throw caseLockedError(filePath);
  held.add(identity);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held.delete(identity);
  };
}

/** Whether `filePath` is a case this process holds open (reading it with fs would drop the lock). */
export function isHeldCaseFile(filePath: string): boolean {
  try {
    return held.has(identityOf(filePath));
  } catch {
    return false;
  }
}
