import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type {
  SourceFormat,
  Reliability,
  SourceDetail,
  SourceMetadata,
  SourceSummary,
} from '../../preload/contract';
import { CaseError } from '../core/errors';
import { sourceLabel } from '../core/claims/source-label';
import { sliceSpans } from './paragraph-text';
import { booleanColumn, integerColumn, textColumn, type Row } from './rows';
import {
  METADATA_KEYS,
  validateMetadataChanges,
  validateNewSource,
  type NewSource,
} from './source-validation';
import { numberOf, numbersOf } from './source-numbers';
import { cachedStatement } from './statements';
import { bumpRevision, transaction, writeTransaction } from './transaction';

/** Metadata field → column. Column names come only from here, never from input. */
const METADATA_COLUMNS = {
  title: 'title',
  outlet: 'outlet',
  byline: 'byline',
  publishedDate: 'published_date',
  url: 'url',
  dateline: 'dateline',
  agency: 'agency',
  attribution: 'attribution',
} as const satisfies Record<keyof SourceMetadata, string>;

const SUMMARY_COLUMNS = `id, title, title_derived, outlet, byline, published_date, url, dateline,
  agency, attribution, reliability, file_name, word_count, imported_at`;

const RELIABILITIES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];

function reliabilityColumn(row: Row): Reliability {
  const value = textColumn(row, 'reliability');
  const reliability = RELIABILITIES.find((grade) => grade === value);
  if (!reliability) throw new Error(`sources.reliability holds "${value}".`);
  return reliability;
}

function toSummary(row: Row, number: string): SourceSummary {
  const metadata = {
    outlet: textColumn(row, 'outlet'),
    url: textColumn(row, 'url'),
    agency: textColumn(row, 'agency'),
    publishedDate: textColumn(row, 'published_date'),
  };
  return {
    id: integerColumn(row, 'id'),
    number,
    label: sourceLabel(metadata, number),
    title: textColumn(row, 'title'),
    titleDerived: booleanColumn(row, 'title_derived'),
    outlet: textColumn(row, 'outlet'),
    byline: textColumn(row, 'byline'),
    publishedDate: textColumn(row, 'published_date'),
    url: textColumn(row, 'url'),
    dateline: textColumn(row, 'dateline'),
    agency: textColumn(row, 'agency'),
    attribution: textColumn(row, 'attribution'),
    reliability: reliabilityColumn(row),
    fileName: textColumn(row, 'file_name'),
    wordCount: integerColumn(row, 'word_count'),
    importedAt: textColumn(row, 'imported_at'),
  };
}

function sourceNotFound(id: number): CaseError {
  return new CaseError('not-found', `Source ${id} is not in this case. It may have been removed.`);
}

/** How long a title may be where a message names a source by it. */
const MESSAGE_TITLE_LENGTH = 40;

/** "#002 “Kim arrives in Russia…”": a source's label and the start of its title. */
function describeForMessage(source: SourceSummary): string {
  const title = Array.from(source.title.trim().replace(/\s+/g, ' '));
  const clipped =
    title.length > MESSAGE_TITLE_LENGTH
      ? `${title
          .slice(0, MESSAGE_TITLE_LENGTH - 1)
          .join('')
          .trimEnd()}…`
      : title.join('');
  return `${source.label} “${clipped}”`;
}

/** Why an import was refused as a duplicate of `existing`, naming it by its label. */
export function sameImportMessage(existing: SourceSummary): string {
  return `Already in the case as ${describeForMessage(existing)} (same file, same details).`;
}

/** That the text of a new import is already in the case, as `existing`. */
export function identicalTextMessage(existing: SourceSummary): string {
  return `Identical text to ${describeForMessage(existing)} — linked as a copy.`;
}

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The source `source` would duplicate, if any: the same file (the same bytes read as the same
 * format; for a source kept without its file, the same text under the same file name) with the
 * same details (every metadata field as the case now holds it). The same text under another
 * title, outlet, address or in another file is a republication, which is kept, so this is the
 * only import the case refuses as already there.
 */
export function findSameImport(db: DatabaseSync, source: NewSource): SourceSummary | null {
  const fileHash = source.original ? sha256Hex(source.original.bytes) : null;
  const candidates = cachedStatement(
    db,
    `SELECT s.id, s.file_name, f.format, f.sha256 FROM sources s
       LEFT JOIN source_files f ON f.source_id = s.id
      WHERE s.content_hash = ? ORDER BY s.id`,
  ).all(source.contentHash);
  for (const row of candidates) {
    const keptFile = row['sha256'] === null ? null : textColumn(row, 'sha256');
    // A file of another name is another publication of the text (a syndicated copy saved by
    // its own name), kept and linked as a copy; only the same name with the same bytes is not.
    const sameName = textColumn(row, 'file_name') === source.fileName;
    const sameFile =
      sameName &&
      (keptFile !== null && source.original && fileHash !== null
        ? keptFile === fileHash && textColumn(row, 'format') === source.original.format
        : true);
    if (!sameFile) continue;
    const existing = getSourceSummary(db, integerColumn(row, 'id'));
    const sameDetails = METADATA_KEYS.every((key) => existing[key] === source.metadata[key]);
    if (sameDetails) return existing;
  }
  return null;
}

/**
 * Adds a source and its paragraphs in one write transaction; returns the new id. The same
 * text may already be in the case (a republication); the same file with the same details is
 * refused with `already-exists` (see `findSameImport`).
 */
export function insertSource(db: DatabaseSync, source: NewSource): number {
  validateNewSource(source);
  return writeTransaction(db, () => {
    const existing = findSameImport(db, source);
    if (existing) {
      throw new CaseError('already-exists', `"${source.fileName}": ${sameImportMessage(existing)}`);
    }
    return insertRows(db, source);
  });
}

/** What became of one source of a batch (see `insertSources`). */
export type BatchOutcome =
  | { kind: 'inserted'; id: number; identicalTo: SourceSummary | null }
  | { kind: 'same-import'; existing: SourceSummary }
  | { kind: 'refused'; message: string };

/**
 * Adds several sources in ONE write transaction, so a batch of imports costs one commit (one
 * fsync) instead of one per file; outcomes come back in order. Each source is checked against
 * the case as it stands inside the transaction, earlier sources of the batch included, so the
 * same file twice in one batch is still a duplicate and the same text twice is still linked as
 * a copy. A source that fails validation is refused alone (its savepoint is rolled back); any
 * other error (the disk, the commit) rolls the whole batch back and is thrown: none of it is
 * stored, so none of it may be acknowledged.
 */
export function insertSources(db: DatabaseSync, batch: readonly NewSource[]): BatchOutcome[] {
  return transaction(db, () => {
    const outcomes: BatchOutcome[] = [];
    for (const source of batch) {
      db.exec('SAVEPOINT import_source');
      try {
        outcomes.push(insertOne(db, source));
        db.exec('RELEASE import_source');
      } catch (error) {
        db.exec('ROLLBACK TO import_source');
        db.exec('RELEASE import_source');
        if (!(error instanceof CaseError) || error.code !== 'invalid-request') throw error;
        outcomes.push({ kind: 'refused', message: error.message });
      }
    }
    // A batch of duplicates and refusals changed nothing, so derived data stays current.
    if (outcomes.some((outcome) => outcome.kind === 'inserted')) bumpRevision(db);
    return outcomes;
  });
}

function insertOne(db: DatabaseSync, source: NewSource): BatchOutcome {
  validateNewSource(source);
  // Only the same file with the same details is already here; the same text under another
  // title, outlet or address is a republication, kept and linked to the first as a copy.
  const existing = findSameImport(db, source);
  if (existing) return { kind: 'same-import', existing };
  const identical = findSourceIdByHash(db, source.contentHash);
  const id = insertRows(db, source);
  return {
    kind: 'inserted',
    id,
    identicalTo: identical === null ? null : getSourceSummary(db, identical),
  };
}

/** The rows of one source (inside the caller's transaction); returns the new id. */
function insertRows(db: DatabaseSync, source: NewSource): number {
  const { metadata } = source;
  const { lastInsertRowid } = cachedStatement(
    db,
    `INSERT INTO sources (title, title_derived, outlet, byline, published_date, url, dateline,
       agency, attribution, file_name, content_hash, text, word_count, removed_lines, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    metadata.title,
    source.titleDerived ? 1 : 0,
    metadata.outlet,
    metadata.byline,
    metadata.publishedDate,
    metadata.url,
    metadata.dateline,
    metadata.agency,
    metadata.attribution,
    source.fileName,
    source.contentHash,
    source.text,
    source.wordCount,
    JSON.stringify(source.removedLines),
    source.importedAt,
  );
  const id = Number(lastInsertRowid);
  if (source.original) {
    const { format, bytes } = source.original;
    cachedStatement(
      db,
      'INSERT INTO source_files (source_id, format, bytes, sha256) VALUES (?, ?, ?, ?)',
    ).run(id, format, bytes, sha256Hex(bytes));
  }
  const insertParagraph = cachedStatement(
    db,
    'INSERT INTO paragraphs (source_id, idx, start, "end") VALUES (?, ?, ?, ?)',
  );
  source.paragraphs.forEach(({ start, end }, index) => insertParagraph.run(id, index, start, end));
  return id;
}

/** The first source imported with this text (a case may hold the same text more than once). */
export function findSourceIdByHash(db: DatabaseSync, contentHash: string): number | null {
  const row = cachedStatement(
    db,
    'SELECT id FROM sources WHERE content_hash = ? ORDER BY id LIMIT 1',
  ).get(contentHash);
  return row ? integerColumn(row, 'id') : null;
}

export function listSources(db: DatabaseSync): SourceSummary[] {
  const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM sources ORDER BY id`).all();
  const numbers = numbersOf(db);
  return rows.map((row) => {
    const id = integerColumn(row, 'id');
    return toSummary(row, numbers.numberOf(id));
  });
}

export function getSourceSummary(db: DatabaseSync, id: number): SourceSummary {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM sources WHERE id = ?`).get(id);
  if (!row) throw sourceNotFound(id);
  return toSummary(row, numberOf(db, id));
}

/**
 * The summaries of the sources asked for, in that order, less any that do not exist: the case's
 * numbering is read once for all of them, not once each as getSourceSummary does.
 */
export function listSourceSummaries(db: DatabaseSync, ids: readonly number[]): SourceSummary[] {
  const numbers = numbersOf(db);
  const statement = cachedStatement(db, `SELECT ${SUMMARY_COLUMNS} FROM sources WHERE id = ?`);
  return ids.flatMap((id) => {
    const row = statement.get(id);
    return row ? [toSummary(row, numbers.numberOf(id))] : [];
  });
}

export function getSource(db: DatabaseSync, id: number): SourceDetail {
  const row = db
    .prepare(`SELECT ${SUMMARY_COLUMNS}, text, removed_lines FROM sources WHERE id = ?`)
    .get(id);
  if (!row) throw sourceNotFound(id);
  const text = textColumn(row, 'text');
  const spans = db
    .prepare('SELECT idx, start, "end" FROM paragraphs WHERE source_id = ? ORDER BY idx')
    .all(id)
    .map((span) => ({
      index: integerColumn(span, 'idx'),
      start: integerColumn(span, 'start'),
      end: integerColumn(span, 'end'),
    }));
  const texts = sliceSpans(text, spans);
  const file = db
    .prepare('SELECT format, length(bytes) AS size FROM source_files WHERE source_id = ?')
    .get(id);
  return {
    ...toSummary(row, numberOf(db, id)),
    text,
    paragraphs: spans.map((span, i) => ({ ...span, text: texts[i] ?? '' })),
    removedLines: parseRemovedLines(textColumn(row, 'removed_lines')),
    original: file
      ? {
          format: textColumn(file, 'format') as SourceFormat,
          size: integerColumn(file, 'size'),
        }
      : null,
  };
}

/** What search needs of a source: its title line and what results are filtered by. */
export interface SourceSearchRow {
  id: number;
  title: string;
  outlet: string;
  agency: string;
  reliability: Reliability;
  publishedDate: string;
}

const SEARCH_ROW_COLUMNS = 'id, title, outlet, agency, reliability, published_date';

function toSearchRow(row: Row): SourceSearchRow {
  return {
    id: integerColumn(row, 'id'),
    title: textColumn(row, 'title'),
    outlet: textColumn(row, 'outlet'),
    agency: textColumn(row, 'agency'),
    reliability: reliabilityColumn(row),
    publishedDate: textColumn(row, 'published_date'),
  };
}

/**
 * Search's view of every source (or of the sources asked for, in that order, less any that do
 * not exist), read from the covering index so no article text is touched.
 */
export function listSourceSearchRows(db: DatabaseSync, ids?: readonly number[]): SourceSearchRow[] {
  if (!ids) {
    return db
      .prepare(`SELECT ${SEARCH_ROW_COLUMNS} FROM sources INDEXED BY sources_search ORDER BY id`)
      .all()
      .map(toSearchRow);
  }
  const statement = cachedStatement(db, `SELECT ${SEARCH_ROW_COLUMNS} FROM sources WHERE id = ?`);
  return ids.flatMap((id) => {
    const row = statement.get(id);
    return row ? [toSearchRow(row)] : [];
  });
}

/** A page of search's view of the sources, by id after `afterId`, for reading a large case in slices. */
export function sourceSearchRowsAfter(
  db: DatabaseSync,
  afterId: number,
  limit: number,
): SourceSearchRow[] {
  return cachedStatement(
    db,
    `SELECT ${SEARCH_ROW_COLUMNS} FROM sources INDEXED BY sources_search
      WHERE id > ? ORDER BY id LIMIT ?`,
  )
    .all(afterId, limit)
    .map(toSearchRow);
}

/**
 * The text of each paragraph asked for ('' for one that does not exist), read by SQLite's
 * substr, which counts characters as paragraph offsets do (code points): the source's whole
 * text never leaves the database. For search snippets.
 */
export function paragraphTexts(
  db: DatabaseSync,
  wanted: ReadonlyArray<{ sourceId: number; paragraph: number }>,
): string[] {
  const statement = cachedStatement(
    db,
    `SELECT substr(s.text, p.start + 1, p."end" - p.start) AS text
       FROM paragraphs p JOIN sources s ON s.id = p.source_id
      WHERE p.source_id = ? AND p.idx = ?`,
  );
  return wanted.map(({ sourceId, paragraph }) => {
    const row = statement.get(sourceId, paragraph);
    return row ? textColumn(row, 'text') : '';
  });
}

/** The bytes a source was imported from, or null when the case predates kept files. */
export function getSourceFile(
  db: DatabaseSync,
  id: number,
): { format: SourceFormat; bytes: Uint8Array } | null {
  const row = db.prepare('SELECT format, bytes FROM source_files WHERE source_id = ?').get(id);
  if (!row) return null;
  const bytes = row['bytes'];
  if (!(bytes instanceof Uint8Array)) throw new Error('source_files.bytes is not a blob.');
  return { format: textColumn(row, 'format') as SourceFormat, bytes };
}

function parseRemovedLines(json: string): string[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value) || !value.every((line) => typeof line === 'string')) {
    throw new Error('sources.removed_lines is not a list of strings.');
  }
  return value;
}

/**
 * Edits metadata in one write transaction and returns the updated summary. Changing the title
 * marks it as no longer derived from the lead; re-sending the same title does not.
 */
export function updateSourceMetadata(
  db: DatabaseSync,
  id: number,
  changes: Partial<SourceMetadata>,
): SourceSummary {
  const fields = validateMetadataChanges(changes, `Cannot edit source ${id}`);
  if (Object.keys(fields).length === 0) return getSourceSummary(db, id);
  return writeTransaction(db, () => applyMetadataChanges(db, id, changes));
}

/**
 * The metadata edit itself, inside a transaction the caller holds (the edit history's).
 * Writes only the fields that differ, so re-sending the same values changes nothing.
 */
export function applyMetadataChanges(
  db: DatabaseSync,
  id: number,
  changes: Partial<SourceMetadata>,
): SourceSummary {
  const fields = validateMetadataChanges(changes, `Cannot edit source ${id}`);
  const current = getSourceSummary(db, id);
  const entries = (Object.entries(fields) as [keyof SourceMetadata, string][]).filter(
    ([key, value]) => current[key] !== value,
  );
  if (entries.length === 0) return current;
  const assignments = entries.map(([key]) => `${METADATA_COLUMNS[key]} = ?`);
  if (fields.title !== undefined && fields.title !== current.title) {
    assignments.push('title_derived = 0');
  }
  db.prepare(`UPDATE sources SET ${assignments.join(', ')} WHERE id = ?`).run(
    ...entries.map(([, value]) => value),
    id,
  );
  return getSourceSummary(db, id);
}

/** Sets a source's Admiralty reliability, inside the caller's transaction. */
export function setReliability(
  db: DatabaseSync,
  id: number,
  reliability: Reliability,
): SourceSummary {
  const current = getSourceSummary(db, id);
  if (current.reliability === reliability) return current;
  db.prepare('UPDATE sources SET reliability = ? WHERE id = ?').run(reliability, id);
  return getSourceSummary(db, id);
}
