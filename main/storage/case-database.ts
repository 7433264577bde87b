import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type {
  RecoveryNotice,
  SearchLanguage,
  HistoryState,
  SourceDetail,
  SourceMetadata,
  SourceSummary,
} from '../../preload/contract';
import { CaseError } from '../core/errors';
import { CASE_APPLICATION_ID, newerSchemaError, notACaseError } from './case-file-check';
import { writeBackup, type BackupInfo } from './backups';
import { markClosed, openCaseFile } from './open-case-file';
import { CaseIntegrity } from './case-integrity';
import type { IntegrityCheckTiming, IntegrityReport } from './integrity-check';
import { buildCaseFile } from './create-case-file';
import type { PairAlignment } from '../core/align';
import * as comparisons from './comparison-repository';
import * as facts from './facts-repository';
import * as search from './search-repository';
import { readCaseSnapshot, writeCaseSnapshot } from './snapshot-repository';
import type { CaseSnapshot } from '../core/exchange/case-snapshot';
import type { StoredPair } from './comparison-repository';
import { CaseStore } from './case-store';
import * as history from './history';
import type { EditOptions, EditOutcome } from './history';
import { changeLogSql } from './history-tables';
import { CASE_SCHEMA_VERSION, migrate, readSchemaVersion } from './migrations';
import { integerColumn, textColumn } from './rows';
import * as sources from './source-repository';
import type { NewSource } from './source-validation';
import { withIoErrors } from './sqlite-errors';
import { cachedStatement } from './statements';

export { CASE_APPLICATION_ID, checkCaseFile } from './case-file-check';
export { CASE_SCHEMA_VERSION } from './migrations';
export type { NewSource } from './source-validation';
export type { StoredPair } from './comparison-repository';
export type { StoredSourceFacts } from './facts-repository';
export type { ClaimRow, NewOccurrence, StoredNote, TagFields } from './case-store';
export { CaseStore } from './case-store';
export type { EditOptions, EditOutcome } from './history';
export type { IntegrityCheckTiming, IntegrityReport } from './integrity-check';

export interface CaseDatabaseInfo {
  name: string;
  createdAt: string;
  schemaVersion: number;
  sourceCount: number;
  /** Bumped by every write transaction; derived data cached against the case keys on it. */
  revision: number;
}

/**
 * One open case file, held exclusively by this connection until `close()` (or until the
 * process dies). All methods are synchronous; I/O trouble surfaces as `CaseError('io')`.
 * A case whose integrity check (see `integrity`) found damage refuses every change.
 */
export class CaseDatabase {
  #db: DatabaseSync | null;
  readonly #release: () => void;
  readonly #integrity: CaseIntegrity;

  private constructor(
    /** Absolute path of the case file. */
    readonly path: string,
    db: DatabaseSync,
    release: () => void,
    /** Set when opening found the case damaged and restored it from a good copy. */
    readonly recovery: RecoveryNotice | null,
    checkedAtOpen: boolean,
  ) {
    this.#db = db;
    this.#release = release;
    this.#integrity = new CaseIntegrity(path, db, checkedAtOpen);
  }

  /**
   * The case's `PRAGMA quick_check`: already settled if it ran at open, else running in a
   * worker thread (integrity-check.ts). Never rejects.
   */
  get integrity(): Promise<IntegrityReport> {
    return this.#integrity.result;
  }

  /** What the check found wrong, as a message for the analyst; null while none is known. */
  get damage(): string | null {
    return this.#integrity.damage;
  }

  /** Creates a new case at `filePath` (which must not exist) and opens it. */
  static create(filePath: string, options: { name: string }): CaseDatabase {
    const resolved = path.resolve(filePath);
    const name = typeof options.name === 'string' ? options.name.trim() : '';
    if (name === '') {
      throw new CaseError('invalid-request', `Give the case at "${resolved}" a name.`);
    }
    buildCaseFile(resolved, name, new Date().toISOString());
    return CaseDatabase.open(resolved);
  }

  /**
   * Opens an existing case, upgrading its format if it is older than this build. A damaged
   * case with a good backup is restored first (see `recovery`).
   */
  static open(
    filePath: string,
    options: {
      now?: () => Date;
      /** 'after-open' returns before the quick check has run (see openCaseFile). */
      integrityCheck?: IntegrityCheckTiming;
    } = {},
  ): CaseDatabase {
    const resolved = path.resolve(filePath);
    const { db, release, recovery, checkedAtOpen } = openCaseFile(
      resolved,
      (connection) => {
        prepareSchema(connection, resolved);
        connection.exec(changeLogSql());
      },
      options.now ?? (() => new Date()),
      options.integrityCheck ?? 'at-open',
    );
    return new CaseDatabase(resolved, db, release, recovery, checkedAtOpen);
  }

  /**
   * Writes a verified backup beside the case (see backups.ts) and prunes the oldest beyond
   * `keep`. Blocks while SQLite copies the case.
   */
  backup(options: { now: Date; keep?: number }): BackupInfo {
    // A copy of a damaged case would push a good backup out.
    return this.#write((db) => writeBackup(db, this.path, options));
  }

  /**
   * Flags the case closed cleanly, then releases the lock. Safe to call more than once. A
   * damaged case keeps its flag set, so the next open checks it before anything else and
   * restores it from a backup.
   */
  close(): void {
    const db = this.#db;
    if (!db) return;
    this.#db = null;
    try {
      // Closing checkpoints the log into the file the background check may still be reading.
      this.#integrity.cancel();
      try {
        if (this.#integrity.damage === null) markClosed(db);
      } catch {
        // A full or failing disk: the flag stays set, and the next open checks the case.
      }
      withIoErrors(this.path, () => db.close());
    } finally {
      this.#release();
    }
  }

  info(): CaseDatabaseInfo {
    return this.#use((db) => {
      const row = cachedStatement(
        db,
        `SELECT name, created_at, revision, (SELECT count(*) FROM sources) AS source_count
           FROM case_info WHERE id = 1`,
      ).get();
      if (!row) throw new Error('The case has no case_info row.');
      return {
        name: textColumn(row, 'name'),
        createdAt: textColumn(row, 'created_at'),
        schemaVersion: readSchemaVersion(db),
        sourceCount: integerColumn(row, 'source_count'),
        revision: integerColumn(row, 'revision'),
      };
    });
  }

  /** The case's revision alone: one row by key, cheap enough to ask before every query. */
  revision(): number {
    return this.#use((db) => {
      const row = cachedStatement(db, 'SELECT revision FROM case_info WHERE id = 1').get();
      if (!row) throw new Error('The case has no case_info row.');
      return integerColumn(row, 'revision');
    });
  }

  /**
   * Adds a source with its paragraphs; `already-exists` if the same file with the same details
   * is in the case (the same text alone is a republication, and is kept).
   */
  insertSource(source: NewSource): number {
    return this.#write((db) => sources.insertSource(db, source));
  }

  /**
   * Adds a batch of sources in one transaction (one commit); outcomes in order. A source that
   * fails validation is refused alone; any other failure stores none of them and is thrown.
   */
  insertSources(batch: readonly NewSource[]): sources.BatchOutcome[] {
    return this.#use((db) => sources.insertSources(db, batch));
  }

  /** The source `source` would duplicate (same file, same details), or null. */
  findSameImport(source: NewSource): SourceSummary | null {
    return this.#use((db) => sources.findSameImport(db, source));
  }

  /** The first source imported with this text, or null. */
  findSourceIdByHash(contentHash: string): number | null {
    return this.#use((db) => sources.findSourceIdByHash(db, contentHash));
  }

  /** Every source, in import order. */
  listSources(): SourceSummary[] {
    return this.#use((db) => sources.listSources(db));
  }

  getSourceFile(id: number): ReturnType<typeof sources.getSourceFile> {
    return this.#use((db) => sources.getSourceFile(db, id));
  }

  getSourceSummary(id: number): SourceSummary {
    return this.#use((db) => sources.getSourceSummary(db, id));
  }

  /** Summaries of the sources asked for, in order, less any that do not exist. */
  listSourceSummaries(ids: readonly number[]): SourceSummary[] {
    return this.#use((db) => sources.listSourceSummaries(db, ids));
  }

  getSource(id: number): SourceDetail {
    return this.#use((db) => sources.getSource(db, id));
  }

  /** Search's view of every source, or of those asked for, without reading their texts. */
  listSourceSearchRows(ids?: readonly number[]): sources.SourceSearchRow[] {
    return this.#use((db) => sources.listSourceSearchRows(db, ids));
  }

  /** A page of search's view of the sources, by id. */
  sourceSearchRowsAfter(afterId: number, limit: number): sources.SourceSearchRow[] {
    return this.#use((db) => sources.sourceSearchRowsAfter(db, afterId, limit));
  }

  /** Paragraph texts by source and index, without reading whole sources. */
  paragraphTexts(wanted: ReadonlyArray<{ sourceId: number; paragraph: number }>): string[] {
    return this.#use((db) => sources.paragraphTexts(db, wanted));
  }

  /** An undoable metadata edit ("Edit source details"). */
  updateSourceMetadata(
    id: number,
    changes: Partial<SourceMetadata>,
    now: Date = new Date(),
  ): EditOutcome<SourceSummary> {
    return this.edit({ label: 'Edit source details', now }, (store) =>
      store.updateSourceMetadata(id, changes),
    );
  }

  /** The whole case in one read transaction; `originals`: with the imported files' bytes. */
  snapshot(options: { originals: boolean } = { originals: true }): CaseSnapshot {
    return this.#use((db) => readCaseSnapshot(db, options));
  }

  /** Fills an empty case from a snapshot, keeping ids; one transaction (see snapshot-repository). */
  restoreSnapshot(snapshot: CaseSnapshot): void {
    this.#write((db) => writeCaseSnapshot(db, snapshot));
  }

  /** Reads claims, tags, grades and notes (no transaction: each read is one statement). */
  read<T>(work: (store: CaseStore) => T): T {
    return this.#use((db) => work(new CaseStore(db)));
  }

  /**
   * One user edit: `work` runs in one write transaction and everything it changes becomes one
   * undoable history entry. A failure rolls the edit back and records nothing.
   */
  edit<T>(options: EditOptions, work: (store: CaseStore) => T): EditOutcome<T> {
    return this.#write((db) => history.recordEdit(db, options, () => work(new CaseStore(db))));
  }

  /** Undoes the newest edit; the value is its label. `invalid-request` if there is none. */
  undo(): EditOutcome<string> {
    return this.#write((db) => history.undo(db));
  }

  redo(): EditOutcome<string> {
    return this.#write((db) => history.redo(db));
  }

  historyState(): HistoryState {
    return this.#use((db) => history.historyState(db));
  }

  /** Sources compared with every other compared source by this engine version. */
  comparedSourceIds(engineVersion: number): Set<number> {
    return this.#use((db) => comparisons.comparedSourceIds(db, engineVersion));
  }

  saveComparisons(run: {
    engineVersion: number;
    comparedIds: readonly number[];
    pairs: readonly StoredPair[];
  }): void {
    this.#write((db) => comparisons.saveComparisons(db, run));
  }

  /** Facts cached by extractor version `engine` (facts-repository.ts). */
  listSourceFacts(engine: number): facts.StoredSourceFacts[] {
    return this.#use((db) => facts.listSourceFacts(db, engine));
  }

  sourceFactsOf(engine: number, ids: readonly number[]): facts.StoredSourceFacts[] {
    return this.#use((db) => facts.sourceFactsOf(db, engine, ids));
  }

  sourcesWithFacts(engine: number): Set<number> {
    return this.#use((db) => facts.sourcesWithFacts(db, engine));
  }

  saveSourceFacts(rows: readonly facts.StoredSourceFacts[]): void {
    this.#write((db) => facts.saveSourceFacts(db, rows));
  }

  listSearchSegments(): search.StoredSegment[] {
    return this.#use((db) => search.listSearchSegments(db));
  }

  replaceSearchSegments(change: Parameters<typeof search.replaceSearchSegments>[1]): number | null {
    return this.#write((db) => search.replaceSearchSegments(db, change));
  }

  /** Starts a segment written in chunks (see search-repository.ts). */
  startSearchSegment(head: search.SegmentHead): number {
    return this.#write((db) => search.startSearchSegment(db, head));
  }

  appendSearchSegmentChunk(segmentId: number, seq: number, bytes: Uint8Array): void {
    this.#write((db) => search.appendSearchSegmentChunk(db, segmentId, seq, bytes));
  }

  finishSearchSegment(segmentId: number, remove: readonly number[]): boolean {
    return this.#write((db) => search.finishSearchSegment(db, segmentId, remove));
  }

  listSearchSegmentHeads(): search.StoredSegmentHead[] {
    return this.#use((db) => search.listSearchSegmentHeads(db));
  }

  readSearchSegmentChunks(segmentId: number, from: number, to: number): Uint8Array[] {
    return this.#use((db) => search.readSearchSegmentChunks(db, segmentId, from, to));
  }

  discardIncompleteSearchSegments(): number {
    return this.#write((db) => search.discardIncompleteSearchSegments(db));
  }

  searchLanguage(): SearchLanguage {
    return this.#use((db) => search.searchLanguage(db));
  }

  setSearchLanguage(language: SearchLanguage): void {
    this.#write((db) => search.setSearchLanguage(db, language));
  }

  listStoredPairs(engineVersion: number): StoredPair[] {
    return this.#use((db) => comparisons.listStoredPairs(db, engineVersion));
  }

  storedPairsSignature(engineVersion: number): string {
    return this.#use((db) => comparisons.storedPairsSignature(db, engineVersion));
  }

  findStoredAlignment(engineVersion: number, a: number, b: number): PairAlignment | null {
    return this.#use((db) => comparisons.findStoredAlignment(db, engineVersion, a, b));
  }

  #use<T>(work: (db: DatabaseSync) => T): T {
    const db = this.#db;
    if (!db) throw new CaseError('no-case-open', `"${this.path}" has been closed.`);
    return withIoErrors(this.path, () => work(db));
  }

  /** A change: refused once the case is known to be damaged (SQLite's query_only backs this). */
  #write<T>(work: (db: DatabaseSync) => T): T {
    return this.#use((db) => {
      this.#integrity.assertWritable();
      return work(db);
    });
  }
}

/**
 * Re-checks identity and version through SQLite (authoritative: the header on disk can lag
 * behind a WAL that was not checkpointed), then upgrades an older case.
 */
function prepareSchema(db: DatabaseSync, filePath: string): void {
  const row = db.prepare('PRAGMA application_id').get();
  const applicationId = row ? integerColumn(row, 'application_id') >>> 0 : 0;
  if (applicationId !== CASE_APPLICATION_ID) throw notACaseError(filePath, 'other');
  const version = readSchemaVersion(db);
  if (version > CASE_SCHEMA_VERSION) throw newerSchemaError(filePath, version, CASE_SCHEMA_VERSION);
  migrate(db);
}
