import { describe, expect, it } from 'vitest';
import { firstMatching, withinEdits } from './term-expansion';

describe('withinEdits', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(withinEdits('shoigu', 'shoygu', 1)).toBe(true);
    expect(withinEdits('shoigu', 'sohigu', 1)).toBe(true);
    expect(withinEdits('shoigu', 'shoigus', 1)).toBe(true);
    expect(withinEdits('shoigu', 'shogu', 1)).toBe(true);
    expect(withinEdits('shoigu', 'sxoygu', 1)).toBe(false);
    expect(withinEdits('shoigu', 'sxoygu', 2)).toBe(true);
    expect(withinEdits('ab', 'abcd', 1)).toBe(false);
  });
});

describe('firstMatching', () => {
  it('keeps the matching terms in order, at most MAX_EXPANSIONS of them', () => {
    expect(firstMatching(['ab', 'abc', 'b', 'cab'], (term) => term.includes('ab'))).toEqual([
      'ab',
      'abc',
      'cab',
    ]);
    const many = Array.from({ length: 2500 }, (_, i) => `t${i}`);
    expect(firstMatching(many, () => true)).toHaveLength(2000);
  });
});
