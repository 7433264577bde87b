/**
 * Schema version 8: whether the case is open in a session that has not closed cleanly.
 *
 * Opening a case sets `open` to 1 and checkpoints, so the flag is in the case file itself;
 * a clean close sets it back to 0 before SQLite folds the write-ahead log into the file and
 * removes it. A case found with the flag set and no write-ahead log beside it has lost its
 * log: the work committed since the last checkpoint is gone, and the case is recovered from
 * the newest good copy (see main/storage/case-recovery.ts).
 */
export const SCHEMA_V8 = `
CREATE TABLE case_session (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  open INTEGER NOT NULL CHECK (open IN (0, 1)),
  opened_at TEXT NOT NULL
) STRICT;

INSERT INTO case_session (id, open, opened_at) VALUES (1, 0, '');
`;
