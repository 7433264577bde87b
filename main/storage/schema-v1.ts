/**
 * Schema version 1. Offsets (`paragraphs.start`, `paragraphs."end"`) are Unicode code points
 * into `sources.text`; paragraph text is sliced at read time rather than stored twice.
 * `revision` counts write transactions. `AUTOINCREMENT` keeps ids of removed sources from
 * being reused, so anything cached against a source id can never point at a different source.
 */
export const SCHEMA_V1 = `
CREATE TABLE case_info (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0)
) STRICT;

INSERT INTO case_info (id, name, created_at, revision)
VALUES (1, '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 0);

CREATE TABLE sources (
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
  content_hash TEXT NOT NULL UNIQUE
    CHECK (length(content_hash) = 64 AND content_hash NOT GLOB '*[^0-9a-f]*'),
  text TEXT NOT NULL,
  word_count INTEGER NOT NULL CHECK (word_count >= 0),
  removed_lines TEXT NOT NULL
    CHECK (json_valid(removed_lines) AND json_type(removed_lines) = 'array'),
  imported_at TEXT NOT NULL
) STRICT;

CREATE TABLE paragraphs (
  source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL CHECK (idx >= 0),
  start INTEGER NOT NULL CHECK (start >= 0),
  "end" INTEGER NOT NULL CHECK ("end" >= start),
  PRIMARY KEY (source_id, idx)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER sources_text_is_immutable
BEFORE UPDATE OF text, content_hash ON sources
BEGIN
  SELECT RAISE(ABORT, 'sources.text and sources.content_hash cannot change after import');
END;
`;
