import { DatabaseSync } from 'node:sqlite';
import { beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1 } from './schema-v1';
import { sha256 } from './test-helpers';

let db: DatabaseSync;
const HASH = sha256('text');

function insertSource(overrides: Record<string, string | number> = {}): void {
  const row: Record<string, string | number> = {
    title: 'Title',
    title_derived: 0,
    outlet: '',
    byline: '',
    published_date: '',
    url: '',
    dateline: '',
    agency: '',
    attribution: '',
    file_name: 'a.txt',
    content_hash: HASH,
    text: 'text',
    word_count: 1,
    removed_lines: '[]',
    imported_at: '2024-01-01T00:00:00Z',
    ...overrides,
  };
  const columns = Object.keys(row);
  db.prepare(
    `INSERT INTO sources (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  ).run(...Object.values(row));
}

beforeEach(() => {
  db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec(SCHEMA_V1);
});

describe('schema v1', () => {
  it('starts with one case_info row at revision 0 with a creation time', () => {
    const rows = db.prepare('SELECT id, name, created_at, revision FROM case_info').all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 1, name: '', revision: 0 });
    expect(String(rows[0]?.['created_at'])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(() => db.exec("INSERT INTO case_info VALUES (2, 'x', 'y', 0)")).toThrow(/CHECK/);
  });

  it('accepts a valid source', () => {
    insertSource({ published_date: '2024-02-29', removed_lines: '["a"]' });
    expect(db.prepare('SELECT count(*) AS n FROM sources').get()?.['n']).toBe(1);
  });

  it.each([
    ['an empty title', { title: '' }, /CHECK/],
    ['title_derived other than 0/1', { title_derived: 2 }, /CHECK/],
    ['a published date that is not ISO', { published_date: '29/02/2024' }, /CHECK/],
    ['a short content hash', { content_hash: 'abc' }, /CHECK/],
    ['an upper-case content hash', { content_hash: HASH.toUpperCase() }, /CHECK/],
    ['a negative word count', { word_count: -1 }, /CHECK/],
    ['a non-integer word count (STRICT)', { word_count: 1.5 }, /INTEGER/],
    ['removed lines that are not JSON', { removed_lines: 'nope' }, /CHECK/],
    ['removed lines that are not a list', { removed_lines: '{}' }, /CHECK/],
  ])('refuses %s', (_label, overrides, message) => {
    expect(() => insertSource(overrides)).toThrow(message);
  });

  it('refuses a second source with the same content hash', () => {
    insertSource();
    expect(() => insertSource({ text: 'other' })).toThrow(/UNIQUE.*content_hash/);
  });

  it.each([
    ['text', "text = 'changed'"],
    ['content_hash', `content_hash = '${sha256('changed')}'`],
    ['text, even to the same value', 'text = text'],
  ])('makes %s immutable', (_label, assignment) => {
    insertSource();
    expect(() => db.exec(`UPDATE sources SET ${assignment}`)).toThrow(/cannot change after import/);
    expect(db.prepare('SELECT text, content_hash FROM sources').get()).toEqual({
      text: 'text',
      content_hash: HASH,
    });
  });

  it('lets metadata change', () => {
    insertSource();
    db.exec("UPDATE sources SET title = 'New', outlet = 'Wire'");
    expect(db.prepare('SELECT title, outlet FROM sources').get()).toEqual({
      title: 'New',
      outlet: 'Wire',
    });
  });

  it('ties paragraphs to their source and deletes them with it', () => {
    insertSource();
    db.exec('INSERT INTO paragraphs (source_id, idx, start, "end") VALUES (1, 0, 0, 4)');
    expect(() =>
      db.exec('INSERT INTO paragraphs (source_id, idx, start, "end") VALUES (99, 0, 0, 4)'),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.exec('INSERT INTO paragraphs (source_id, idx, start, "end") VALUES (1, 1, 3, 2)'),
    ).toThrow(/CHECK/);
    db.exec('DELETE FROM sources');
    expect(db.prepare('SELECT count(*) AS n FROM paragraphs').get()?.['n']).toBe(0);
  });

  it('never reuses the id of a removed source', () => {
    insertSource();
    db.exec('DELETE FROM sources');
    insertSource();
    expect(db.prepare('SELECT id FROM sources').get()?.['id']).toBe(2);
  });
});
