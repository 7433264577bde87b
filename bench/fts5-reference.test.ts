import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { Fts5Reference, rawSqliteImport, toFts5Query } from './fts5-reference';

describe('toFts5Query', () => {
  it.each([
    ['economy', '("economy")'],
    ['interest rates', '("interest" OR "rates")'],
    ['"prime minister"', '("prime minister")'],
    ['econom*', '("econom"*)'],
    ['title:election', '(title : "election")'],
    ['+election -labour', '("election") NOT ("labour")'],
    ['market -stock', '("market") NOT ("stock")'],
    ['+oil +prices gas', '("oil" AND "prices")'],
    ['-only', null],
    ['goverment~1', null],
    ['economy ecomony~2', null],
  ])('%s -> %s', (query, expected) => {
    expect(toFts5Query(query)).toBe(expected);
  });
});

describe('Fts5Reference and rawSqliteImport', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'fts5-reference-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('answers with the count, ranked rows and highlighted snippets', () => {
    const path = join(tempDir(), 'fts.db');
    const reference = Fts5Reference.build(path, [
      'Election night\nLabour won the election in a landslide.',
      'Markets\nThe stock market fell as oil prices rose.',
      'Film awards\nThe best film of the year, critics said, was about an election.',
    ]);
    try {
      const election = reference.query('election');
      expect(election?.count).toBe(2);
      expect(election?.rows.map((row) => row.rowid).sort()).toEqual([1, 3]);
      expect(election?.rows[0]?.snippet).toContain('<mark>election</mark>');
      expect(reference.query('+election -labour')?.rows.map((row) => row.title)).toEqual([
        'Film awards',
      ]);
      expect(reference.query('title:election')?.count).toBe(1);
      expect(reference.query('elect*')?.count).toBe(2);
      expect(reference.query('electon~1')).toBeNull();
    } finally {
      reference.close();
    }
    const reopened = Fts5Reference.open(path);
    expect(reopened.query('"oil prices"')?.count).toBe(1);
    reopened.close();
  });

  it.each(['transaction per file', 'one transaction'] as const)(
    'imports every row (%s)',
    (mode) => {
      const path = join(tempDir(), 'import.db');
      const texts = [
        { name: 'a.txt', text: 'first' },
        { name: 'b.txt', text: 'second' },
      ];
      expect(rawSqliteImport(path, texts, mode)).toBe(2);
      const db = new DatabaseSync(path);
      expect(db.prepare('SELECT name, text FROM sources ORDER BY id').all()).toEqual([
        { name: 'a.txt', text: 'first' },
        { name: 'b.txt', text: 'second' },
      ]);
      db.close();
    },
  );
});
