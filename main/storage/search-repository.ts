import type { DatabaseSync } from 'node:sqlite';
import type { SearchLanguage } from '../../preload/contract';
import { blobColumn, integerColumn, textColumn } from './rows';
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

export function listSearchSegments(db: DatabaseSync): StoredSegment[] {
  return db
    .prepare(
      'SELECT id, kind, engine_version, source_ids, case_revision, data FROM search_segments ORDER BY id',
    )
    .all()
    .map((row) => ({
      id: integerColumn(row, 'id'),
      kind: textColumn(row, 'kind') as SegmentKind,
      engineVersion: integerColumn(row, 'engine_version'),
      sourceIds: JSON.parse(textColumn(row, 'source_ids')) as number[],
      caseRevision: integerColumn(row, 'case_revision'),
      data: blobColumn(row, 'data'),
    }));
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
    const remove = db.prepare('DELETE FROM search_segments WHERE id = ?');
    for (const id of change.remove) remove.run(id);
    if (!change.add) return null;
    const { kind, engineVersion, sourceIds, caseRevision, data } = change.add;
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO search_segments (kind, engine_version, source_ids, case_revision, data)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(kind, engineVersion, JSON.stringify(sourceIds), caseRevision, data);
    return Number(lastInsertRowid);
  });
}

export function searchLanguage(db: DatabaseSync): SearchLanguage {
  const row = db.prepare('SELECT language FROM search_settings WHERE id = 1').get();
  return (row ? textColumn(row, 'language') : 'en') as SearchLanguage;
}

/** A new language makes every segment stale: they are dropped in the same transaction. */
export function setSearchLanguage(db: DatabaseSync, language: SearchLanguage): void {
  transaction(db, () => {
    db.prepare('UPDATE search_settings SET language = ? WHERE id = 1').run(language);
    db.prepare('DELETE FROM search_segments').run();
  });
}
