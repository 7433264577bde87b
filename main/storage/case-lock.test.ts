// The case lock across processes: another Corroborate instance (a child process running this
// module through tsx) or any other SQLite client is shut out while a case is open, and the
// lock goes away with the process that held it, even when that process is killed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseDatabase } from './case-database';
import {
  REPO_ROOT,
  nodeArgs,
  rawReaderScript,
  sampleSource,
  thrown,
  useTempDir,
} from './test-helpers';

const MODULE = JSON.stringify(new URL('./case-database.ts', import.meta.url).href);
const HELPERS = JSON.stringify(new URL('./test-helpers.ts', import.meta.url).href);

/** Runs `script` in a separate Node process to completion and returns what it printed. */
function runChild(script: string): string {
  const result = spawnSync(process.execPath, nodeArgs(script), {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (result.status !== 0) throw new Error(`Child failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** What another app instance sees when it tries to open `file`. */
function openInAnotherProcess(file: string): string {
  return runChild(`
    import { CaseDatabase } from ${MODULE};
    try {
      const db = CaseDatabase.open(${JSON.stringify(file)});
      console.log('opened ' + db.info().name);
      db.close();
    } catch (error) {
      console.log(error.code ?? error.message);
    }`);
}

/** Starts a process that opens `file`, adds a source, prints `ready` and then waits forever. */
function holdInAnotherProcess(file: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    nodeArgs(`
      import { CaseDatabase } from ${MODULE};
      import { sampleSource } from ${HELPERS};
      const db = CaseDatabase.open(${JSON.stringify(file)});
      db.insertSource(sampleSource('Written by the child before it was killed.'));
      console.log('ready');
      setInterval(() => {}, 1000);`),
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`Holder exited early (${code}): ${stderr}`)));
  });
}

function killAndWait(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('the case lock across processes', () => {
  const tempDir = useTempDir();
  const file = () => path.join(tempDir(), 'case.corroborate');
  const cleanups: (() => void | Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('refuses another instance and any other SQLite reader while open, then lets them in', () => {
    const db = CaseDatabase.create(file(), { name: 'Held' });
    cleanups.push(() => db.close());
    expect(openInAnotherProcess(file())).toBe('case-locked');
    expect(runChild(rawReaderScript(file()))).toBe('errcode 5'); // SQLITE_BUSY
    db.close();
    expect(openInAnotherProcess(file())).toBe('opened Held');
  });

  it('keeps the lock when this process tries to open the case a second time', () => {
    // On POSIX, closing any descriptor of the file would drop the holder's lock; the second
    // open must be refused before it reads the file.
    const db = CaseDatabase.create(file(), { name: 'Held' });
    cleanups.push(() => db.close());
    expect(thrown(() => CaseDatabase.open(file())).code).toBe('case-locked');
    expect(
      thrown(() => CaseDatabase.open(path.join(tempDir(), '.', 'case.corroborate'))).code,
    ).toBe('case-locked');
    expect(runChild(rawReaderScript(file()))).toBe('errcode 5');
  });

  it('frees the case when the holding process is killed, keeping what it committed', async () => {
    CaseDatabase.create(file(), { name: 'Crash' }).close();
    const child = await holdInAnotherProcess(file());
    cleanups.push(() => killAndWait(child));
    expect(thrown(() => CaseDatabase.open(file())).code).toBe('case-locked');

    await killAndWait(child);
    expect(fs.existsSync(`${file()}-wal`)).toBe(true); // Left un-checkpointed by the crash.
    const db = CaseDatabase.open(file());
    cleanups.push(() => db.close());
    expect(db.listSources().map((s) => s.title)).toEqual([
      'Written by the child before it was killed.',
    ]);
    expect(db.insertSource(sampleSource('After the crash.'))).toBe(2);
  }, 20_000);
});
