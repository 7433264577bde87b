import { DatabaseSync } from 'node:sqlite';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CASE_SCHEMA_VERSION,
  MIGRATIONS,
  migrate,
  readSchemaVersion,
  type Migration,
} from './migrations';

let db: DatabaseSync;
beforeEach(() => {
  db = new DatabaseSync(':memory:');
});

const tables = () =>
  db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => row['name']);

const testMigrations = (second: Migration['up']): Migration[] => [
  { version: 1, description: 'notes', up: (d) => d.exec('CREATE TABLE notes (body TEXT)') },
  { version: 2, description: 'second step', up: second },
];

describe('the shipped migrations', () => {
  it('are numbered 1..n and CASE_SCHEMA_VERSION is the last', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(CASE_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(CASE_SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('bring an empty database to the latest version with the v1 tables', () => {
    expect(migrate(db)).toEqual({ from: 0, to: CASE_SCHEMA_VERSION });
    expect(readSchemaVersion(db)).toBe(CASE_SCHEMA_VERSION);
    expect(tables()).toEqual(
      expect.arrayContaining(['case_info', 'paragraphs', 'sources', 'sqlite_sequence']),
    );
    expect(db.prepare('SELECT name, revision FROM case_info').all()).toEqual([
      { name: '', revision: 0 },
    ]);
  });

  it('do nothing on a database that is already current', () => {
    migrate(db);
    expect(migrate(db)).toEqual({ from: CASE_SCHEMA_VERSION, to: CASE_SCHEMA_VERSION });
    expect(db.prepare('SELECT count(*) AS n FROM case_info').get()?.['n']).toBe(1);
  });
});

describe('migrate', () => {
  it('runs only the pending steps and keeps existing data', () => {
    const list = testMigrations((d) => d.exec("ALTER TABLE notes ADD COLUMN tag TEXT DEFAULT 'x'"));
    migrate(db, list.slice(0, 1));
    db.exec("INSERT INTO notes (body) VALUES ('kept')");
    expect(migrate(db, list)).toEqual({ from: 1, to: 2 });
    expect(db.prepare('SELECT body, tag FROM notes').all()).toEqual([{ body: 'kept', tag: 'x' }]);
    expect(readSchemaVersion(db)).toBe(2);
  });

  it('rolls a failing step back together with its version bump', () => {
    const list = testMigrations((d) => {
      d.exec('CREATE TABLE half_done (x)');
      throw new Error('step 2 failed');
    });
    expect(() => migrate(db, list)).toThrow('step 2 failed');
    expect(readSchemaVersion(db)).toBe(1);
    expect(tables()).toEqual(['notes']);
  });

  it('refuses a list that is not numbered 1..n', () => {
    const list = testMigrations(() => undefined);
    const broken = [list[0], { ...list[1], version: 3 }] as Migration[];
    expect(() => migrate(db, broken)).toThrow(/expected 2/);
    expect(readSchemaVersion(db)).toBe(0);
  });

  it('refuses a database newer than the list', () => {
    db.exec('PRAGMA user_version = 7');
    expect(() =>
      migrate(
        db,
        testMigrations(() => undefined),
      ),
    ).toThrow(/newer/);
    expect(tables()).toEqual([]);
  });
});

describe('a step that rebuilds tables', () => {
  const parentAndChild: Migration = {
    version: 1,
    description: 'parent and child',
    up: (d) =>
      d.exec(`CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT UNIQUE);
        CREATE TABLE child (parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE);
        INSERT INTO parent VALUES (1, 'a'), (2, 'b'); INSERT INTO child VALUES (1), (2);`),
  };
  const rebuild = (copy: string): Migration => ({
    version: 2,
    description: 'parent without UNIQUE',
    rebuildsTables: true,
    up: (d) =>
      d.exec(`CREATE TABLE parent_new (id INTEGER PRIMARY KEY, name TEXT);
        INSERT INTO parent_new ${copy};
        DROP TABLE parent;
        ALTER TABLE parent_new RENAME TO parent;`),
  });
  const foreignKeys = () => db.prepare('PRAGMA foreign_keys').get()?.['foreign_keys'];
  const children = () => db.prepare('SELECT parent_id FROM child ORDER BY 1').all();

  beforeEach(() => db.exec('PRAGMA foreign_keys = ON'));

  it('runs with foreign keys off, so dropping the old table cascades into nothing', () => {
    migrate(db, [parentAndChild, rebuild('SELECT id, name FROM parent')]);
    expect(readSchemaVersion(db)).toBe(2);
    expect(children()).toEqual([{ parent_id: 1 }, { parent_id: 2 }]);
    expect(foreignKeys()).toBe(1);
    expect(() => db.exec('INSERT INTO child VALUES (9)')).toThrow(/FOREIGN KEY/);
  });

  it('rolls back when a reference is left dangling, and turns foreign keys back on', () => {
    const list = [parentAndChild, rebuild('SELECT id, name FROM parent WHERE id = 1')];
    expect(() => migrate(db, list)).toThrow(
      'Migration 2 left 1 broken references (in child); nothing was changed.',
    );
    expect(readSchemaVersion(db)).toBe(1);
    expect(db.prepare('SELECT id FROM parent ORDER BY id').all()).toEqual([{ id: 1 }, { id: 2 }]);
    expect(foreignKeys()).toBe(1);
  });

  it('leaves foreign keys off when they were off', () => {
    db.exec('PRAGMA foreign_keys = OFF');
    migrate(db, [parentAndChild, rebuild('SELECT id, name FROM parent')]);
    expect(foreignKeys()).toBe(0);
  });

  it('refuses to run inside an open transaction, where foreign keys cannot be turned off', () => {
    migrate(db, [parentAndChild]);
    db.exec('BEGIN');
    expect(() => migrate(db, [parentAndChild, rebuild('SELECT id, name FROM parent')])).toThrow(
      /could not be turned off/,
    );
    db.exec('ROLLBACK');
    expect(children()).toHaveLength(2);
    expect(foreignKeys()).toBe(1);
  });
});
