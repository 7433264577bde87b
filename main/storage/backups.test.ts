import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseDatabase } from './case-database';
import {
  backupFileName,
  backupFolderOf,
  checkCaseCopy,
  KEEP_BACKUPS,
  listBackups,
} from './backups';
import { setStepHook } from './fault-points';
import { sampleSource, thrown, useTempDir } from './test-helpers';

describe('backups', () => {
  const tempDir = useTempDir();
  const file = () => path.join(tempDir(), 'case.corroborate');
  const open: CaseDatabase[] = [];
  const create = () => {
    const db = CaseDatabase.create(file(), { name: 'Riots' });
    open.push(db);
    return db;
  };
  afterEach(() => {
    setStepHook(null);
    open.splice(0).forEach((db) => db.close());
  });
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 17, minute, 0, 0));

  it('writes a verified copy beside the case, named by time and revision', () => {
    const db = create();
    db.insertSource(sampleSource());
    const backup = db.backup({ now: at(1) });
    expect(backup.path).toBe(
      path.join(backupFolderOf(file()), backupFileName(at(1), db.info().revision)),
    );
    expect(backup.revision).toBe(db.info().revision);
    expect(checkCaseCopy(backup.path, 'integrity')).toMatchObject({ ok: true, name: 'Riots' });
    expect(listBackups(file())).toEqual([backup]);
    // Only the backup: no temporary file, no journal left in the folder.
    expect(fs.readdirSync(backupFolderOf(file()))).toEqual([path.basename(backup.path)]);
  });

  it('holds the case as it was: the copy opens as a case with the same sources', () => {
    const db = create();
    const id = db.insertSource(sampleSource());
    const backup = db.backup({ now: at(1) });
    const copy = CaseDatabase.open(backup.path);
    open.push(copy);
    expect(copy.getSource(id)).toEqual(db.getSource(id));
  });

  it(`keeps the newest ${KEEP_BACKUPS} and removes older ones only after a new one is verified`, () => {
    const db = create();
    const taken = [1, 2, 3, 4, 5].map((minute) => {
      db.insertSource(sampleSource(`Report number ${minute}.`));
      return db.backup({ now: at(minute) });
    });
    expect(listBackups(file())).toEqual(taken.slice(-KEEP_BACKUPS).reverse());
  });

  it('never keeps fewer than two, whatever is asked', () => {
    const db = create();
    db.backup({ now: at(1), keep: 0 });
    db.backup({ now: at(2), keep: 0 });
    expect(listBackups(file())).toHaveLength(2);
  });

  it.each(['backup:after-copy', 'backup:before-rename'] as const)(
    'a failure at %s keeps every earlier backup and leaves no temporary file',
    (step) => {
      const db = create();
      const first = db.backup({ now: at(1) });
      const second = db.backup({ now: at(2) });
      setStepHook((reached) => {
        if (reached === step) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      });
      const error = thrown(() => db.backup({ now: at(3) }));
      expect(error.code).toBe('disk-full');
      expect(error.message).toContain('the disk is full');
      expect(listBackups(file())).toEqual([second, first]);
      expect(fs.readdirSync(backupFolderOf(file())).sort()).toEqual(
        [path.basename(first.path), path.basename(second.path)].sort(),
      );
    },
  );

  it('reports a backup folder that is not a folder as an io error naming it', () => {
    const db = create();
    fs.writeFileSync(backupFolderOf(file()), 'in the way');
    const error = thrown(() => db.backup({ now: at(1) }));
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/^Could not back up the case into ".*case\.corroborate-backups"/);
    expect(error.message).toContain('The case itself and the earlier backups are unchanged.');
  });

  it('removes a temporary file a crash left behind at the next backup', () => {
    const db = create();
    fs.mkdirSync(backupFolderOf(file()));
    const stray = path.join(backupFolderOf(file()), '.incoming-abc.tmp');
    fs.writeFileSync(stray, 'half a copy');
    db.backup({ now: at(1) });
    expect(fs.existsSync(stray)).toBe(false);
  });

  it('lists nothing for a case without backups, and ignores files that are not backups', () => {
    expect(listBackups(file())).toEqual([]);
    fs.mkdirSync(backupFolderOf(file()));
    fs.writeFileSync(path.join(backupFolderOf(file()), 'notes.txt'), 'mine');
    expect(listBackups(file())).toEqual([]);
  });

  it('reports a copy that is not a case, or is damaged, with the reason', () => {
    const junk = path.join(tempDir(), 'junk.corroborate');
    fs.writeFileSync(junk, Buffer.alloc(8192, 7));
    expect(checkCaseCopy(junk)).toMatchObject({ ok: false, reason: expect.any(String) });
  });
});
