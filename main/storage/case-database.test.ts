import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { CASE_APPLICATION_ID, CASE_SCHEMA_VERSION, CaseDatabase } from './case-database';
import { claimCaseFile } from './open-cases';
import {
  makeRawDatabase,
  sampleSource,
  sha256,
  snapshotFolder,
  thrown,
  useTempDir,
} from './test-helpers';

describe('CaseDatabase', () => {
  const tempDir = useTempDir();
  const opened: CaseDatabase[] = [];
  const track = (db: CaseDatabase) => (opened.push(db), db);
  const file = (name = 'case.corroborate') => path.join(tempDir(), name);
  const create = (name = 'Riots') => track(CaseDatabase.create(file(), { name }));
  const open = (target = file()) => track(CaseDatabase.open(target));
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });

  describe('create', () => {
    it('makes a case at the latest schema version', () => {
      const before = Date.now();
      const db = create('  Riots 2024 ');
      const info = db.info();
      expect(info).toMatchObject({
        name: 'Riots 2024',
        schemaVersion: CASE_SCHEMA_VERSION,
        sourceCount: 0,
      });
      expect(Date.parse(info.createdAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(info.createdAt)).toBeLessThanOrEqual(Date.now());
      expect(db.path).toBe(file());
    });

    it('stores the absolute path', () => {
      const relative = path.relative(process.cwd(), file());
      expect(track(CaseDatabase.create(relative, { name: 'R' })).path).toBe(file());
    });

    it('refuses an existing case, leaving it untouched', () => {
      create().close();
      const before = snapshotFolder(tempDir());
      expect(thrown(() => create('Again')).code).toBe('already-exists');
      expect(snapshotFolder(tempDir())).toEqual(before);
    });

    it.each(['', '   '])('refuses the name %j and creates nothing', (name) => {
      expect(thrown(() => create(name)).code).toBe('invalid-request');
      expect(fs.readdirSync(tempDir())).toEqual([]);
    });
  });

  describe('open', () => {
    it('reports a missing file as not-found, naming it', () => {
      const error = thrown(() => open(file('gone.corroborate')));
      expect(error.code).toBe('not-found');
      expect(error.message).toContain(file('gone.corroborate'));
    });

    it.each<[string, (target: string) => void, string]>([
      ['an empty file', (f) => fs.writeFileSync(f, ''), 'not-a-case'],
      ['a text file', (f) => fs.writeFileSync(f, 'Call the agency.'), 'not-a-case'],
      ['another SQLite database', (f) => makeRawDatabase(f, 'CREATE TABLE t (x)'), 'not-a-case'],
      [
        'a case from a newer build',
        (f) =>
          makeRawDatabase(
            f,
            `PRAGMA application_id = ${CASE_APPLICATION_ID};
             PRAGMA user_version = ${CASE_SCHEMA_VERSION + 1};`,
          ),
        'newer-schema',
      ],
    ])('refuses %s, leaving it byte-for-byte untouched with no side files', (_l, make, code) => {
      make(file());
      const before = snapshotFolder(tempDir());
      expect(thrown(() => open()).code).toBe(code);
      expect(snapshotFolder(tempDir())).toEqual(before);
      // A refused open keeps no claim on the file.
      claimCaseFile(file())();
    });

    it('migrates a case at version 0 to the latest version', () => {
      makeRawDatabase(file(), `PRAGMA application_id = ${CASE_APPLICATION_ID};`);
      const db = open();
      expect(db.info()).toMatchObject({ schemaVersion: CASE_SCHEMA_VERSION, sourceCount: 0 });
      expect(db.insertSource(sampleSource())).toBe(1);
    });

    it('re-checks the version through SQLite when the header lags behind the WAL', () => {
      const original = path.join(tempDir(), 'original.db');
      const writer = new DatabaseSync(original);
      writer.exec(`PRAGMA application_id = ${CASE_APPLICATION_ID}; PRAGMA journal_mode = WAL;
        PRAGMA wal_autocheckpoint = 0; PRAGMA user_version = ${CASE_SCHEMA_VERSION + 5};`);
      // Copy the file and its WAL as a crash would leave them: the header still says version 0.
      fs.copyFileSync(original, file());
      fs.copyFileSync(`${original}-wal`, `${file()}-wal`);
      writer.close();
      expect(fs.readFileSync(file()).readUInt32BE(60)).toBe(0);
      const error = thrown(() => open());
      expect(error.code).toBe('newer-schema');
      expect(error.message).toContain(`case format ${CASE_SCHEMA_VERSION + 5}`);
    });

    it('keeps everything across close and reopen', () => {
      const db = create();
      const id = db.insertSource(sampleSource());
      db.updateSourceMetadata(id, { title: 'Edited', agency: 'AP' });
      const detail = db.getSource(id);
      const info = db.info();
      db.close();
      expect(fs.readdirSync(tempDir())).toEqual(['case.corroborate']);
      const reopened = open();
      expect(reopened.getSource(id)).toEqual(detail);
      expect(reopened.info()).toEqual(info);
    });

    it('refuses a second open in this process until the first is closed', () => {
      const first = create();
      const error = thrown(() => open());
      expect(error.code).toBe('case-locked');
      expect(error.message).toBe(
        `"${file()}" is open in another Corroborate window. Close it there first.`,
      );
      first.close();
      expect(open().info().name).toBe('Riots');
    });
  });

  describe('close', () => {
    it('is idempotent and later calls report no-case-open', () => {
      const db = create();
      db.close();
      db.close();
      for (const call of [() => db.info(), () => db.listSources(), () => db.getSource(1)]) {
        expect(thrown(call).code).toBe('no-case-open');
      }
    });
  });

  describe('sources', () => {
    it('inserts, finds, lists, reads and edits through one connection', () => {
      const db = create();
      const first = db.insertSource(sampleSource('First report.\n\nSecond paragraph.'));
      const second = db.insertSource(sampleSource('Another report.', { fileName: 'b.txt' }));
      expect(db.findSourceIdByHash(sha256('Another report.'))).toBe(second);
      expect(db.findSourceIdByHash(sha256('nothing'))).toBeNull();
      const republished = sampleSource('Another report.', { fileName: 'b.txt' });
      republished.metadata = { ...republished.metadata, title: 'Another headline' };
      expect(db.findSameImport(republished)).toBeNull();
      expect(db.findSameImport(sampleSource('Another report.', { fileName: 'b.txt' }))?.id).toBe(
        second,
      );
      expect(db.listSources().map((s) => [s.id, s.fileName])).toEqual([
        [first, 'fox.txt'],
        [second, 'b.txt'],
      ]);
      expect(db.getSource(first).paragraphs.map((p) => p.text)).toEqual([
        'First report.',
        'Second paragraph.',
      ]);
      expect(db.updateSourceMetadata(first, { title: 'Report' }).value).toMatchObject({
        title: 'Report',
        titleDerived: false,
      });
      expect(db.info().sourceCount).toBe(2);
    });

    it('reports duplicates, missing sources and bad edits with the right codes', () => {
      const db = create();
      const id = db.insertSource(sampleSource());
      expect(thrown(() => db.insertSource(sampleSource())).code).toBe('already-exists');
      expect(thrown(() => db.getSource(id + 1)).code).toBe('not-found');
      expect(thrown(() => db.updateSourceMetadata(id + 1, { url: 'x' })).code).toBe('not-found');
      expect(thrown(() => db.updateSourceMetadata(id, { title: '' })).code).toBe('invalid-request');
    });

    it('bumps the revision on every write and only on writes', () => {
      const db = create();
      const start = db.info().revision;
      const id = db.insertSource(sampleSource());
      // The same file with the same details is refused, and a refusal writes nothing.
      expect(() => db.insertSource(sampleSource())).toThrow();
      db.updateSourceMetadata(id, { outlet: 'Wire' });
      db.listSources();
      db.getSource(id);
      expect(db.info().revision).toBe(start + 2);
    });
  });
});
