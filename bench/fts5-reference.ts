// The native reference for search, open and import: the same texts in SQLite through node:sqlite,
// with the settings a case file uses (WAL, synchronous FULL, exclusive lock).
//  - search: an FTS5 table (title = first line, body = the rest; porter stemming like the case's
//    English analysis), answering with the top 50 documents by rank, each with a snippet(), and
//    the total count, which is what the contract's response carries;
//  - import: raw inserts of (name, text), one transaction per file as a case commits today, and
//    all rows in one transaction (the floor).
import { DatabaseSync } from 'node:sqlite';

/** Documents returned per query, as the contract's default limit of 50 source groups. */
export const REFERENCE_LIMIT = 50;

type Presence = 'should' | 'must' | 'not';

/** The clauses of a query in the bench's mix (bench/search.ts queryMix), quotes kept together. */
function clauses(query: string): string[] {
  return query.match(/[+-]?(?:\w+:)?"[^"]*"|\S+/g) ?? [];
}

const quoted = (words: string) => `"${words.replace(/"/g, '""')}"`;

/**
 * The FTS5 MATCH expression for a query in the project's syntax (Lunr's: terms are OR-ed, +must,
 * -not, field:, a trailing * for a prefix, "phrases"), or null for fuzzy terms (~N), which FTS5
 * cannot express. As in Lunr, when a query has +must clauses its plain terms only rank.
 */
export function toFts5Query(query: string): string | null {
  const byPresence: Record<Presence, string[]> = { should: [], must: [], not: [] };
  for (const clause of clauses(query)) {
    const sign = clause[0];
    const presence: Presence = sign === '+' ? 'must' : sign === '-' ? 'not' : 'should';
    let rest = presence === 'should' ? clause : clause.slice(1);
    let column = '';
    const field = /^(title|body):/.exec(rest);
    if (field) {
      column = `${field[1]} : `;
      rest = rest.slice(field[0].length);
    }
    if (/~\d*$/.test(rest)) return null;
    let expression: string;
    if (rest.startsWith('"')) expression = quoted(rest.slice(1, -1));
    else if (rest.endsWith('*')) expression = `${quoted(rest.slice(0, -1))}*`;
    else expression = quoted(rest);
    byPresence[presence].push(`${column}${expression}`);
  }
  const { should, must, not } = byPresence;
  const positive = must.length > 0 ? must.join(' AND ') : should.join(' OR ');
  if (!positive) return null;
  return not.length > 0 ? `(${positive}) NOT (${not.join(' OR ')})` : `(${positive})`;
}

function configure(db: DatabaseSync): void {
  db.exec('PRAGMA locking_mode = EXCLUSIVE');
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
}

/** A text's title (its first line) and body (the rest). */
function titleAndBody(text: string): [string, string] {
  const newline = text.indexOf('\n');
  return newline < 0 ? [text, ''] : [text.slice(0, newline), text.slice(newline + 1)];
}

export interface ReferenceAnswer {
  count: number;
  rows: Array<{ rowid: number; title: string; snippet: string }>;
}

/** An FTS5 index of texts in its own database file. */
export class Fts5Reference {
  private readonly db: DatabaseSync;
  private readonly select;
  private readonly count;

  private constructor(path: string) {
    this.db = new DatabaseSync(path);
    configure(this.db);
    this.select = this.db.prepare(
      `SELECT rowid, title, snippet(docs, 1, '<mark>', '</mark>', '…', 16) AS snippet
       FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ${REFERENCE_LIMIT}`,
    );
    this.count = this.db.prepare('SELECT count(*) AS n FROM docs WHERE docs MATCH ?');
  }

  /** Builds the index at `path` from `texts` in one transaction; returns it open. */
  static build(path: string, texts: Iterable<string>): Fts5Reference {
    const db = new DatabaseSync(path);
    configure(db);
    db.exec("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'porter unicode61')");
    const insert = db.prepare('INSERT INTO docs (title, body) VALUES (?, ?)');
    db.exec('BEGIN');
    try {
      for (const text of texts) insert.run(...titleAndBody(text));
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    } finally {
      db.close();
    }
    return new Fts5Reference(path);
  }

  static open(path: string): Fts5Reference {
    return new Fts5Reference(path);
  }

  /** The top documents with snippets and the total count; null when FTS5 cannot express it. */
  query(query: string): ReferenceAnswer | null {
    const match = toFts5Query(query);
    if (match === null) return null;
    const rows = this.select.all(match) as unknown as ReferenceAnswer['rows'];
    const { n } = this.count.get(match) as { n: number };
    return { count: n, rows };
  }

  close(): void {
    this.db.close();
  }
}

export type ImportMode = 'transaction per file' | 'one transaction';

/** Inserts (name, text) rows into a fresh database at `path`; returns how many. */
export function rawSqliteImport(
  path: string,
  texts: Iterable<{ name: string; text: string }>,
  mode: ImportMode,
): number {
  const db = new DatabaseSync(path);
  try {
    configure(db);
    db.exec(
      'CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL)',
    );
    const insert = db.prepare('INSERT INTO sources (name, text) VALUES (?, ?)');
    let rows = 0;
    if (mode === 'one transaction') db.exec('BEGIN');
    for (const { name, text } of texts) {
      if (mode === 'transaction per file') db.exec('BEGIN');
      insert.run(name, text);
      if (mode === 'transaction per file') db.exec('COMMIT');
      rows += 1;
    }
    if (mode === 'one transaction') db.exec('COMMIT');
    return rows;
  } finally {
    db.close();
  }
}
