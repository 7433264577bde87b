/**
 * Schema version 3: claims, the codebook (tags), grades, notes and the persistent edit history.
 *
 * Occurrence offsets are code points into the immutable `sources.text`, with the quote and a
 * short context kept beside them so an occurrence can be re-anchored if text ever changes.
 * "Exactly one origin occurrence per claim" is enforced by a partial unique index (at most one)
 * and by the services, which create a claim together with its origin and refuse to remove it.
 * Tag cycles and case-insensitive sibling names beyond ASCII are checked in code; the index
 * below is the backstop for the common case.
 */
export const SCHEMA_V3 = `
ALTER TABLE sources ADD COLUMN reliability TEXT NOT NULL DEFAULT 'F'
  CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'));

CREATE TABLE tags (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL CHECK (trim(name) <> '' AND length(name) <= 100),
  color TEXT NOT NULL
    CHECK (length(color) = 7 AND color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
  parent_id INTEGER REFERENCES tags (id),
  position INTEGER NOT NULL CHECK (position >= 0),
  CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;

CREATE UNIQUE INDEX tags_unique_sibling_name ON tags (ifnull(parent_id, 0), name COLLATE NOCASE);

CREATE TABLE claims (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  note TEXT NOT NULL DEFAULT '',
  credibility INTEGER NOT NULL DEFAULT 6 CHECK (credibility BETWEEN 1 AND 6),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE claim_occurrences (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  start INTEGER NOT NULL CHECK (start >= 0),
  "end" INTEGER NOT NULL CHECK ("end" > start),
  quote TEXT NOT NULL CHECK (quote <> ''),
  prefix TEXT NOT NULL,
  suffix TEXT NOT NULL,
  stance TEXT NOT NULL CHECK (stance IN ('origin', 'supports', 'contradicts')),
  UNIQUE (claim_id, source_id, start, "end")
) STRICT;

CREATE UNIQUE INDEX claim_occurrences_one_origin ON claim_occurrences (claim_id)
  WHERE stance = 'origin';
CREATE INDEX claim_occurrences_by_source ON claim_occurrences (source_id, start);

CREATE TABLE claim_tags (
  claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (claim_id, tag_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX claim_tags_by_tag ON claim_tags (tag_id);

CREATE TABLE rejected_suggestions (
  claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  start INTEGER NOT NULL CHECK (start >= 0),
  "end" INTEGER NOT NULL CHECK ("end" > start),
  PRIMARY KEY (claim_id, source_id, start, "end")
) STRICT, WITHOUT ROWID;

CREATE TABLE notes (
  owner_kind TEXT NOT NULL CHECK (owner_kind IN ('case', 'source')),
  owner_id INTEGER NOT NULL CHECK (owner_id >= 0),
  text TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (owner_kind, owner_id),
  CHECK ((owner_kind = 'case') = (owner_id = 0))
) STRICT, WITHOUT ROWID;

CREATE TABLE history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  label TEXT NOT NULL CHECK (label <> ''),
  changes TEXT NOT NULL CHECK (json_valid(changes) AND json_type(changes) = 'array'),
  state TEXT NOT NULL CHECK (state IN ('done', 'undone')),
  coalesce_key TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`;
