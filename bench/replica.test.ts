import { describe, expect, it } from 'vitest';
import type { BbcArticle } from './bbc-corpus';
import { replicaTexts, timedItems } from './replica';

const articles: BbcArticle[] = [
  {
    name: 'business/001',
    category: 'business',
    text: 'Shares rise\n\nThe market rose on Monday. Investors bought shares in the company. Prices climbed.',
  },
  {
    name: 'sport/002',
    category: 'sport',
    text: 'Cup final\n\nThe team won the final. Fans celebrated in the city. The coach praised the players.',
  },
];

describe('replicaTexts', () => {
  it('makes `factor` distinct variants per article, article by article', () => {
    const texts = [...replicaTexts(articles, 3)];
    expect(texts.map((text) => text.name)).toEqual([
      'business-001-v0.txt',
      'business-001-v1.txt',
      'business-001-v2.txt',
      'sport-002-v0.txt',
      'sport-002-v1.txt',
      'sport-002-v2.txt',
    ]);
    expect(new Set(texts.map((text) => text.text)).size).toBe(6);
  });

  it('keeps the ×10 variants as the first ten of a larger replica', () => {
    const ten = [...replicaTexts(articles)];
    const hundred = [...replicaTexts(articles, 100)];
    expect(hundred).toHaveLength(200);
    expect(hundred.slice(0, 10)).toEqual(ten.slice(0, 10));
    expect(hundred.slice(100, 110)).toEqual(ten.slice(10, 20));
  });

  it('makes variants only as they are read', () => {
    const iterator = replicaTexts(articles, 1_000_000)[Symbol.iterator]();
    expect(iterator.next().value?.name).toBe('business-001-v0.txt');
  });
});

describe('timedItems', () => {
  it('adds up the time spent producing the items, not the time spent using them', () => {
    let now = 0;
    function* slow() {
      now += 5;
      yield 'a';
      now += 7;
      yield 'b';
      now += 1;
    }
    const timed = timedItems(slow(), () => now);
    const seen: string[] = [];
    for (const item of timed.items) {
      seen.push(item);
      now += 100; // the consumer's own work
    }
    expect(seen).toEqual(['a', 'b']);
    expect(timed.elapsed()).toBe(13);
  });
});
