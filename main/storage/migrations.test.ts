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
