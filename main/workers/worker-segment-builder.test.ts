import { describe, expect, it } from 'vitest';
import { parseQuery } from '../core/search/query';
import { SEARCH_FIELD_NAMES } from '../search/lunr-index';
import { SearchEngine } from '../search/search-engine';
import { loadSegment, type SegmentData } from '../search/segment';
import { createWorkerSegmentBuilder } from './worker-segment-builder';
import { workerScript } from './worker-script';

describe('createWorkerSegmentBuilder', () => {
  it('builds segments in the search worker, in order, for the language asked', async () => {
    const builder = createWorkerSegmentBuilder(workerScript('search-worker'));
    const [english, german] = await Promise.all([
      builder.build(
        [
          {
            ref: 'p:1:0',
            fields: { body: 'Talks were held in Москва.' },
            meta: { kind: 'passage', sourceId: 1, paragraph: 0, start: 0 },
          },
        ],
        'en',
      ),
      builder.build(
        [
          {
            ref: 'p:2:0',
            fields: { body: 'Die Verhandlungen dauerten an.' },
            meta: { kind: 'passage', sourceId: 2, paragraph: 0, start: 0 },
          },
        ],
        'de',
      ),
    ]);
    const search = (data: string, query: string) => {
      const parsed = parseQuery(query, SEARCH_FIELD_NAMES);
      if (!parsed.ok) throw new Error(parsed.message);
      const engine = new SearchEngine([loadSegment(JSON.parse(data) as SegmentData)]);
      return engine.search(parsed.clauses).map((hit) => hit.ref);
    };
    expect(search(english, 'talk')).toEqual(['p:1:0']);
    expect(search(english, 'москва')).toEqual(['p:1:0']);
    expect((JSON.parse(german) as SegmentData).language).toBe('de');
    expect(search(german, 'verhandlung')).toEqual(['p:2:0']);
  });
});
