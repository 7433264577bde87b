// Exports are written to a temporary file beside the target, flushed to disk, then renamed over
// it: a crash, a full disk or a kill mid-export leaves either the old file or the new one at
// the target path, never half of one. The temporary file is removed when anything fails.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CaseError } from '../core/errors';
import { syncFolder } from '../storage/durable-files';
import { reachedStep } from '../storage/fault-points';

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission was denied',
  EPERM: 'permission was denied',
  EROFS: 'the disk is read-only',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'the path is a folder',
  ENAMETOOLONG: 'the file name is too long',
};

/** The temporary name a write to `target` uses: hidden, unique, in the same folder. */
export function temporaryNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** A temporary file older than this was left by a write that a crash cut short. */
export const STALE_TEMPORARY_MS = 10 * 60_000;

/**
 * Removes temporary files an earlier write to `target` left when the process was killed before
 * it could clean up (they never replace the target; they only take space). Recent ones may
 * belong to a write still running, and are left alone.
 */
export function removeStaleTemporaries(target: string, now = Date.now()): void {
  const folder = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length)))
      continue;
    const file = join(folder, name);
    try {
      if (now - statSync(file).mtimeMs > STALE_TEMPORARY_MS) rmSync(file, { force: true });
    } catch {
      // Gone already, or not ours to remove: the write itself is what matters.
    }
  }
}

/** Writes `bytes` to `target` atomically; `io` errors name the file and the reason. */
export function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  hooks: { beforeRename?: (temporary: string) => void } = {},
): void {
  removeStaleTemporaries(target);
  const temporary = temporaryNameFor(target);
  let descriptor: number | null = null;
  try {
    descriptor = openSync(temporary, 'wx', 0o644);
    const half = Math.floor(bytes.length / 2);
    writeAll(descriptor, bytes.subarray(0, half));
    reachedStep('export:mid-write');
    writeAll(descriptor, bytes.subarray(half));
    fsyncSync(descriptor);
    closeSync(descriptor);
    descriptor = null;
    hooks.beforeRename?.(temporary);
    reachedStep('export:before-rename');
    renameSync(temporary, target);
    syncFolder(dirname(target));
  } catch (error) {
    if (descriptor !== null) closeSync(descriptor);
    rmSync(temporary, { force: true });
    if (error instanceof CaseError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error));
    const kind = code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full' : 'io';
    throw new CaseError(kind, `Could not write "${target}": ${reason}. Nothing was changed there.`);
  }
}

function writeAll(descriptor: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length;) {
    offset += writeSync(descriptor, bytes, offset, bytes.length - offset);
  }
}
