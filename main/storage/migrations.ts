import type { DatabaseSync } from 'node:sqlite';
import { SCHEMA_V1 } from './schema-v1';
import { SCHEMA_V2 } from './schema-v2';
import { SCHEMA_V3 } from './schema-v3';
import { SCHEMA_V4 } from './schema-v4';
import { SCHEMA_V5 } from './schema-v5';
import { SCHEMA_V6 } from './schema-v6';
import { SCHEMA_V7 } from './schema-v7';
import { SCHEMA_V8 } from './schema-v8';
import { upgradeToV9 } from './schema-v9';
import { SCHEMA_V10 } from './schema-v10';
import { SCHEMA_V11 } from './schema-v11';
import { reachedStep } from './fault-points';
import { transaction } from './transaction';

/** One step of the case format. `version` is the `PRAGMA user_version` it leaves behind. */
export interface Migration {
  version: number;
  description: string;
  up(db: DatabaseSync): void;
  /**
   * The step rebuilds a table others refer to (SQLite's procedure for schema changes ALTER
   * TABLE cannot make). It then runs with foreign keys off, since dropping the old table would
   * otherwise cascade into every row that refers to it, and `PRAGMA foreign_key_check` must
   * find nothing before it commits.
   */
  rebuildsTables?: boolean;
}

/** Every case format step, in order. Append only; never edit a step that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'Case info, sources, paragraphs',
    up: (db) => db.exec(SCHEMA_V1),
  },
  {
    version: 2,
    description: 'Cached comparisons between sources',
    up: (db) => db.exec(SCHEMA_V2),
  },
  {
    version: 3,
    description: 'Claims, tags, grades, notes and the edit history',
    up: (db) => db.exec(SCHEMA_V3),
  },
  {
    version: 4,
    description: 'The original bytes and format of each imported file',
    up: (db) => db.exec(SCHEMA_V4),
  },
  {
    version: 5,
    description: 'The search index, in segments',
    up: (db) => db.exec(SCHEMA_V5),
  },
  {
    version: 6,
    description: 'Search segments stored as compact bytes',
    up: (db) => db.exec(SCHEMA_V6),
  },
  {
    version: 7,
    description: 'Search segments in chunks; a covering index of what search reads of sources',
    up: (db) => db.exec(SCHEMA_V7),
  },
  {
    version: 8,
    description: 'Whether the case is open in a session that has not closed cleanly',
    up: (db) => db.exec(SCHEMA_V8),
  },
  {
    version: 9,
    description: 'The same text may be in a case more than once (a republication is kept)',
    up: upgradeToV9,
    rebuildsTables: true,
  },
  {
    version: 10,
    description:
      'Facts: cached quotes, attributions and entities; entity edits; claim join overrides',
    up: (db) => db.exec(SCHEMA_V10),
  },
  {
    version: 11,
    description: 'An index of the sources whose file name starts with a digit, for numbering',
    up: (db) => db.exec(SCHEMA_V11),
  },
];

/** The newest case format this build reads and writes. */
export const CASE_SCHEMA_VERSION: number = MIGRATIONS.length;

export function readSchemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get();
  const version = row?.['user_version'];
  if (typeof version !== 'number') throw new Error('PRAGMA user_version returned no number.');
  return version;
}

/**
 * Brings the database up to the last migration's version. Each pending step runs in its own
 * transaction together with its `user_version` bump, so an interrupted upgrade resumes from
 * the last completed step. The caller refuses databases newer than `migrations` first.
 */
export function migrate(
  db: DatabaseSync,
  migrations: readonly Migration[] = MIGRATIONS,
): { from: number; to: number } {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration ${index} has version ${migration.version}; expected ${index + 1}.`,
      );
    }
  });
  const from = readSchemaVersion(db);
  const to = migrations.length;
  if (from > to) throw new Error(`Schema version ${from} is newer than this build (${to}).`);
  for (const migration of migrations.slice(from)) {
    const step = () =>
      transaction(db, () => {
        migration.up(db);
        if (migration.rebuildsTables) assertForeignKeysHold(db, migration.version);
        // PRAGMA takes no bound parameters; the version is an integer we control.
        db.exec(`PRAGMA user_version = ${migration.version}`);
        reachedStep('migration:inside-step');
      });
    if (migration.rebuildsTables) withoutForeignKeys(db, step);
    else step();
    reachedStep('migration:between-steps');
  }
  return { from, to };
}

function pragmaNumber(db: DatabaseSync, name: string): number {
  const value = db.prepare(`PRAGMA ${name}`).get()?.[name];
  if (typeof value !== 'number') throw new Error(`PRAGMA ${name} returned no number.`);
  return value;
}

/**
 * Runs `work` with foreign key enforcement off, restoring it afterwards however `work` ends.
 * The setting cannot change inside a transaction (SQLite ignores it there), so it is checked:
 * a rebuild that ran with enforcement still on would cascade-delete what refers to the table.
 */
function withoutForeignKeys(db: DatabaseSync, work: () => void): void {
  const wasOn = pragmaNumber(db, 'foreign_keys') === 1;
  db.exec('PRAGMA foreign_keys = OFF');
  try {
    if (pragmaNumber(db, 'foreign_keys') !== 0) {
      throw new Error('Foreign keys could not be turned off (is a transaction open?).');
    }
    work();
  } finally {
    if (wasOn) db.exec('PRAGMA foreign_keys = ON');
  }
}

/** Refuses to commit a rebuild that left any row referring to something that is not there. */
function assertForeignKeysHold(db: DatabaseSync, version: number): void {
  const broken = db.prepare('PRAGMA foreign_key_check').all();
  if (broken.length === 0) return;
  const tables = [...new Set(broken.map((row) => String(row['table'])))].join(', ');
  throw new Error(
    `Migration ${version} left ${broken.length} broken references (in ${tables}); nothing was changed.`,
  );
}
