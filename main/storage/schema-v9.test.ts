import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setStepHook } from './fault-points';
import { MIGRATIONS, migrate, readSchemaVersion } from './migrations';
import { findSourceIdByHash, insertSource, listSourceSearchRows } from './source-repository';
import { sampleSource, sha256 } from './test-helpers';

let db: DatabaseSync;
beforeEach(() => {
  db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
});
afterEach(() => setStepHook(null));

const V8 = MIGRATIONS.slice(0, 8);
const V9 = MIGRATIONS.slice(0, 9);
const value = (sql: string) => Object.values(db.prepare(sql).get() ?? {})[0];

/**
 * A case as format 8 left it, written with plain SQL: four sources imported and the last one
 * removed again (so the highest id ever used, 4, is above the highest id present), with
 * paragraphs, kept files, claims with occurrences, a tag, a rejected suggestion, notes,
 * comparisons, a search segment and the edit history.
 */
function buildV8Case(): void {
  migrate(db, V8);
  const insert = db.prepare(
    `INSERT INTO sources (title, title_derived, outlet, byline, published_date, url, dateline,
       agency, attribution, file_name, content_hash, text, word_count, removed_lines, imported_at,
       reliability)
     VALUES (?, 0, ?, '', '2023-09-12', '', '', '', '', ?, ?, ?, 4, '[]', '2024-01-01', ?)`,
  );
  const texts = ['Kim heads to Russia.', 'Putin confirms meeting.', 'Train in motion.', 'Gone.'];
  texts.forEach((text, i) =>
    insert.run(
      `Report ${i + 1}`,
      `Outlet ${i + 1}`,
      `00${i}_r.txt`,
      sha256(text),
      text,
      ['A', 'B', 'C', 'D'][i] ?? 'F',
    ),
  );
  db.exec(`
    INSERT INTO paragraphs VALUES (1, 0, 0, 20), (2, 0, 0, 23), (3, 0, 0, 16), (4, 0, 0, 5);
    INSERT INTO source_files VALUES (1, 'text', x'4b696d', '${sha256('Kim')}'),
                                    (2, 'pasted', x'5075', '${sha256('Pu')}');
    INSERT INTO comparison_state VALUES (1, 3), (2, 3), (3, 3);
    INSERT INTO source_pairs VALUES (1, 2, 3, '{"passages":[]}'), (2, 3, 3, '[]');
    INSERT INTO tags (name, color, parent_id, position) VALUES ('Military', '#4e79a7', NULL, 0);
    INSERT INTO claims (note, credibility, created_at, updated_at) VALUES ('Kim travels', 2, 'a', 'b');
    INSERT INTO claim_occurrences (claim_id, source_id, start, "end", quote, prefix, suffix, stance)
      VALUES (1, 1, 0, 3, 'Kim', '', ' heads', 'origin'), (1, 2, 0, 5, 'Putin', '', ' con', 'supports');
    INSERT INTO claim_tags VALUES (1, 1);
    INSERT INTO rejected_suggestions VALUES (1, 3, 0, 5);
    INSERT INTO notes VALUES ('case', 0, 'Case note', 'now'), ('source', 2, 'Source note', 'now');
    INSERT INTO history (label, changes, state, created_at, updated_at)
      VALUES ('Edit source details', '[]', 'done', 'a', 'a');
    INSERT INTO search_segments (kind, engine_version, source_ids, case_revision, complete)
      VALUES ('passages', 4, '[1,2,3]', 7, 1);
    INSERT INTO search_segment_chunks (segment_id, seq, bytes) VALUES (1, 0, x'00ff');
    UPDATE case_info SET name = 'Summit', revision = 7;
    UPDATE case_session SET open = 1, opened_at = 'then';
    DELETE FROM paragraphs WHERE source_id = 4;
    DELETE FROM sources WHERE id = 4;
  `);
}

/** Every row of every table (sqlite_sequence aside), in a fixed order. */
function everyRow(): Record<string, unknown[]> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((row) => String(row['name']));
  return Object.fromEntries(
    tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()]),
  );
}

const objectsOn = (table: string) =>
  db
    .prepare(
      "SELECT type, name FROM sqlite_schema WHERE tbl_name = ? AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all(table)
    .map((row) => `${String(row['type'])} ${String(row['name'])}`);

describe('schema v9 migration', () => {
  it('upgrades a v8 case keeping every row and id, with integrity and references intact', () => {
    buildV8Case();
    const before = everyRow();
    expect(before['sources']).toHaveLength(3);
    expect(value("SELECT seq FROM sqlite_sequence WHERE name = 'sources'")).toBe(4);

    expect(migrate(db, V9)).toEqual({ from: 8, to: 9 });
    expect(readSchemaVersion(db)).toBe(9);
    expect(everyRow()).toEqual(before);
    expect(value('PRAGMA integrity_check')).toBe('ok');
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(value('PRAGMA foreign_keys')).toBe(1);
    expect(objectsOn('sources')).toEqual([
      'table sources',
      'index sources_by_content_hash',
      'index sources_search',
      'trigger sources_text_is_immutable',
    ]);
    expect(objectsOn('source_files')).toEqual([
      'table source_files',
      'index source_files_by_sha256',
      'trigger source_files_immutable',
    ]);
    expect(value("SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%sources_v9%'")).toBe(0);
  });

  it('keeps the trigger, the cascades and the covering index working on the rebuilt table', () => {
    buildV8Case();
    migrate(db);
    expect(() => db.exec("UPDATE sources SET text = 'changed' WHERE id = 1")).toThrow(
      /cannot change after import/,
    );
    expect(() => db.exec(`UPDATE sources SET content_hash = '${sha256('x')}'`)).toThrow(
      /cannot change after import/,
    );
    db.exec("UPDATE sources SET title = 'Retitled' WHERE id = 1");
    expect(listSourceSearchRows(db).map((row) => [row.id, row.title])).toEqual([
      [1, 'Retitled'],
      [2, 'Report 2'],
      [3, 'Report 3'],
    ]);
    // References still point at the table now called sources, and still cascade.
    expect(() => db.exec('INSERT INTO paragraphs VALUES (99, 0, 0, 1)')).toThrow(/FOREIGN KEY/);
    db.exec('DELETE FROM rejected_suggestions; DELETE FROM sources WHERE id = 3');
    expect(value('SELECT count(*) FROM paragraphs WHERE source_id = 3')).toBe(0);
    expect(value('SELECT count(*) FROM comparison_state WHERE source_id = 3')).toBe(0);
  });

  it('continues ids after the highest ever used, and now takes the same text twice', () => {
    buildV8Case();
    migrate(db);
    const text = 'Kim heads to Russia.';
    const id = insertSource(db, sampleSource(text, { fileName: 'republished.txt' }));
    expect(id).toBe(5);
    expect(findSourceIdByHash(db, sha256(text))).toBe(1);
    expect(value(`SELECT count(*) FROM sources WHERE content_hash = '${sha256(text)}'`)).toBe(2);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM sources WHERE content_hash = ?`)
      .all(sha256(text))
      .map((row) => String(row['detail']));
    expect(plan.join()).toMatch(/sources_by_content_hash/);
  });

  it('keeps the high-water mark of a case whose every source was removed', () => {
    migrate(db, V8);
    db.exec(`INSERT INTO sources (title, title_derived, outlet, byline, published_date, url,
        dateline, agency, attribution, file_name, content_hash, text, word_count, removed_lines,
        imported_at) VALUES ('Only', 0, '', '', '', '', '', '', '', 'a.txt', '${sha256('a')}',
        'a', 1, '[]', 'now');
      DELETE FROM sources;`);
    migrate(db);
    expect(insertSource(db, sampleSource('b'))).toBe(2);
  });

  it('resumes after an interrupted upgrade: the failed step leaves format 8 as it was', () => {
    buildV8Case();
    const before = everyRow();
    setStepHook((step) => {
      if (step === 'migration:inside-step') throw new Error('power cut');
    });
    expect(() => migrate(db)).toThrow('power cut');
    expect(readSchemaVersion(db)).toBe(8);
    expect(everyRow()).toEqual(before);
    expect(value("SELECT count(*) FROM sqlite_schema WHERE name = 'sources_v9'")).toBe(0);
    expect(value('PRAGMA foreign_keys')).toBe(1);

    setStepHook(null);
    expect(migrate(db, V9)).toEqual({ from: 8, to: 9 });
    expect(everyRow()).toEqual(before);
    expect(value('PRAGMA integrity_check')).toBe('ok');
    expect(insertSource(db, sampleSource('new'))).toBe(5);
  });

  it('builds a new case straight to format 9 with the same schema as an upgraded one', () => {
    migrate(db);
    const fresh = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'sources'").get();
    const upgraded = new DatabaseSync(':memory:');
    try {
      migrate(upgraded, V8);
      migrate(upgraded);
      expect(
        upgraded.prepare("SELECT sql FROM sqlite_schema WHERE name = 'sources'").get(),
      ).toEqual(fresh);
    } finally {
      upgraded.close();
    }
    expect(String(fresh?.['sql'])).not.toMatch(/UNIQUE/);
  });
});
