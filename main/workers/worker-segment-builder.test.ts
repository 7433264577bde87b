import { describe, expect, it } from 'vitest';
import { parseQuery } from '../core/search/query';
import { SEARCH_FIELD_NAMES } from '../search/analysis';
import { SearchEngine } from '../search/search-engine';
import { Segment, type SegmentDoc } from '../search/segment';
import { createWorkerSegmentBuilder } from './worker-segment-builder';
import { workerScript } from './worker-script';

async function* batches(...lists: SegmentDoc[][]): AsyncGenerator<SegmentDoc[]> {
  for (const list of lists) {
    await Promise.resolve();
    yield list;
  }
}

const passage = (sourceId: number, body: string): SegmentDoc => ({
  fields: { body },
  meta: { kind: 'passage', sourceId, paragraph: 0, start: 0 },
});

function search(data: Uint8Array, query: string, sourceIds: number[]): string[] {
  const parsed = parseQuery(query, SEARCH_FIELD_NAMES);
  if (!parsed.ok) throw new Error(parsed.message);
  const segment = Segment.decode(data);
  const engine = new SearchEngine([{ segment, kind: 'passages', sourceIds }]);
  return engine.search(parsed.clauses).docs.map((hit) => hit.ref);
}

describe('createWorkerSegmentBuilder', () => {
  it('builds segments in the search worker, from batches, in order, for the language asked', async () => {
    const builder = createWorkerSegmentBuilder(workerScript('search-worker'));
    const [english, german] = await Promise.all([
      builder.build(
        batches([passage(1, 'Talks were held in Москва.')], [passage(3, 'More talks.')]),
        'en',
      ),
      builder.build(batches([passage(2, 'Die Verhandlungen dauerten an.')]), 'de'),
    ]);
    expect(search(english, 'talk', [1, 3]).sort()).toEqual(['p:1:0', 'p:3:0']);
    expect(search(english, 'москва', [1, 3])).toEqual(['p:1:0']);
    expect(Segment.decode(german).language).toBe('de');
    expect(search(german, 'verhandlung', [2])).toEqual(['p:2:0']);
  });

  it('merges segments in the worker, leaving out dropped sources', async () => {
    const builder = createWorkerSegmentBuilder(workerScript('search-worker'));
    const first = await builder.build(batches([passage(1, 'old text about talks')]), 'en');
    const second = await builder.build(batches([passage(2, 'talks resumed')]), 'en');
    const merged = await builder.merge(
      [
        { data: first, dropSources: [1] },
        { data: second, dropSources: [] },
      ],
      'en',
    );
    expect(search(merged, 'talks', [2])).toEqual(['p:2:0']);
    expect(Segment.decode(merged).docCount).toBe(1);
  });

  it('fails the build, and stays usable, when the batches fail', async () => {
    const builder = createWorkerSegmentBuilder(workerScript('search-worker'));
    async function* failing(): AsyncGenerator<SegmentDoc[]> {
      yield [passage(1, 'talks')];
      throw new Error('The case was closed.');
    }
    await expect(builder.build(failing(), 'en')).rejects.toThrow('The case was closed.');
    const data = await builder.build(batches([passage(4, 'talks')]), 'en');
    expect(search(data, 'talks', [4])).toEqual(['p:4:0']);
  });
});
