import type { DatabaseSync } from 'node:sqlite';
import type { SearchLanguage } from '../../preload/contract';
import { blobColumn, integerColumn, textColumn } from './rows';
import { cachedStatement } from './statements';
import { transaction } from './transaction';

export type SegmentKind = 'passages' | 'annotations';

export interface StoredSegment {
  id: number;
  kind: SegmentKind;
  engineVersion: number;
  sourceIds: number[];
  caseRevision: number;
  /** The encoded segment (main/search/segment.ts). */
  data: Uint8Array;
}

/** Chunks of about this size keep each write transaction short. */
export const SEGMENT_CHUNK_BYTES = 1 << 20;

export type SegmentHead = Omit<StoredSegment, 'id' | 'data'>;

/** Every complete segment, oldest first, its chunks put back together. */
export function listSearchSegments(db: DatabaseSync): StoredSegment[] {
  const chunks = db.prepare(
    'SELECT bytes FROM search_segment_chunks WHERE segment_id = ? ORDER BY seq',
  );
  return db
    .prepare(
      `SELECT id, kind, engine_version, source_ids, case_revision FROM search_segments
        WHERE complete = 1 ORDER BY id`,
    )
    .all()
    .map((row) => {
      const id = integerColumn(row, 'id');
      const parts = chunks.all(id).map((chunk) => blobColumn(chunk, 'bytes'));
      return {
        id,
        kind: textColumn(row, 'kind') as SegmentKind,
        engineVersion: integerColumn(row, 'engine_version'),
        sourceIds: JSON.parse(textColumn(row, 'source_ids')) as number[],
        caseRevision: integerColumn(row, 'case_revision'),
        data: parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts),
      };
    });
}

/** A complete segment without its bytes: the size of each chunk, to read them when needed. */
export interface StoredSegmentHead extends SegmentHead {
  id: number;
  chunkSizes: number[];
}

/**
 * Every complete segment, oldest first, with its chunks' sizes but not their bytes (SQLite
 * reads a blob's length without its overflow pages).
 */
export function listSearchSegmentHeads(db: DatabaseSync): StoredSegmentHead[] {
  const sizes = cachedStatement(
    db,
    'SELECT length(bytes) AS size FROM search_segment_chunks WHERE segment_id = ? ORDER BY seq',
  );
  return cachedStatement(
    db,
    `SELECT id, kind, engine_version, source_ids, case_revision FROM search_segments
      WHERE complete = 1 ORDER BY id`,
  )
    .all()
    .map((row) => {
      const id = integerColumn(row, 'id');
      return {
        id,
        kind: textColumn(row, 'kind') as SegmentKind,
        engineVersion: integerColumn(row, 'engine_version'),
        sourceIds: JSON.parse(textColumn(row, 'source_ids')) as number[],
        caseRevision: integerColumn(row, 'case_revision'),
        chunkSizes: sizes.all(id).map((chunk) => integerColumn(chunk, 'size')),
      };
    });
}

/** Chunks `from` … `to` (inclusive) of a segment, in order. */
export function readSearchSegmentChunks(
  db: DatabaseSync,
  segmentId: number,
  from: number,
  to: number,
): Uint8Array[] {
  return cachedStatement(
    db,
    'SELECT bytes FROM search_segment_chunks WHERE segment_id = ? AND seq BETWEEN ? AND ? ORDER BY seq',
  )
    .all(segmentId, from, to)
    .map((chunk) => blobColumn(chunk, 'bytes'));
}

/**
 * Adds a segment and removes the ones it replaces, in one transaction: a reader sees the old
 * set or the new one. Not a content change: the case revision stays as it was.
 */
export function replaceSearchSegments(
  db: DatabaseSync,
  change: { remove: readonly number[]; add: Omit<StoredSegment, 'id'> | null },
): number | null {
  return transaction(db, () => {
    if (!change.add) {
      removeSegments(db, change.remove);
      return null;
    }
    const id = startSearchSegment(db, change.add);
    const { data } = change.add;
    for (let seq = 0; seq * SEGMENT_CHUNK_BYTES < data.length; seq++) {
      const offset = seq * SEGMENT_CHUNK_BYTES;
      appendSearchSegmentChunk(db, id, seq, data.subarray(offset, offset + SEGMENT_CHUNK_BYTES));
    }
    completeSegment(db, id, change.remove);
    return id;
  });
}

/** Starts writing a segment: invisible to listSearchSegments until finished. */
export function startSearchSegment(db: DatabaseSync, head: SegmentHead): number {
  const { kind, engineVersion, sourceIds, caseRevision } = head;
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO search_segments (kind, engine_version, source_ids, case_revision, complete)
       VALUES (?, ?, ?, ?, 0)`,
    )
    .run(kind, engineVersion, JSON.stringify(sourceIds), caseRevision);
  return Number(lastInsertRowid);
}

export function appendSearchSegmentChunk(
  db: DatabaseSync,
  segmentId: number,
  seq: number,
  bytes: Uint8Array,
): void {
  db.prepare('INSERT INTO search_segment_chunks (segment_id, seq, bytes) VALUES (?, ?, ?)').run(
    segmentId,
    seq,
    bytes,
  );
}

/**
 * Makes a started segment complete and removes those it replaces, in one transaction. False
 * when the started segment is gone (discarded meanwhile): nothing changes then.
 */
export function finishSearchSegment(
  db: DatabaseSync,
  segmentId: number,
  remove: readonly number[],
): boolean {
  return transaction(db, () => completeSegment(db, segmentId, remove));
}

function completeSegment(db: DatabaseSync, segmentId: number, remove: readonly number[]): boolean {
  const { changes } = db
    .prepare('UPDATE search_segments SET complete = 1 WHERE id = ? AND complete = 0')
    .run(segmentId);
  if (Number(changes) !== 1) return false;
  removeSegments(db, remove);
  return true;
}

/** Drops segments a crash or a closed case left half written. */
export function discardIncompleteSearchSegments(db: DatabaseSync): number {
  return Number(db.prepare('DELETE FROM search_segments WHERE complete = 0').run().changes);
}

function removeSegments(db: DatabaseSync, ids: readonly number[]): void {
  const remove = db.prepare('DELETE FROM search_segments WHERE id = ?');
  for (const id of ids) remove.run(id);
}

export function searchLanguage(db: DatabaseSync): SearchLanguage {
  const row = cachedStatement(db, 'SELECT language FROM search_settings WHERE id = 1').get();
  return (row ? textColumn(row, 'language') : 'en') as SearchLanguage;
}

/** A new language makes every segment stale: they are dropped in the same transaction. */
export function setSearchLanguage(db: DatabaseSync, language: SearchLanguage): void {
  transaction(db, () => {
    db.prepare('UPDATE search_settings SET language = ? WHERE id = 1').run(language);
    db.prepare('DELETE FROM search_segments').run();
  });
}
