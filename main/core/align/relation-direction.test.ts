import { describe, expect, it } from 'vitest';
import {
  attributedDomain,
  describeDirection,
  findDirection,
  undeterminedReason,
} from './relation-direction';
import type { SourceFacts } from './source-facts';

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

const facts = (label: string, changes: Partial<SourceFacts> = {}): SourceFacts => ({
  id: label === 'A' ? 1 : 2,
  label,
  attribution: '',
  outlet: '',
  url: '',
  publishedDate: '',
  agency: '',
  ...changes,
});

describe('findDirection', () => {
  const copy = facts('B', { attribution: 'Content Source: www.washingtontimes.com' });

  it.each([
    ['a domain outlet', { outlet: 'washingtontimes.com' }, true],
    ['a named outlet', { outlet: 'The Washington Times' }, true],
    ['a url', { url: 'https://www.washingtontimes.com/news/x' }, true],
    ['another outlet', { outlet: 'apnews.com' }, false],
    ['nothing known', {}, false],
  ])('tells whether the attribution names the origin: %s', (_, origin, namesOrigin) => {
    expect(findDirection(facts('A', origin), copy)).toMatchObject({
      copy: { id: 2 },
      origin: { id: 1 },
      reason: 'attribution',
      namesOrigin,
    });
  });

  // [case, A, B, the copy ('A' | 'B' | null for no decision), the evidence or the reason for none]
  it.each<[string, Partial<SourceFacts>, Partial<SourceFacts>, 'A' | 'B' | null, string]>([
    [
      'only B credits a source',
      {},
      { attribution: 'Article courtesy of www.example.com' },
      'B',
      'B carries the line “Article courtesy of www.example.com”',
    ],
    [
      'only A credits a source',
      { attribution: 'Originally published by Example News.' },
      {},
      'A',
      'A carries the line “Originally published by Example News.”',
    ],
    [
      'the copy credits a third site',
      { outlet: 'Example News' },
      { attribution: 'Source: www.third-site.org' },
      'B',
      'B carries the line “Source: www.third-site.org”',
    ],
    [
      'both credit; the copy names the other’s site',
      { attribution: 'Source: www.third-site.org', url: 'https://www.example.com/kim' },
      { attribution: 'Read more at example.com' },
      'B',
      "B carries the line “Read more at example.com”, which names A's outlet",
    ],
    [
      'both credit; the copy names the other outlet by name',
      { attribution: 'Via Reuters', outlet: 'Example News' },
      { attribution: 'This article first appeared on Example News.' },
      'B',
      "B carries the line “This article first appeared on Example News.”, which names A's outlet",
    ],
    [
      'both credit each other',
      { attribution: 'Source: www.b-site.com', url: 'https://a-site.com/x' },
      { attribution: 'Source: www.a-site.com', url: 'https://b-site.com/x' },
      null,
      'each credits the other and their publication dates are not both known',
    ],
    [
      'both credit the same third party',
      { attribution: 'Content Source: www.washingtontimes.com' },
      { attribution: 'Originally published at https://www.washingtontimes.com/news/x' },
      null,
      'both credit the same source (“Content Source: www.washingtontimes.com”) and their publication dates are not both known',
    ],
    [
      'both credit the same third party, one by name; dates decide',
      { attribution: 'Source: The Washington Times', publishedDate: '2023-09-12' },
      { attribution: 'Courtesy of washingtontimes.com', publishedDate: '2023-09-11' },
      'A',
      'B is dated 2023-09-11 and A 2023-09-12',
    ],
    [
      'each credits a different third party',
      { attribution: 'Source: AP' },
      { attribution: 'Source: AFP' },
      null,
      'each credits a source the other does not and their publication dates are not both known',
    ],
    [
      'both carry the same “(Reuters) —”',
      { agency: 'Reuters' },
      { agency: 'Reuters' },
      null,
      'both credit the same source (“Reuters”) and their publication dates are not both known',
    ],
    [
      'a credit line to the wire the other side’s dateline credits',
      { agency: 'AP' },
      { attribution: '— AP' },
      null,
      'both credit the same source (“AP”) and their publication dates are not both known',
    ],
    [
      'a wire credit on one side only: that side says where its text is from',
      { agency: 'AP' },
      {},
      'A',
      'A carries the wire credit “AP”',
    ],
    [
      'a wire credit against the wire’s own site',
      { agency: 'AP' },
      { url: 'https://apnews.com/article/kim-putin' },
      'A',
      "A carries the wire credit “AP”, which names B's outlet",
    ],
    [
      'the wire’s own story and a reprint both carry the dateline',
      { agency: 'Reuters', outlet: 'Reuters' },
      { agency: 'Reuters', outlet: 'Example News' },
      'B',
      "B carries the wire credit “Reuters”, which names A's outlet",
    ],
    [
      'a copyright line on one side only',
      { attribution: '© 2023 Example Media' },
      {},
      'A',
      'A carries the line “© 2023 Example Media”',
    ],
    [
      'a wire credit on each side, different wires',
      { agency: 'AP' },
      { agency: 'Reuters' },
      null,
      'each carries a wire credit or copyright line of its own and their publication dates are not both known',
    ],
    [
      'a copyright line naming the other side',
      { outlet: 'Example Media' },
      { attribution: '© 2023 Example Media' },
      'B',
      "B carries the line “© 2023 Example Media”, which names A's outlet",
    ],
    [
      'a copyright line naming its own outlet',
      { attribution: 'Copyright 2023 The Washington Times', outlet: 'washingtontimes.com' },
      {},
      null,
      'neither credits a source and their publication dates are not both known',
    ],
    [
      'a credit beats dates',
      { publishedDate: '2023-09-12' },
      { attribution: 'Via example.com', publishedDate: '2023-09-11' },
      'B',
      'B carries the line “Via example.com”',
    ],
    [
      'the earlier date is the origin',
      { publishedDate: '2005-03-01' },
      { publishedDate: '2005-03-04' },
      'B',
      'A is dated 2005-03-01 and B 2005-03-04',
    ],
    [
      'identical dates',
      { publishedDate: '2005-03-01' },
      { publishedDate: '2005-03-01' },
      null,
      'both are dated 2005-03-01 and neither credits a source',
    ],
    [
      'one date only',
      { publishedDate: '2005-03-01' },
      {},
      null,
      'neither credits a source and their publication dates are not both known',
    ],
  ])('%s', (_, changesA, changesB, copyLabel, words) => {
    const [a, b] = [facts('A', changesA), facts('B', changesB)];
    const direction = findDirection(a, b);
    if (copyLabel === null) {
      expect(direction).toBeNull();
      expect(describeDirection(direction, a, b)).toBe(`Direction undetermined: ${words}.`);
      return;
    }
    const [copy, origin] = copyLabel === 'A' ? [a, b] : [b, a];
    expect(direction).toMatchObject({ copy, origin, evidence: words });
    // Either way round, the same answer.
    expect(findDirection(b, a)).toMatchObject({ copy, origin, evidence: words });
  });
});

describe('describeDirection', () => {
  it('puts the evidence in a sentence', () => {
    const [a, b] = [facts('A', { publishedDate: '2005-03-01' }), facts('B')];
    b.attribution = 'Article courtesy of www.example.com';
    expect(describeDirection(findDirection(a, b), a, b)).toBe(
      'B carries the line “Article courtesy of www.example.com”, so it is the copy.',
    );
    b.attribution = '';
    b.publishedDate = '2005-03-04';
    expect(describeDirection(findDirection(a, b), a, b)).toBe(
      'A is dated 2005-03-01 and B 2005-03-04, so A is taken as the origin.',
    );
  });
});

describe('undeterminedReason', () => {
  // A republication under another headline: the same text, what tells the origin is the details.
  it.each<[string, Partial<SourceFacts>, Partial<SourceFacts>, string]>([
    [
      'nothing known',
      {},
      {},
      'neither credits a source and their publication dates are not both known',
    ],
    [
      'both credit the same site',
      { attribution: 'Content Source: www.washingtontimes.com' },
      { attribution: 'Content Source: www.washingtontimes.com' },
      'both credit the same source (“Content Source: www.washingtontimes.com”) and their publication dates are not both known',
    ],
    [
      'the same date and no credit',
      { publishedDate: '2023-09-11', outlet: 'Daily Digest' },
      { publishedDate: '2023-09-11', url: 'https://farm.example/kim' },
      'both are dated 2023-09-11 and neither credits a source',
    ],
  ])('says why nothing decides it: %s', (_, a, b, reason) => {
    expect(undeterminedReason(facts('A', a), facts('B', b))).toBe(reason);
    expect(findDirection(facts('A', a), facts('B', b))).toBeNull();
  });

  it.each<[string, Partial<SourceFacts>, Partial<SourceFacts>]>([
    [
      'a credit line naming the other outlet',
      { outlet: 'The Washington Times' },
      { attribution: 'Content Source: www.washingtontimes.com' },
    ],
    ['two different dates', { publishedDate: '2023-09-11' }, { publishedDate: '2023-09-12' }],
  ])('is empty when the details decide it: %s', (_, a, b) => {
    expect(undeterminedReason(facts('A', a), facts('B', b))).toBe('');
    expect(findDirection(facts('A', a), facts('B', b))).toMatchObject({ origin: { id: 1 } });
  });
});
