import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseQuery } from '../core/search/query';
import { SEARCH_ENGINE_VERSION, SEARCH_FIELD_NAMES } from '../search/analysis';
import { SearchEngine } from '../search/search-engine';
import { Segment, type SegmentDoc } from '../search/segment';
import { buildSegment } from '../search/segment-writer';
import { CaseDatabase } from '../storage/case-database';
import { storedSegment } from './stored-segment';

let database: CaseDatabase | null = null;
afterEach(() => database?.close());

const WORDS = ['harbour', 'strike', 'minister', 'grain', 'ferry', 'talks', 'court', 'storm'];

function docs(): SegmentDoc[] {
  return Array.from({ length: 120 }, (_, i) => ({
    fields: {
      body: `Report ${i}: the ${WORDS[i % 8]} and the ${WORDS[(i * 3) % 8]} of day ${i % 17}.`,
    },
    meta: { kind: 'passage', sourceId: i + 1, paragraph: 0, start: 0 },
  }));
}

/** A segment stored in small chunks, so that reading part of it is visible. */
function storeInChunks(db: CaseDatabase, data: Uint8Array, chunk: number) {
  const id = db.startSearchSegment({
    kind: 'passages',
    engineVersion: SEARCH_ENGINE_VERSION,
    sourceIds: [],
    caseRevision: 0,
  });
  for (let seq = 0; seq * chunk < data.length; seq++) {
    db.appendSearchSegmentChunk(id, seq, data.subarray(seq * chunk, (seq + 1) * chunk));
  }
  db.finishSearchSegment(id, []);
  const head = db.listSearchSegmentHeads().find((stored) => stored.id === id);
  if (!head) throw new Error('segment not stored');
  return head;
}

const answer = (segment: Segment, query: string) => {
  const parsed = parseQuery(query, SEARCH_FIELD_NAMES);
  if (!parsed.ok) throw new Error(parsed.message);
  const engine = new SearchEngine([{ segment, kind: 'passages', sourceIds: [] }], 'en');
  const result = engine.search(parsed.clauses);
  const held = engine.termPositions(result.docs, 'body', result.marked.body);
  return result.docs.map((doc) => ({
    ref: doc.ref,
    score: doc.score,
    positions: [...(held.get(doc)?.positions ?? [])],
  }));
};

describe('storedSegment', () => {
  it('reads the postings of a term when a query first needs them, and answers as the whole segment does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-stored-segment-'));
    database = CaseDatabase.create(join(dir, 'case.corroborate'), { name: 'Segments' });
    const data = buildSegment(docs());
    const head = storeInChunks(database, data, 256);
    const reads = vi.spyOn(database, 'readSearchSegmentChunks');
    const chunksRead = () =>
      reads.mock.calls.reduce((sum, [, from, to]) => sum + (to - from + 1), 0);

    const lazy = storedSegment(database, head);
    const atOpen = chunksRead();
    expect(atOpen).toBeGreaterThan(0);
    expect(atOpen).toBeLessThan(head.chunkSizes.length);

    const whole = Segment.decode(data);
    for (const query of ['harbour', 'strike ferry', '"the grain"', 'minist*', 'stom~1']) {
      expect(answer(lazy, query), query).toEqual(answer(whole, query));
    }
    expect(chunksRead()).toBeGreaterThan(atOpen);
    // No chunk is read twice.
    const seen = reads.mock.calls.flatMap(([, from, to]) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i),
    );
    expect(new Set(seen).size).toBe(seen.length);
    expect(lazy.bytes).toEqual(data);
    expect(chunksRead()).toBe(head.chunkSizes.length);
  });

  it('refuses a segment cut short without reading its postings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-stored-segment-'));
    database = CaseDatabase.create(join(dir, 'case.corroborate'), { name: 'Segments' });
    const data = buildSegment(docs());
    const head = storeInChunks(database, data.slice(0, data.length >> 1), 256);
    expect(() => storedSegment(database as CaseDatabase, head)).toThrow(/cut short/);
  });
});
