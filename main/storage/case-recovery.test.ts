import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolderOf, listBackups } from './backups';
import { CaseDatabase } from './case-database';
import { damagedPathFor, promisedSize, walPathOf } from './case-recovery';
import { sampleSource, snapshotFolder, thrown, useTempDir } from './test-helpers';

// Each kind of damage is made the way it happens to real files, on a case with real work and
// backups; opening the case must detect it, keep the damaged file, restore the newest good copy
// and say so.

const report = (n: number) =>
  sampleSource(
    `Report ${n}: the convoy crossed the border at dawn.\n\n${'Witnesses said so. '.repeat(200)}`,
  );

describe('case recovery at open', () => {
  const tempDir = useTempDir();
  const file = () => path.join(tempDir(), 'case.corroborate');
  const opened: CaseDatabase[] = [];
  const open = () => {
    const db = CaseDatabase.open(file(), { now: () => new Date('2026-11-26T18:00:00Z') });
    opened.push(db);
    return db;
  };
  afterEach(() => opened.splice(0).forEach((db) => db.close()));

  /** A closed case with 12 sources and a backup taken after the first 10. */
  function caseWithBackup(): void {
    const db = CaseDatabase.create(file(), { name: 'Riots' });
    for (let n = 0; n < 10; n++) db.insertSource(report(n));
    db.backup({ now: new Date('2026-11-26T17:30:00Z') });
    db.insertSource(report(10));
    db.insertSource(report(11));
    db.close();
  }

  function expectRestoredFromBackup(db: CaseDatabase, kind: string): void {
    expect(db.recovery).toMatchObject({
      kind,
      restoredFrom: 'backup',
      restoredAt: '2026-11-26T17:30:00.000Z',
    });
    expect(db.listSources()).toHaveLength(10);
    expect(fs.existsSync(db.recovery?.damagedPath ?? '')).toBe(true);
    expect(path.basename(db.recovery?.damagedPath ?? '')).toBe(
      'case (damaged 2026-11-26 18-00-00).corroborate',
    );
  }

  it('opens a healthy case without touching its backups or reporting anything', () => {
    caseWithBackup();
    const db = open();
    expect(db.recovery).toBeNull();
    expect(db.listSources()).toHaveLength(12);
  });

  it('restores a truncated case from its backup', () => {
    caseWithBackup();
    const size = fs.statSync(file()).size;
    fs.truncateSync(file(), Math.floor(size / 2));
    const damaged = fs.readFileSync(file());
    const db = open();
    expectRestoredFromBackup(db, 'truncated');
    expect(db.recovery?.found).toContain('cut short');
    expect(fs.readFileSync(db.recovery?.damagedPath ?? '')).toEqual(damaged);
  });

  it('restores a case whose first page is garbage', () => {
    caseWithBackup();
    const fd = fs.openSync(file(), 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 0);
    fs.closeSync(fd);
    const db = open();
    expectRestoredFromBackup(db, 'garbage-start');
  });

  it('restores a case with a damaged page inside', () => {
    caseWithBackup();
    const probe = new DatabaseSync(file(), { readOnly: true });
    const row = probe.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'paragraphs'").get();
    const pageSize = Number(probe.prepare('PRAGMA page_size').get()?.['page_size']);
    probe.close();
    const page = Number(row?.['rootpage']);
    const fd = fs.openSync(file(), 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
    fs.closeSync(fd);
    const db = open();
    expectRestoredFromBackup(db, 'damaged-page');
    expect(db.recovery?.found).toContain('damaged');
  });

  /** Copies the case as a crash would leave it (file, log, backups) into `folder`. */
  function crashImage(db: CaseDatabase, folder: string): string {
    fs.mkdirSync(folder);
    const target = path.join(folder, 'case.corroborate');
    fs.copyFileSync(db.path, target);
    fs.copyFileSync(walPathOf(db.path), walPathOf(target));
    fs.cpSync(backupFolderOf(db.path), backupFolderOf(target), { recursive: true });
    return target;
  }

  it('restores the newest good copy when the write-ahead log was lost', () => {
    const db = CaseDatabase.create(file(), { name: 'Riots' });
    for (let n = 0; n < 3; n++) db.insertSource(report(n));
    db.backup({ now: new Date('2026-11-26T17:30:00Z') });
    db.insertSource(report(3));
    const crashed = crashImage(db, path.join(tempDir(), 'crash'));
    db.close();
    fs.rmSync(walPathOf(crashed));
    const restored = CaseDatabase.open(crashed, { now: () => new Date('2026-11-26T18:00:00Z') });
    opened.push(restored);
    expect(restored.recovery).toMatchObject({ kind: 'lost-wal', restoredFrom: 'backup' });
    expect(restored.listSources().map((s) => s.title.split(':')[0])).toEqual([
      'Report 0',
      'Report 1',
      'Report 2',
    ]);
  });

  it('restores the case without a write-ahead log that belongs to another case', () => {
    caseWithBackup();
    const other = CaseDatabase.create(path.join(tempDir(), 'other.corroborate'), { name: 'Other' });
    other.insertSource(report(99));
    fs.copyFileSync(walPathOf(other.path), walPathOf(file()));
    other.close();
    const db = open();
    expect(db.recovery).toMatchObject({ kind: 'foreign-wal', restoredFrom: 'case-file' });
    expect(db.info().name).toBe('Riots');
    expect(db.listSources()).toHaveLength(12);
    expect(fs.existsSync(walPathOf(db.recovery?.damagedPath ?? ''))).toBe(true);
  });

  it('refuses a damaged case that has no backup, and leaves it exactly as it was', () => {
    const db = CaseDatabase.create(file(), { name: 'Riots' });
    for (let n = 0; n < 10; n++) db.insertSource(report(n));
    db.close();
    fs.truncateSync(file(), Math.floor(fs.statSync(file()).size / 2));
    const before = snapshotFolder(tempDir());
    const error = thrown(() => open());
    expect(error.code).toBe('io');
    expect(error.message).toContain('damaged');
    expect(snapshotFolder(tempDir())).toEqual(before);
  });

  it('after restoring, the case opens again cleanly with nothing more to report', () => {
    caseWithBackup();
    fs.truncateSync(file(), 2048);
    open().close();
    opened.pop();
    const again = open();
    expect(again.recovery).toBeNull();
    expect(again.listSources()).toHaveLength(10);
    expect(listBackups(file())).toHaveLength(1);
  });

  it('names the damaged copy without overwriting an earlier one', () => {
    const now = new Date('2026-11-26T18:00:00Z');
    const first = damagedPathFor(file(), now);
    fs.writeFileSync(first, '');
    expect(damagedPathFor(file(), now)).toBe(
      path.join(tempDir(), 'case (damaged 2026-11-26 18-00-00 2).corroborate'),
    );
  });

  it('reads the size a header promises only when the header says it is valid', () => {
    const header = Buffer.alloc(100);
    header.writeUInt16BE(4096, 16);
    header.writeUInt32BE(7, 24);
    header.writeUInt32BE(10, 28);
    header.writeUInt32BE(7, 92);
    expect(promisedSize(header)).toBe(40960);
    header.writeUInt32BE(6, 92);
    expect(promisedSize(header)).toBeNull();
    expect(promisedSize(header.subarray(0, 50))).toBeNull();
  });
});
