import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../preload/contract';
import type { SegmentDoc } from '../search/segment';
import { inlineSegmentBuilder, type SegmentBuilder } from '../search/segment-builder';
import { createIndexedSampleCase, createTestServices, idleComparisonRunner } from './test-support';
import { SearchService } from './search-service';

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

async function* batchesOf(docs: SegmentDoc[]): AsyncGenerator<SegmentDoc[]> {
  await Promise.resolve();
  yield docs;
}

/** Counts the documents of each segment built, and the segments merged, to tell a load from a rebuild. */
function countingBuilder(): SegmentBuilder & { builds: number[]; merges: number[] } {
  const builds: number[] = [];
  const merges: number[] = [];
  return {
    builds,
    merges,
    build: async (batches, language) => {
      const docs: SegmentDoc[] = [];
      for await (const batch of batches) docs.push(...batch);
      builds.push(docs.length);
      return inlineSegmentBuilder.build(batchesOf(docs), language);
    },
    merge: (parts, language) => {
      merges.push(parts.length);
      return inlineSegmentBuilder.merge(parts, language);
    },
  };
}

async function sampleCase() {
  services = await createIndexedSampleCase();
  return services;
}

const sourcesOf = (response: SearchResponse) => response.groups.map((group) => group.sourceId);
const marked = (snippet: { text: string; highlights: Array<{ start: number; end: number }> }) =>
  snippet.highlights.map(({ start, end }) => Array.from(snippet.text).slice(start, end).join(''));

describe('SearchService on the sample case', () => {
  it('finds every source that names Shoigu, with the hit marked in the reader text', async () => {
    const { search, sources } = await sampleCase();
    const response = search.query({ query: 'Shoigu' });
    expect(response.error).toBeNull();
    expect(sourcesOf(response).sort()).toEqual([1, 2, 3, 4, 5]);
    for (const group of response.groups) {
      const hit = group.hits[0]!;
      expect(hit.kind).toBe('passage');
      expect(marked(hit.snippet)).toContain('Shoigu');
      const text = Array.from(sources.get(group.sourceId!).text);
      expect(text.slice(hit.spans[0]!.start, hit.spans[0]!.end).join('')).toBe('Shoigu');
      // Each group names its source as everything else does.
      expect(group.label).toBe(sources.get(group.sourceId!).label);
      expect(group.label).toMatch(/#00\d$/);
    }
  });

  it('answers a phrase only where its words stand together: 000 has the armored train, 001 not', async () => {
    const { search } = await sampleCase();
    const response = search.query({ query: '"armored train"' });
    expect(sourcesOf(response)).toEqual([1]);
    expect(marked(response.groups[0]!.hits[0]!.snippet)).toEqual(['armored train']);
    expect(search.query({ query: '"train armored"' }).groups).toEqual([]);
    // lunch (AP) and dinner (the Washington Times report), as the analyst should see.
    expect(sourcesOf(search.query({ query: 'lunch' }))).toEqual([3]);
    expect(sourcesOf(search.query({ query: 'dinner' }))).toEqual([4]);
    expect(
      search.query({ query: '-"armored train" +train' }).groups.map((g) => g.sourceId),
    ).not.toContain(1);
  });

  it('reports a malformed query with where it went wrong, and never throws', async () => {
    const { search } = await sampleCase();
    expect(search.query({ query: 'Kim "armored' }).error).toEqual({
      message: 'The quote that opens at character 5 is never closed.',
      at: 4,
    });
    expect(search.query({ query: 'author:Kim' }).error?.message).toMatch(
      /There is no field “author”/,
    );
    expect(search.query({ query: '   ' })).toMatchObject({ error: null, groups: [] });
  });

  it('filters by source, outlet, grade and date', async () => {
    const { search, sources } = await sampleCase();
    sources.setReliability({ id: 3, reliability: 'B' });
    expect(sourcesOf(search.query({ query: 'Shoigu', filters: { grades: ['B'] } }))).toEqual([3]);
    expect(
      sourcesOf(search.query({ query: 'Shoigu', filters: { sourceIds: [2, 5] } })).sort(),
    ).toEqual([2, 5]);
    expect(
      sourcesOf(search.query({ query: 'Shoigu', filters: { outlets: ['WashingtonTimes.com'] } })),
    ).toEqual([4]);
    sources.updateMetadata({ id: 5, changes: { publishedDate: '2023-09-05' } });
    expect(
      sourcesOf(
        search.query({
          query: 'Shoigu',
          filters: { dateFrom: '2023-09-01', dateTo: '2023-09-30' },
        }),
      ),
    ).toEqual([5]);
  });

  it('indexes claims with their tags, notes and edited titles, after the edit', async () => {
    const { search, tags, claims, notes, sources } = await sampleCase();
    const tag = tags.create({ name: 'Munitions' });
    claims.create({
      sourceId: 1,
      start: 0,
      end: 6,
      tagIds: [tag.id],
      note: 'check the artillery shells angle',
    });
    notes.save({ kind: 'case' }, 'Ask the desk about Vostochny cosmodrome access.');
    sources.updateMetadata({ id: 2, changes: { title: 'Spun copy from a content farm' } });
    await search.refresh();
    const tagged = search.query({ query: 'tags:munitions' });
    expect(tagged.groups[0]?.hits[0]).toMatchObject({ kind: 'claim' });
    expect(search.query({ query: 'artillery' }).groups[0]?.hits[0]?.kind).toBe('claim');
    const note = search.query({ query: 'Vostochny' });
    expect(note.groups.find((group) => group.sourceId === null)?.hits[0]?.kind).toBe('note');
    expect(sourcesOf(search.query({ query: 'title:"content farm"' }))).toEqual([2]);
    expect(search.query({ query: 'munitions', filters: { tagIds: [tag.id] } }).groups.length).toBe(
      1,
    );
  });
});

describe('SearchService languages', () => {
  it('stems with the case language: German finds Verhandlungen for verhandlung', async () => {
    services = createTestServices({ comparisonRunner: idleComparisonRunner });
    services.cases.create(join(services.dataDir, 'de.corroborate'), 'Deutsch');
    await services.sources.importBytes(
      'de.txt',
      Buffer.from('Gipfel in Wladiwostok\n\nDie Verhandlungen über Waffenlieferungen dauerten an.'),
    );
    await services.search.refresh();
    expect(services.search.query({ query: 'verhandlung' }).sourceCount).toBe(0);
    const status = await services.search.setLanguage('de');
    expect(status).toMatchObject({ language: 'de', state: 'ready', indexedSources: 1 });
    expect(services.search.query({ query: 'verhandlung' }).sourceCount).toBe(1);
    // German stop words are skipped; the phrase still checks the words in the text.
    expect(services.search.query({ query: '"die Verhandlungen"' }).sourceCount).toBe(1);
    // The language is the case's: reopening keeps it and loads the German segments.
    const path = services.cases.info()!.path;
    services.cases.close();
    services.cases.open(path);
    expect(services.search.status().language).toBe('de');
    expect(services.search.query({ query: 'Waffenlieferung' }).sourceCount).toBe(1);
  });

  it('refuses a language it has no stemmer for at the contract', async () => {
    await sampleCase();
    const answer = await services.dispatcher.dispatch('search:set-language', { language: 'xx' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(services.search.status().language).toBe('en');
  });
});

describe('SearchService segments', () => {
  it('loads its segments when the case is reopened instead of rebuilding them', async () => {
    const { cases, dataDir } = await sampleCase();
    const path = cases.info()!.path;
    cases.close();
    const builder = countingBuilder();
    const reopened = new SearchService(cases, builder, services.events);
    cases.open(path);
    expect(reopened.query({ query: 'Shoigu' }).sourceCount).toBe(5);
    await reopened.refresh();
    expect(builder.builds).toEqual([]);
    expect(dataDir).toBeTruthy();
  });

  it('indexes new sources in a small segment of their own, and merges many segments', async () => {
    const { cases, sources } = await sampleCase();
    const builder = countingBuilder();
    const search = new SearchService(cases, builder, services.events);
    await search.refresh();
    expect(builder.builds).toEqual([]);
    await sources.importBytes(
      'new.txt',
      Buffer.from('Harbour fire\n\nA fire gutted the harbour warehouse.'),
    );
    await search.refresh();
    // One passage segment for the new source (its title and one paragraph), then the
    // annotations again.
    expect(builder.builds[0]).toBe(2);
    expect(sourcesOf(search.query({ query: 'warehouse' }))).toEqual([6]);
    expect(search.status()).toMatchObject({ state: 'ready', indexedSources: 6, totalSources: 6 });

    for (let i = 0; i < 9; i++) {
      await sources.importBytes(
        `n${i}.txt`,
        Buffer.from(`Note ${i}\n\nParagraph about topic number ${i} and ${'x'.repeat(i + 1)}.`),
      );
      await search.refresh();
    }
    const passages = cases.database.listSearchSegments().filter((s) => s.kind === 'passages');
    expect(passages.length).toBeLessThanOrEqual(8);
    // Merged by copying postings: no source's text was read again for it.
    expect(builder.merges.length).toBeGreaterThan(0);
    expect(builder.builds.filter((docs) => docs > 3)).toEqual([]);
    expect(search.query({ query: 'Shoigu' }).sourceCount).toBe(5);
    expect(search.query({ query: 'topic' }).sourceCount).toBe(9);
  });

  it('stops quietly when the case is closed while a segment is being built (regression)', async () => {
    const { cases } = await sampleCase();
    // No segments stored: this service must build them all.
    const stored = cases.database.listSearchSegments().map((segment) => segment.id);
    cases.database.replaceSearchSegments({ remove: stored, add: null });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: SegmentBuilder = {
      build: async (batches, language) => {
        await gate;
        return inlineSegmentBuilder.build(batches, language);
      },
      merge: (parts, language) => inlineSegmentBuilder.merge(parts, language),
    };
    const errors: unknown[] = [];
    const search = new SearchService(cases, slow, services.events, (error) => errors.push(error));
    const running = search.refresh();
    cases.close();
    release();
    await running;
    expect(errors).toEqual([]);
  });

  it('drops segments of another engine version and rebuilds', async () => {
    const { cases } = await sampleCase();
    const path = join(cases.info()!.path);
    cases.database.replaceSearchSegments({
      remove: [],
      add: {
        kind: 'passages',
        engineVersion: 0,
        sourceIds: [1],
        caseRevision: 0,
        data: new TextEncoder().encode('{}'),
      },
    });
    cases.close();
    cases.open(path);
    const builder = countingBuilder();
    const search = new SearchService(cases, builder, services.events);
    expect(search.query({ query: 'Shoigu' }).sourceCount).toBe(5);
    expect(cases.database.listSearchSegments().every((s) => s.engineVersion !== 0)).toBe(true);
  });

  it('re-indexes a source whose title changed in a small segment, and finds it once', async () => {
    const { cases, sources } = await sampleCase();
    const builder = countingBuilder();
    const search = new SearchService(cases, builder, services.events);
    const before = search.query({ query: 'Shoigu' }).groups.find((g) => g.sourceId === 2);
    sources.updateMetadata({ id: 2, changes: { title: 'Spun copy from a content farm' } });
    await search.refresh();
    const paragraphs = cases.database.getSource(2).paragraphs.length;
    expect(builder.builds).toEqual([1 + paragraphs, 0]);
    expect(sourcesOf(search.query({ query: 'title:"content farm"' }))).toEqual([2]);
    const after = search.query({ query: 'Shoigu' }).groups.filter((g) => g.sourceId === 2);
    expect(after).toHaveLength(1);
    expect(after[0]?.hitCount).toBe(before?.hitCount);
    // And after reopening, from the stored segments, with nothing rebuilt.
    const path = cases.info()!.path;
    cases.close();
    cases.open(path);
    const reopened = countingBuilder();
    const again = new SearchService(cases, reopened, services.events);
    expect(again.query({ query: 'Shoigu' }).groups.filter((g) => g.sourceId === 2)).toHaveLength(1);
    await again.refresh();
    // (The app's own search service indexed the edit too: the annotations may be rebuilt.)
    expect(reopened.builds.filter((docs) => docs > 0)).toEqual([]);
  });

  it('drops a damaged segment and rebuilds it', async () => {
    const { cases } = await sampleCase();
    const path = cases.info()!.path;
    const [stored] = cases.database.listSearchSegments().filter((s) => s.kind === 'passages');
    const damaged = stored!.data.slice(0, stored!.data.length >> 1);
    cases.database.replaceSearchSegments({
      remove: [stored!.id],
      add: { ...stored!, data: damaged },
    });
    cases.close();
    cases.open(path);
    const builder = countingBuilder();
    const search = new SearchService(cases, builder, services.events);
    await search.refresh();
    expect(search.query({ query: 'Shoigu' }).sourceCount).toBe(5);
    expect(builder.builds[0]).toBeGreaterThan(5);
  });
});
