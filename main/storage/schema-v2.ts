/**
 * Schema version 2: cached comparisons. Source text never changes after import, so an
 * alignment of two sources stays valid for as long as the engine that produced it is the
 * current one; rows from other engine versions are ignored and replaced.
 *
 * `comparison_state` says which sources have been compared with every other compared source;
 * `source_pairs` keeps only pairs whose alignment found passages (absent pairs are
 * independent), with the smaller id first. The verdict itself is judged at read time, because
 * it depends on metadata the analyst can edit (attribution, dates).
 */
export const SCHEMA_V2 = `
CREATE TABLE comparison_state (
  source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
  engine_version INTEGER NOT NULL CHECK (engine_version > 0)
) STRICT;

CREATE TABLE source_pairs (
  source_a INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  source_b INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  engine_version INTEGER NOT NULL CHECK (engine_version > 0),
  alignment TEXT NOT NULL CHECK (json_valid(alignment)),
  PRIMARY KEY (source_a, source_b),
  CHECK (source_a < source_b)
) STRICT;

CREATE INDEX source_pairs_by_b ON source_pairs (source_b);
`;
