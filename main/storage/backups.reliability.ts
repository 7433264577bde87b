import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { recordScore } from '../reliability/scoreboard';
import { backupFolderOf, checkCaseCopy, listBackups, type BackupInfo } from './backups';
import { CaseDatabase } from './case-database';
import { walPathOf } from './case-recovery';
import type { Step } from './fault-points';
import { REPO_ROOT, sampleSource } from './test-helpers';

// Promise 4 of the reliability suite: verified backups survive kills while they are written,
// a damaged case is restored at open on each kind of damage, and a kill during the restore
// leaves a case the next open restores again, never a mix.

const CHILD = path.join(import.meta.dirname, 'backup-kill-child.ts');
const score = { kills: 0, midBackup: 0, backupsLost: 0, mixed: 0, damageKinds: 0, notRestored: 0 };

afterAll(() =>
  recordScore({
    suite: 'Backups',
    figures: [
      { label: 'kills while backing up or restoring', value: score.kills },
      { label: 'caught with a backup half written', value: score.midBackup },
      { label: 'good backups lost', value: score.backupsLost, mustBeZero: true },
      { label: 'mixed or unreadable results', value: score.mixed, mustBeZero: true },
      { label: 'damage kinds restored', value: score.damageKinds },
      { label: 'damaged cases not restored', value: score.notRestored, mustBeZero: true },
    ],
  }),
);

function workspace(): { dir: string; casePath: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-backups-'));
  return { dir, casePath: path.join(dir, 'case.corroborate') };
}

/** A closed case with `sources` sources and two verified backups. */
function preparedCase(casePath: string, sources = 4): void {
  const db = CaseDatabase.create(casePath, { name: 'Backups' });
  for (let n = 0; n < sources; n++) {
    db.insertSource(sampleSource(`Report ${n}\n\n${'Witnesses said so. '.repeat(300)}`));
    if (n >= sources - 2) db.backup({ now: new Date(Date.UTC(2026, 10, 26, 17, n)) });
  }
  db.close();
}

function runChild(
  config: Record<string, unknown>,
  killAfterMs?: number,
): Promise<{ lines: string[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', '--import', 'tsx', CHILD, JSON.stringify(config)],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (killAfterMs !== undefined && out.includes('opened') && !child.killed) {
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        killAfterMs = undefined;
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`child failed (${code}):\n${err}`));
      else resolve({ lines: out.trim().split('\n'), signal });
    });
  });
}

/**
 * No good backup is lost: at least two remain, each passes SQLite's integrity check, and the
 * newest from before the kill is still there unless a newer verified one replaced it.
 */
function expectBackupsKept(casePath: string, before: readonly BackupInfo[]): void {
  const now = listBackups(casePath);
  const newestBefore = before[0];
  if (
    newestBefore &&
    !now.some((b) => b.path === newestBefore.path || b.takenAt > newestBefore.takenAt)
  ) {
    score.backupsLost += 1;
  }
  for (const backup of now) {
    if (!checkCaseCopy(backup.path, 'integrity').ok) score.backupsLost += 1;
  }
  if (now.length < 2) score.backupsLost += 1;
  expect(now.length).toBeGreaterThanOrEqual(2);
  expect(score.backupsLost).toBe(0);
}

/** The case opens, passes SQLite's integrity check and holds every acknowledged source. */
function expectCaseWhole(casePath: string, titles: readonly string[]): CaseDatabase {
  const db = CaseDatabase.open(casePath);
  const held = new Set(db.listSources().map((s) => s.title));
  const missing = titles.filter((title) => !held.has(title));
  if (missing.length > 0) score.mixed += 1;
  expect(missing).toEqual([]);
  db.close();
  const raw = new DatabaseSync(casePath, { readOnly: true });
  const integrity = raw.prepare('PRAGMA integrity_check').get();
  raw.close();
  if (integrity?.['integrity_check'] !== 'ok') score.mixed += 1;
  expect(integrity?.['integrity_check']).toBe('ok');
  return db;
}

describe('backups under kills', () => {
  it.each(['backup:after-copy', 'backup:before-rename', 'backup:before-prune'] as const)(
    'a kill at %s keeps the case and every earlier backup',
    async (step: Step) => {
      const { dir, casePath } = workspace();
      preparedCase(casePath);
      const before = listBackups(casePath);
      const { lines, signal } = await runChild({ casePath, killAt: step, title: 'Killed' });
      expect(signal).toBe('SIGKILL');
      score.kills += 1;
      const added = lines.filter((l) => l.startsWith('added ')).map((l) => l.slice(6));
      expectBackupsKept(casePath, before);
      expectCaseWhole(casePath, added);
      // The next backup clears what the kill left and is complete and verified.
      const db = CaseDatabase.open(casePath);
      db.insertSource(sampleSource('One more report.'));
      const next = db.backup({ now: new Date(Date.UTC(2026, 10, 27)) });
      db.close();
      expect(checkCaseCopy(next.path, 'integrity').ok).toBe(true);
      expect(fs.readdirSync(backupFolderOf(casePath)).filter((n) => n.startsWith('.'))).toEqual([]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  );

  it('kills at random moments of a loop of backups never cost a good backup', async () => {
    const { dir, casePath } = workspace();
    preparedCase(casePath);
    const rounds = 12 * Math.max(1, Number(process.env['RELIABILITY_SCALE'] ?? '1'));
    const acknowledged: string[] = [];
    for (let round = 0; round < rounds; round++) {
      const before = listBackups(casePath);
      const { lines } = await runChild(
        { casePath, loop: true, title: `Round ${round}` },
        20 + ((round * 37) % 180),
      );
      score.kills += 1;
      const folder = fs.readdirSync(backupFolderOf(casePath));
      if (folder.some((name) => name.startsWith('.incoming-'))) score.midBackup += 1;
      acknowledged.push(...lines.filter((l) => l.startsWith('added ')).map((l) => l.slice(6)));
      expectBackupsKept(casePath, before);
      expectCaseWhole(casePath, acknowledged);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(['restore:after-copy', 'restore:after-set-aside'] as const)(
    'a kill at %s leaves a case the next open restores',
    async (step: Step) => {
      const { dir, casePath } = workspace();
      preparedCase(casePath);
      fs.truncateSync(casePath, 3000);
      const { signal } = await runChild({ casePath, killAt: step, title: 'Never' });
      expect(signal).toBe('SIGKILL');
      score.kills += 1;
      const db = CaseDatabase.open(casePath);
      if (!db.recovery) score.notRestored += 1;
      expect(db.recovery).toMatchObject({ restoredFrom: 'backup' });
      expect(db.listSources()).toHaveLength(4);
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  );
});

describe('damage at open', () => {
  const damages: [string, (casePath: string) => void][] = [
    ['truncated', (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2))],
    ['garbage-start', (file) => overwrite(file, 0, 4096)],
    [
      'damaged-page',
      (file) => {
        const raw = new DatabaseSync(file, { readOnly: true });
        const page = Number(
          raw.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'paragraphs'").get()?.[
            'rootpage'
          ],
        );
        raw.close();
        overwrite(file, (page - 1) * 4096, 4096);
      },
    ],
  ];

  it.each(damages)('restores a %s case from its newest backup', (kind, damage) => {
    const { dir, casePath } = workspace();
    preparedCase(casePath);
    damage(casePath);
    const db = CaseDatabase.open(casePath);
    if (db.recovery?.kind !== kind) score.notRestored += 1;
    else score.damageKinds += 1;
    expect(db.recovery).toMatchObject({ kind, restoredFrom: 'backup' });
    expect(db.listSources()).toHaveLength(4);
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(['lost-wal', 'foreign-wal'] as const)(
    'restores a case whose write-ahead log is %s after a crash',
    async (kind) => {
      const { dir, casePath } = workspace();
      preparedCase(casePath);
      // A crash with work in the log: the child is killed after its backup loop started.
      await runChild({ casePath, loop: true, title: 'Crashed' }, 150);
      score.kills += 1;
      expect(fs.existsSync(walPathOf(casePath))).toBe(true);
      if (kind === 'lost-wal') {
        fs.rmSync(walPathOf(casePath));
      } else {
        const other = path.join(dir, 'other.corroborate');
        preparedCase(other, 2);
        const db = CaseDatabase.open(other);
        db.insertSource(sampleSource('Only in the other case.'));
        fs.copyFileSync(walPathOf(other), walPathOf(casePath));
        db.close();
      }
      const db = CaseDatabase.open(casePath);
      if (db.recovery?.kind !== kind) score.notRestored += 1;
      else score.damageKinds += 1;
      expect(db.recovery?.kind).toBe(kind);
      expect(db.info().name).toBe('Backups');
      expect(db.listSources().length).toBeGreaterThanOrEqual(4);
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  );
});

function overwrite(file: string, offset: number, length: number): void {
  const descriptor = fs.openSync(file, 'r+');
  const garbage = Buffer.alloc(length);
  for (let i = 0; i < length; i++) garbage[i] = (i * 7919 + 13) & 0xff;
  fs.writeSync(descriptor, garbage, 0, length, offset);
  fs.closeSync(descriptor);
}
