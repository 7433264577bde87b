import { describe, expect, it } from 'vitest';
import { candidatesFor, choose, FEATURE_NAMES, train } from './speaker-ranker';

const TEXT =
  'Talks began in Geneva.\n\nForeign minister Ann Lee met Tom Roe on Monday. "We are ready to talk," Lee said. Roe left early.';

describe('speaker reranker experiment', () => {
  const quoteStart = TEXT.indexOf('We are ready');
  const quote = { found: true, speaker: null, start: quoteStart, end: quoteStart + 20 };

  it('offers nobody and every name near the quote, at its fullest', () => {
    const names = candidatesFor(TEXT, quote).map((candidate) => candidate.name);
    expect(names[0]).toBeNull();
    expect(names).toContain('Ann Lee');
    expect(names).toContain('Tom Roe');
    for (const candidate of candidatesFor(TEXT, quote))
      expect(candidate.features).toHaveLength(FEATURE_NAMES.length);
  });

  it('learns from examples which candidate features mark the speaker', () => {
    const candidates = candidatesFor(TEXT, quote);
    const example = { set: 'a', id: 1, gold: 'Ann Lee', rule: null, candidates };
    const weights = train(
      Array.from({ length: 5 }, () => example),
      300,
    );
    expect(choose(weights, example)).toBe('Ann Lee');
  });
});
