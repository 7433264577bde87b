/**
 * Schema version 5: the search index, kept in segments so opening a case loads it instead of
 * rebuilding, and new sources add a small segment instead of rebuilding everything. Each row is
 * one serialized segment (a Lunr index and what its documents stand for) with the sources it
 * covers and the engine version that built it. The case's search language (stemming, stop
 * words) is a setting of the case. Derived data: dropping every row loses nothing
 * but the time to rebuild.
 */
export const SCHEMA_V5 = `
CREATE TABLE search_segments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('passages', 'annotations')),
  engine_version INTEGER NOT NULL,
  source_ids TEXT NOT NULL,
  case_revision INTEGER NOT NULL,
  data TEXT NOT NULL
) STRICT;

CREATE TABLE search_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  language TEXT NOT NULL DEFAULT 'en' CHECK (length(language) BETWEEN 2 AND 3)
) STRICT;

INSERT INTO search_settings (id) VALUES (1);
`;
