// Shared fixtures for the storage tests (not used by production code).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach } from 'vitest';
import { emptyMetadata } from '../testing/metadata';
import type { NewSource } from './source-validation';

export { emptyMetadata };

/** A fresh temp folder per test, removed afterwards. Call at the top of a describe block. */
export function useTempDir(): () => string {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-storage-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** Every file in a folder with its bytes, to prove nothing was written or created. */
export function snapshotFolder(dir: string): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const stats = fs.lstatSync(full);
    if (stats.isSymbolicLink()) snapshot[name] = `-> ${fs.readlinkSync(full)}`;
    else snapshot[name] = stats.isFile() ? fs.readFileSync(full).toString('hex') : '<dir>';
  }
  return snapshot;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A valid NewSource for `text`, with paragraphs split at blank lines (in code points). */
export function sampleSource(
  text = 'Fox 🦊 crosses the road.\n\nWitnesses said the fox looked calm.',
  overrides: Partial<NewSource> = {},
): NewSource {
  const paragraphs: { start: number; end: number }[] = [];
  let start = 0;
  for (const block of text.split('\n\n')) {
    const length = Array.from(block).length;
    paragraphs.push({ start, end: start + length });
    start += length + 2;
  }
  return {
    metadata: { ...emptyMetadata, title: text.split('\n')[0] ?? 'Untitled', outlet: 'Daily Fox' },
    titleDerived: true,
    fileName: 'fox.txt',
    text,
    paragraphs,
    removedLines: ['Share this article'],
    wordCount: text.split(/\s+/).filter(Boolean).length,
    contentHash: sha256(text),
    importedAt: '2024-05-01T10:00:00.000Z',
    ...overrides,
  };
}

/** Makes an SQLite file directly (rollback journal, no Corroborate code involved). */
export function makeRawDatabase(filePath: string, sql: string): void {
  const db = new DatabaseSync(filePath);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

/** Runs `work` and returns the error it throws (fails the test if it does not throw). */
export function thrown(work: () => unknown): Error & { code?: unknown } {
  try {
    work();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`Threw a non-Error: ${String(error)}`, { cause: error });
  }
  throw new Error('Expected an error, but nothing was thrown.');
}

/** The repository root, so child processes can resolve `tsx` and our modules. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Node arguments for a child that runs `script` as an ES module (TypeScript imports via tsx). */
export function nodeArgs(script: string): string[] {
  return ['--no-warnings', '--import', 'tsx', '--input-type=module', '-e', script];
}

/**
 * A script for a separate process that tries to read `file` with plain node:sqlite, as any
 * other program would, and prints `read` or the SQLite error code.
 */
export function rawReaderScript(file: string): string {
  return `
    import { DatabaseSync } from 'node:sqlite';
    const db = new DatabaseSync(${JSON.stringify(file)});
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      console.log('read');
    } catch (error) {
      console.log('errcode ' + error.errcode);
    } finally {
      db.close();
    }`;
}

/**
 * Damages the root page of the table or index `name` in the closed case `file`: 'garbage'
 * overwrites it (SQLite then fails with SQLITE_CORRUPT), 'cell-count' only makes its header
 * claim too many cells (quick_check then lists the page as a problem).
 */
export function damageRootPage(
  file: string,
  name: string,
  how: 'garbage' | 'cell-count' = 'garbage',
): void {
  const probe = new DatabaseSync(file, { readOnly: true });
  const row = probe.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(name);
  const pageSize = Number(probe.prepare('PRAGMA page_size').get()?.['page_size']);
  probe.close();
  const start = (Number(row?.['rootpage']) - 1) * pageSize;
  const fd = fs.openSync(file, 'r+');
  if (how === 'garbage') fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, start);
  else fs.writeSync(fd, Buffer.from([0xff, 0xff]), 0, 2, start + 3);
  fs.closeSync(fd);
}
