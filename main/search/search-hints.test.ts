import { afterEach, describe, expect, it } from 'vitest';
import { createIndexedSampleCase, type createTestServices } from '../services/test-support';

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

async function sampleCase() {
  services = await createIndexedSampleCase();
  return services.search;
}

describe('search hints', () => {
  it('offers the nearest word the case holds, as the texts write it, for a word none holds', async () => {
    const search = await sampleCase();
    const response = search.query({ query: 'Vladivostock' });
    expect(response.hitCount).toBe(0);
    expect(response.hints).toEqual({
      didYouMean: [{ word: 'vladivostock', suggestion: 'vladivostok', query: 'vladivostok' }],
    });
    // The stem is what the index holds ("weapon"); the suggestion is a word from the texts.
    const stemmed = search.query({ query: 'weapns' });
    expect(stemmed.hints?.didYouMean?.[0]).toMatchObject({ suggestion: 'weapons' });
    expect(
      search.query({ query: stemmed.hints?.didYouMean?.[0]?.query ?? '' }).hitCount,
    ).toBeGreaterThan(0);
  });

  it('says when words are looked for as any of them, and keeps the rest of the query', async () => {
    const search = await sampleCase();
    expect(search.query({ query: 'Shoigu "armored train" title:Kim' }).hints).toEqual({
      anyOf: ['shoigu', '"armored train"', 'title:kim'],
    });
    expect(search.query({ query: 'Kim Vladivostock -lunch' }).hints).toEqual({
      anyOf: ['kim', 'vladivostock'],
      didYouMean: [
        { word: 'vladivostock', suggestion: 'vladivostok', query: 'Kim vladivostok -lunch' },
      ],
    });
  });

  it('says nothing when every word is required or found, or no word is near', async () => {
    const search = await sampleCase();
    expect(search.query({ query: '+Shoigu +Kim' }).hints).toBeUndefined();
    expect(search.query({ query: 'Shoigu' }).hints).toBeUndefined();
    expect(search.query({ query: 'qqqzzzx' }).hints).toBeUndefined();
    expect(search.query({ query: 'vladi*' }).hints).toBeUndefined();
  });
});
