/**
 * Schema version 7: search segments are stored in chunks, and the columns search
 * needs of every source have a covering index.
 *
 * A segment's bytes (see main/search/segment.ts) are kept in chunks of about a megabyte, each written in its own short transaction, so storing a
 * large segment never holds up the thread that answers the UI; the segment row turns
 * `complete` in the last transaction, with the segments it replaces removed, so a reader sees
 * the old set or the new one, and chunks of a write a crash cut short are discarded at open.
 * The rows of the old table are derived data and are dropped: the index is rebuilt in the
 * background the next time the case is opened.
 *
 * A scan of the sources table reads every article's text with its row (160 ms at 22,000
 * sources); a scan of the covering index reads a few megabytes.
 */
export const SCHEMA_V7 = `
DROP TABLE search_segments;

CREATE TABLE search_segments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('passages', 'annotations')),
  engine_version INTEGER NOT NULL,
  source_ids TEXT NOT NULL,
  case_revision INTEGER NOT NULL,
  complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1))
) STRICT;

CREATE TABLE search_segment_chunks (
  id INTEGER PRIMARY KEY,
  segment_id INTEGER NOT NULL REFERENCES search_segments (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 0),
  bytes BLOB NOT NULL,
  UNIQUE (segment_id, seq)
) STRICT;

CREATE INDEX sources_search ON sources (id, title, outlet, agency, reliability, published_date);
`;
