import type { DatabaseSync } from 'node:sqlite';

/**
 * Schema version 9: the same text may be in a case more than once. A republication (the same
 * wire story under another headline, outlet or address; a content farm that changes only the
 * title) is evidence of who copies whom, so it is kept as a source of its own and linked to the
 * others as an identical copy; only the same file with the same details is refused, by the
 * import. `sources.content_hash` loses its UNIQUE constraint and keeps a plain index for
 * finding identical texts; `source_files.sha256` gets one for finding the same file.
 *
 * SQLite cannot drop a constraint, so `sources` is rebuilt by its documented procedure
 * (lang_altertable.html, "Making Other Kinds Of Table Schema Changes"): a new table in the new
 * shape, every row copied with its id, the old table dropped, the new one renamed, then its
 * indexes and trigger made again. The migration runs with foreign keys off (see
 * `Migration.rebuildsTables`): with them on, dropping `sources` would delete every paragraph,
 * claim occurrence and kept file through their ON DELETE CASCADE. Columns, checks and the
 * column order are exactly those of versions 1 and 3.
 */
export const SCHEMA_V9 = `
CREATE TABLE sources_v9 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title TEXT NOT NULL CHECK (title <> ''),
  title_derived INTEGER NOT NULL CHECK (title_derived IN (0, 1)),
  outlet TEXT NOT NULL,
  byline TEXT NOT NULL,
  published_date TEXT NOT NULL
    CHECK (published_date = '' OR published_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  url TEXT NOT NULL,
  dateline TEXT NOT NULL,
  agency TEXT NOT NULL,
  attribution TEXT NOT NULL,
  file_name TEXT NOT NULL,
  content_hash TEXT NOT NULL
    CHECK (length(content_hash) = 64 AND content_hash NOT GLOB '*[^0-9a-f]*'),
  text TEXT NOT NULL,
  word_count INTEGER NOT NULL CHECK (word_count >= 0),
  removed_lines TEXT NOT NULL
    CHECK (json_valid(removed_lines) AND json_type(removed_lines) = 'array'),
  imported_at TEXT NOT NULL,
  reliability TEXT NOT NULL DEFAULT 'F'
    CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'))
) STRICT;

INSERT INTO sources_v9 (id, title, title_derived, outlet, byline, published_date, url, dateline,
    agency, attribution, file_name, content_hash, text, word_count, removed_lines, imported_at,
    reliability)
  SELECT id, title, title_derived, outlet, byline, published_date, url, dateline,
    agency, attribution, file_name, content_hash, text, word_count, removed_lines, imported_at,
    reliability
  FROM sources ORDER BY id;

DROP TABLE sources;

ALTER TABLE sources_v9 RENAME TO sources;

CREATE INDEX sources_by_content_hash ON sources (content_hash);

CREATE INDEX sources_search ON sources (id, title, outlet, agency, reliability, published_date);

CREATE TRIGGER sources_text_is_immutable
BEFORE UPDATE OF text, content_hash ON sources
BEGIN
  SELECT RAISE(ABORT, 'sources.text and sources.content_hash cannot change after import');
END;

CREATE INDEX source_files_by_sha256 ON source_files (sha256);
`;

/**
 * Rebuilds `sources` (see SCHEMA_V9), keeping its AUTOINCREMENT high-water mark: the copy
 * leaves `sqlite_sequence` at the highest id still present, and ids of sources removed after
 * the last one must never be handed out again.
 */
export function upgradeToV9(db: DatabaseSync): void {
  const row = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'sources'").get();
  const highest = typeof row?.['seq'] === 'number' ? row['seq'] : 0;
  db.exec(SCHEMA_V9);
  db.prepare("DELETE FROM sqlite_sequence WHERE name IN ('sources', 'sources_v9')").run();
  db.prepare(
    `INSERT INTO sqlite_sequence (name, seq)
     SELECT 'sources', max(?, ifnull((SELECT max(id) FROM sources), 0))
     WHERE max(?, ifnull((SELECT max(id) FROM sources), 0)) > 0`,
  ).run(highest, highest);
}
