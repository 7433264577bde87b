import { describe, expect, it } from 'vitest';
import { attributedDomain, findDirection } from './relation-direction';

describe('attributedDomain', () => {
  it.each([
    ['Content Source: www.washingtontimes.com', 'washingtontimes.com'],
    ['Originally published at https://News.Example.co.uk/story', 'news.example.co.uk'],
    ['Originally published by Example News', ''],
    ['', ''],
  ])('%j → %j', (attribution, domain) => {
    expect(attributedDomain(attribution)).toBe(domain);
  });
});

describe('findDirection', () => {
  const base = { label: '', attribution: '', outlet: '', url: '', publishedDate: '' };
  const copy = { ...base, id: 2, attribution: 'Content Source: www.washingtontimes.com' };

  it.each([
    ['a domain outlet', { outlet: 'washingtontimes.com' }, true],
    ['a named outlet', { outlet: 'The Washington Times' }, true],
    ['a url', { url: 'https://www.washingtontimes.com/news/x' }, true],
    ['another outlet', { outlet: 'apnews.com' }, false],
    ['nothing known', {}, false],
  ])('tells whether the attribution names the origin: %s', (_, origin, namesOrigin) => {
    expect(findDirection({ ...base, id: 1, ...origin }, copy)).toMatchObject({
      copy: { id: 2 },
      origin: { id: 1 },
      reason: 'attribution',
      namesOrigin,
    });
  });
});
