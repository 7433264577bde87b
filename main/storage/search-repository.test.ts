import { DatabaseSync } from 'node:sqlite';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrate } from './migrations';
import {
  appendSearchSegmentChunk,
  discardIncompleteSearchSegments,
  finishSearchSegment,
  listSearchSegments,
  replaceSearchSegments,
  SEGMENT_CHUNK_BYTES,
  setSearchLanguage,
  startSearchSegment,
} from './search-repository';

let db: DatabaseSync;
beforeEach(() => {
  db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db);
});

const head = { kind: 'passages' as const, engineVersion: 2, sourceIds: [1, 2], caseRevision: 7 };
const bytes = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 31) % 251);
const chunkCount = () => db.prepare('SELECT count(*) AS n FROM search_segment_chunks').get()?.['n'];

describe('search segments in chunks', () => {
  it('round-trip a segment larger than a chunk, byte for byte', () => {
    const data = bytes(SEGMENT_CHUNK_BYTES * 2 + 17);
    const id = replaceSearchSegments(db, { remove: [], add: { ...head, data } });
    expect(chunkCount()).toBe(3);
    const [stored] = listSearchSegments(db);
    expect(stored).toMatchObject({ id, ...head });
    expect(Buffer.compare(stored!.data, data)).toBe(0);
  });

  it('keep an empty segment', () => {
    replaceSearchSegments(db, { remove: [], add: { ...head, data: new Uint8Array(0) } });
    expect(listSearchSegments(db)[0]?.data.length).toBe(0);
  });

  it('show a segment written in steps only once it is finished, replacing the old one then', () => {
    const old = replaceSearchSegments(db, { remove: [], add: { ...head, data: bytes(10) } })!;
    const id = startSearchSegment(db, { ...head, sourceIds: [3] });
    appendSearchSegmentChunk(db, id, 0, bytes(5));
    expect(listSearchSegments(db).map((s) => s.id)).toEqual([old]);
    expect(finishSearchSegment(db, id, [old])).toBe(true);
    expect(listSearchSegments(db).map((s) => s.id)).toEqual([id]);
    expect(chunkCount()).toBe(1);
  });

  it('discard what a crash left half written, after which it cannot be finished', () => {
    const id = startSearchSegment(db, head);
    appendSearchSegmentChunk(db, id, 0, bytes(5));
    expect(discardIncompleteSearchSegments(db)).toBe(1);
    expect(chunkCount()).toBe(0);
    expect(finishSearchSegment(db, id, [])).toBe(false);
    expect(listSearchSegments(db)).toEqual([]);
  });

  it('drop every segment and its chunks when the language changes', () => {
    replaceSearchSegments(db, { remove: [], add: { ...head, data: bytes(10) } });
    setSearchLanguage(db, 'de');
    expect(listSearchSegments(db)).toEqual([]);
    expect(chunkCount()).toBe(0);
  });
});
