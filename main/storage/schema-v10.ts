/**
 * Schema version 10: facts (issue 17). `source_facts` caches what the extractors found in each
 * source (quotes with speakers, attributions, entity mentions) as JSON with code-point spans,
 * keyed by the extractor version, so only new sources are read again. `entity_edits` holds the
 * analyst's merges and splits of entities; `claim_join_overrides` the analyst's word on whether
 * two sources are one line of evidence for a claim. Both are edits (undoable, exported); the
 * cache is not.
 */
export const SCHEMA_V10 = `
CREATE TABLE source_facts (
  source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
  engine INTEGER NOT NULL,
  facts TEXT NOT NULL
) STRICT;

CREATE TABLE entity_edits (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 500),
  target TEXT NOT NULL CHECK (length(target) <= 500),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE claim_join_overrides (
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  source_a INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  source_b INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  action TEXT NOT NULL CHECK (action IN ('join', 'split')),
  PRIMARY KEY (claim_id, source_a, source_b),
  CHECK (source_a < source_b)
) STRICT;
`;
