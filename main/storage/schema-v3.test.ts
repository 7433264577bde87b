import { DatabaseSync } from 'node:sqlite';
import { beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, readSchemaVersion } from './migrations';
import { insertSource, listSources } from './source-repository';
import { sampleSource } from './test-helpers';

let db: DatabaseSync;
beforeEach(() => {
  db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
});

const count = (table: string) => db.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.['n'];

describe('schema v3 migration', () => {
  it('upgrades a v2 case, keeping sources, paragraphs and comparisons; sources start at F', () => {
    migrate(db, MIGRATIONS.slice(0, 2));
    db.exec(
      `INSERT INTO sources (title, title_derived, outlet, byline, published_date, url, dateline,
         agency, attribution, file_name, content_hash, text, word_count, removed_lines, imported_at)
       VALUES ('Fox', 1, 'Daily', '', '', '', '', '', '', 'fox.txt', '${'a'.repeat(64)}', 'Fox text.', 2, '[]', '2024-01-01');
       INSERT INTO paragraphs VALUES (1, 0, 0, 9);
       INSERT INTO comparison_state VALUES (1, 1);`,
    );
    expect(migrate(db, MIGRATIONS.slice(0, 3))).toEqual({ from: 2, to: 3 });
    expect(readSchemaVersion(db)).toBe(3);
    expect(listSources(db)).toEqual([
      expect.objectContaining({ id: 1, title: 'Fox', reliability: 'F' }),
    ]);
    expect([count('paragraphs'), count('comparison_state')]).toEqual([1, 1]);
    expect([count('tags'), count('claims'), count('notes'), count('history')]).toEqual([
      0, 0, 0, 0,
    ]);
  });
});

describe('schema v3 constraints', () => {
  let source: number;
  beforeEach(() => {
    migrate(db);
    source = insertSource(db, sampleSource());
    db.exec(`INSERT INTO tags (name, color, parent_id, position) VALUES ('Military', '#4e79a7', NULL, 0);
      INSERT INTO claims (note, created_at, updated_at) VALUES ('', 'now', 'now');`);
  });

  const occurrence = (values: string) =>
    `INSERT INTO claim_occurrences (claim_id, source_id, start, "end", quote, prefix, suffix, stance) VALUES (${values})`;

  it('defaults a claim to credibility 6', () => {
    expect(db.prepare('SELECT credibility FROM claims').get()).toEqual({ credibility: 6 });
  });

  it.each([
    ['a reliability outside A–F', () => `UPDATE sources SET reliability = 'G'`],
    [
      'an empty tag name',
      () => `INSERT INTO tags (name, color, position) VALUES ('  ', '#000000', 0)`,
    ],
    [
      'an upper-case colour',
      () => `INSERT INTO tags (name, color, position) VALUES ('x', '#ABCDEF', 0)`,
    ],
    ['a colour name', () => `INSERT INTO tags (name, color, position) VALUES ('x', 'red', 0)`],
    [
      'a sibling name differing only in case',
      () => `INSERT INTO tags (name, color, position) VALUES ('military', '#000000', 1)`,
    ],
    [
      'an unknown parent tag',
      () => `INSERT INTO tags (name, color, parent_id, position) VALUES ('x', '#000000', 99, 0)`,
    ],
    [
      'a credibility of 9',
      () => `INSERT INTO claims (credibility, created_at, updated_at) VALUES (9, 'now', 'now')`,
    ],
    ['an empty span', () => occurrence(`1, ${source}, 3, 3, 'x', '', '', 'origin'`)],
    ['an unknown stance', () => occurrence(`1, ${source}, 0, 3, 'Fox', '', '', 'maybe'`)],
    ['an unknown source', () => occurrence(`1, 99, 0, 3, 'Fox', '', '', 'origin'`)],
    [
      'a second origin',
      () =>
        occurrence(`1, ${source}, 0, 3, 'Fox', '', '', 'origin'`) +
        ';' +
        occurrence(`1, ${source}, 4, 6, 'x', '', '', 'origin'`),
    ],
    [
      'a duplicate occurrence',
      () =>
        occurrence(`1, ${source}, 0, 3, 'Fox', '', '', 'origin'`) +
        ';' +
        occurrence(`1, ${source}, 0, 3, 'Fox', '', '', 'supports'`),
    ],
    ['a case note with an owner id', () => `INSERT INTO notes VALUES ('case', 3, 'x', 'now')`],
    [
      'a history entry in another state',
      () =>
        `INSERT INTO history (label, changes, state, created_at, updated_at) VALUES ('x', '[]', 'maybe', 'now', 'now')`,
    ],
  ])('refuses %s', (_label, sql) => {
    expect(() => db.exec(`BEGIN; ${sql()}; COMMIT;`)).toThrow();
    db.exec('ROLLBACK');
  });

  it('keeps sibling names unique per parent only', () => {
    db.exec(
      `INSERT INTO tags (name, color, parent_id, position) VALUES ('Military', '#000000', 1, 0)`,
    );
    expect(count('tags')).toBe(2);
  });

  it('deletes a claim’s occurrences and tag links with it', () => {
    db.exec(occurrence(`1, ${source}, 0, 3, 'Fox', '', '', 'origin'`));
    db.exec('INSERT INTO claim_tags VALUES (1, 1); DELETE FROM claims WHERE id = 1');
    expect([count('claim_occurrences'), count('claim_tags')]).toEqual([0, 0]);
  });
});
