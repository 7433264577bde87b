import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolderOf, listBackups } from './backups';
import { CaseDatabase } from './case-database';
import { CaseIntegrity } from './case-integrity';
import { walPathOf } from './case-recovery';
import { openExclusiveConnection } from './connection';
import { damageRootPage, sampleSource, thrown, useTempDir } from './test-helpers';

// A case opened with its check 'after-open' answers at once; the quick check runs in a worker
// thread and the case learns what it found when the `integrity` promise settles.

const HEAVY = 60_000;

const report = (n: number) =>
  sampleSource(
    `Report ${n}: the convoy crossed the border.\n\n${'Witnesses said so. '.repeat(200)}`,
  );

describe('the integrity check after open', () => {
  const tempDir = useTempDir();
  const file = () => path.join(tempDir(), 'case.corroborate');
  const opened: CaseDatabase[] = [];
  const open = (integrityCheck: 'at-open' | 'after-open', at = file()) => {
    const db = CaseDatabase.open(at, {
      now: () => new Date('2026-11-26T18:00:00Z'),
      integrityCheck,
    });
    opened.push(db);
    return db;
  };
  afterEach(() => opened.splice(0).forEach((db) => db.close()));

  /** A closed case with 6 sources, backed up after the first 4 unless `backup` is false. */
  function closedCase({ backup = true } = {}): void {
    const db = CaseDatabase.create(file(), { name: 'Riots' });
    for (let n = 0; n < 4; n++) db.insertSource(report(n));
    if (backup) db.backup({ now: new Date('2026-11-26T17:30:00Z') });
    db.insertSource(report(4));
    db.insertSource(report(5));
    db.close();
  }

  it(
    'reports a healthy case healthy and keeps taking changes, during the check and after',
    async () => {
      closedCase();
      const db = open('after-open');
      // Written while the worker reads the file: these go to the log, not under its feet.
      db.insertSource(report(6));
      expect(await db.integrity).toEqual({ state: 'healthy' });
      expect(db.damage).toBeNull();
      db.insertSource(report(7));
      expect(db.listSources()).toHaveLength(8);
    },
    HEAVY,
  );

  it(
    'returns from open before the check: damage inside is reported later, not at open',
    async () => {
      closedCase();
      damageRootPage(file(), 'source_pairs_by_b', 'cell-count');
      const db = open('after-open');
      // Had the check run on the opening call stack, the case would have been restored.
      expect(db.recovery).toBeNull();
      expect(db.damage).toBeNull();
      const found = await db.integrity;
      expect(found).toMatchObject({ state: 'damaged' });
      expect(found.state === 'damaged' && found.found).toMatch(
        /^part of the case file is damaged \(.*btreeInitPage\(\) returns error code 11/s,
      );
      expect(db.damage).toBe(
        `"${file()}" is damaged: ${found.state === 'damaged' ? found.found : ''}. Changes to it are no longer saved. Close the case and open it again to restore it from its newest backup.`,
      );
    },
    HEAVY,
  );

  it(
    'refuses changes and backups once damage is found, keeps reads, and restores at the next open',
    async () => {
      closedCase();
      damageRootPage(file(), 'source_pairs_by_b', 'cell-count');
      const db = open('after-open');
      await db.integrity;
      const refused = thrown(() => db.insertSource(report(6)));
      expect(refused.code).toBe('io');
      expect(refused.message).toBe(db.damage);
      expect(thrown(() => db.setSearchLanguage('fr')).message).toBe(db.damage);
      const backups = listBackups(file());
      expect(thrown(() => db.backup({ now: new Date('2026-11-26T18:30:00Z') })).message).toBe(
        db.damage,
      );
      expect(listBackups(file())).toEqual(backups);
      expect(db.listSources()).toHaveLength(6);
      db.close();
      // The damaged session left its flag set, so this open checks first and restores.
      const again = open('after-open');
      expect(again.recovery).toMatchObject({ kind: 'damaged-page', restoredFrom: 'backup' });
      expect(again.listSources()).toHaveLength(4);
      expect(await again.integrity).toEqual({ state: 'healthy' });
    },
    HEAVY,
  );

  it(
    'without a backup, says so, and the next open refuses the case as the check at open does',
    async () => {
      closedCase({ backup: false });
      damageRootPage(file(), 'source_pairs_by_b', 'cell-count');
      const db = open('after-open');
      await db.integrity;
      expect(db.damage).toMatch(
        /There is no backup to restore it from: export what you need before closing it\.$/,
      );
      db.close();
      opened.pop();
      const error = thrown(() => open('after-open'));
      expect(error.code).toBe('io');
      expect(error.message).toMatch(/is damaged: part of the case file is damaged \(/);
      expect(error.message).toContain('There is no backup to restore it from');
    },
    HEAVY,
  );

  it(
    'checks at open a case whose last session did not end cleanly, even when asked to check after',
    () => {
      closedCase();
      const live = CaseDatabase.open(file());
      // What a crash leaves: the case flagged open, its (checkpointed) log, its backups.
      const folder = path.join(tempDir(), 'crash');
      fs.mkdirSync(folder);
      const crashed = path.join(folder, 'case.corroborate');
      fs.copyFileSync(file(), crashed);
      fs.copyFileSync(walPathOf(file()), walPathOf(crashed));
      fs.cpSync(backupFolderOf(file()), backupFolderOf(crashed), { recursive: true });
      live.close();
      damageRootPage(crashed, 'source_pairs_by_b', 'cell-count');
      const db = open('after-open', crashed);
      expect(db.recovery).toMatchObject({ kind: 'damaged-page', restoredFrom: 'backup' });
    },
    HEAVY,
  );

  it(
    'stops copying the log into the file while the check reads it, and resumes after',
    async () => {
      closedCase();
      const db = openExclusiveConnection(file());
      try {
        const autoCheckpoint = () =>
          db.prepare('PRAGMA wal_autocheckpoint').get()?.['wal_autocheckpoint'];
        expect(autoCheckpoint()).toBe(1000);
        const integrity = new CaseIntegrity(file(), db, false);
        expect(autoCheckpoint()).toBe(0);
        expect(await integrity.result).toEqual({ state: 'healthy' });
        expect(autoCheckpoint()).toBe(1000);
      } finally {
        db.close();
      }
    },
    HEAVY,
  );

  it(
    'makes the connection read-only at the SQLite level once damage is found',
    async () => {
      closedCase();
      damageRootPage(file(), 'source_pairs_by_b', 'cell-count');
      const db = openExclusiveConnection(file());
      try {
        const integrity = new CaseIntegrity(file(), db, false);
        expect((await integrity.result).state).toBe('damaged');
        expect(() => db.exec("UPDATE case_info SET name = 'Other'")).toThrow(/readonly/);
        expect(() => integrity.assertWritable()).toThrow(integrity.damage ?? 'no damage');
      } finally {
        db.close();
      }
    },
    HEAVY,
  );

  it(
    'a check still running when the case closes is abandoned, not reported',
    async () => {
      closedCase();
      damageRootPage(file(), 'source_pairs_by_b', 'cell-count');
      const db = open('after-open');
      db.close();
      expect(await db.integrity).toEqual({
        state: 'not-checked',
        reason: 'the case was closed before its check finished',
      });
      expect(db.damage).toBeNull();
    },
    HEAVY,
  );
});
