/**
 * Schema version 4: each imported file's original bytes and the format it was read as, so the
 * markup stripped for reading (Markdown, a saved page, a Word file) is kept for export and the
 * analyst can always get back the file they imported. Sources imported before version 4 have
 * no row. The bytes never change after import.
 */
export const SCHEMA_V4 = `
CREATE TABLE source_files (
  source_id INTEGER PRIMARY KEY REFERENCES sources (id),
  format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html', 'docx', 'pdf', 'pasted')),
  bytes BLOB NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
) STRICT;

CREATE TRIGGER source_files_immutable BEFORE UPDATE ON source_files
BEGIN
  SELECT RAISE(ABORT, 'An imported file is kept as it was imported.');
END;
`;
