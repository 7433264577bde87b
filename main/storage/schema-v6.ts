/**
 * Schema version 6: search segments are stored as bytes. A segment is now a compact binary
 * inverted index (see main/search/segment.ts) instead of Lunr's JSON, which at 22,000 articles
 * was a 222 MB string taking 13 s to parse. The rows are derived data of an older engine and are
 * dropped: the index is rebuilt in the background the next time the case is opened.
 */
export const SCHEMA_V6 = `
DROP TABLE search_segments;

CREATE TABLE search_segments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('passages', 'annotations')),
  engine_version INTEGER NOT NULL,
  source_ids TEXT NOT NULL,
  case_revision INTEGER NOT NULL,
  data BLOB NOT NULL
) STRICT;
`;
