import fs from 'node:fs';

/** Flushes a file's bytes to the disk. */
export function syncFile(file: string): void {
  const descriptor = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}

/**
 * Makes the entries of `folder` durable after a create or rename. Best effort: Windows cannot
 * open a folder to flush it, and its renames are durable without it.
 */
export function syncFolder(folder: string): void {
  let descriptor: number | null = null;
  try {
    descriptor = fs.openSync(folder, 'r');
    fs.fsyncSync(descriptor);
  } catch {
    // Only the durability of the folder entry is at stake, never the file's bytes.
  } finally {
    if (descriptor !== null) fs.closeSync(descriptor);
  }
}
