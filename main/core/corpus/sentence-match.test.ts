import { describe, expect, it } from 'vitest';
import { SentenceMatcher } from './sentence-match';

const set = (...words: number[]) => Uint32Array.from(words).sort();
const thresholds = { minShared: 3, minContainment: 0.5, minOfLarger: 0.3 };

/** Eleven documents: words 1–4 are in ten of them (common), 10 and up in one or two (rare). */
const filler = Array.from({ length: 8 }, (_, index) => [set(1, 2, 3, 4, 100 + index)]);
const extra = Array.from({ length: 20 }, (_, index) => 200 + index);
const documents = [
  [set(1, 2, 3, 4, 10, 11, 12, 13)],
  [set(1, 2, 3, 4, 10, 11, 12, 14)],
  [set(...extra)],
  ...filler,
];
const matcher = new SentenceMatcher(documents, thresholds);

describe('SentenceMatcher', () => {
  it('matches a sentence with itself and with a lightly reworded copy', () => {
    expect(matcher.matches(set(1, 2, 10, 11, 12, 13), set(1, 2, 10, 11, 12, 13))).toBe(true);
    expect(matcher.matches(set(1, 2, 10, 11, 12, 13), set(1, 2, 10, 11, 12, 14))).toBe(true);
  });

  it('does not match sentences that share only words every document has', () => {
    expect(matcher.matches(set(1, 2, 3, 4, 10, 11), set(1, 2, 3, 4, 12, 13))).toBe(false);
  });

  it('weighs rare words above common ones', () => {
    expect(matcher.weightOf(set(10))).toBeGreaterThan(matcher.weightOf(set(1)));
    expect(matcher.weightOf(set(1, 10))).toBeCloseTo(Math.log1p(11 / 10) + Math.log1p(11 / 2));
  });

  it('needs the minimum number of shared words', () => {
    expect(matcher.matches(set(10, 11), set(10, 11))).toBe(false);
    expect(matcher.matches(set(10, 11, 12), set(10, 11, 12))).toBe(true);
  });

  it('does not match a short phrase inside a much longer sentence', () => {
    const long = set(10, 11, 12, ...extra);
    expect(matcher.matches(set(10, 11, 12), long)).toBe(false);
    expect(matcher.matches(undefined, long)).toBe(false);
  });
});
