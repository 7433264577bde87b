import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termsWithinEdits } from './fuzzy-terms';
import { firstMatching, MAX_EXPANSIONS, withinEdits } from './term-expansion';

/** The expansion as it was: every term checked in turn. */
const scanned = (terms: readonly string[], query: string, max: number, limit = MAX_EXPANSIONS) =>
  firstMatching(terms, (term) => withinEdits(query, term, max)).slice(0, limit);

const sortedUnique = (terms: readonly string[]) => [...new Set(terms)].sort();

describe('termsWithinEdits', () => {
  const vocabulary = sortedUnique([
    'gover',
    'govern',
    'govert',
    'goverment',
    'government',
    'governor',
    'minist',
    'minster',
    'monster',
    'shoigu',
    'shoygu',
    'sohigu',
    'shogu',
    'shoigus',
    'café',
    'cafe',
    'cafés',
    'a',
    'ab',
    'ba',
    'abc',
    '東京',
    '東京都',
  ]);

  it.each<[string, number]>([
    ['govern', 1],
    ['goverment', 1],
    ['goverment', 2],
    ['minster', 1],
    ['shoigu', 1],
    ['shoigu', 2],
    ['café', 1],
    ['ab', 1],
    ['ba', 2],
    ['東京', 1],
    ['', 1],
    ['zzz', 1],
  ])('finds what a scan finds: %s~%i', (query, max) => {
    expect(termsWithinEdits(vocabulary, query, max, MAX_EXPANSIONS)).toEqual(
      scanned(vocabulary, query, max),
    );
  });

  it('keeps the first `limit` matches in order', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `t${String(i).padStart(4, '0')}`).sort();
    expect(termsWithinEdits(many, 't0000', 2, 2000)).toEqual(scanned(many, 't0000', 2, 2000));
    expect(termsWithinEdits(vocabulary, 'shoigu', 2, 2)).toEqual(['shogu', 'shoigu']);
  });

  it('agrees with the scan on generated vocabularies', { timeout: 60_000 }, () => {
    // A small alphabet, so terms share prefixes and near misses are common; a surrogate pair
    // and an accent so code units, not characters, are counted.
    const letter = fc.constantFrom('a', 'b', 'c', 'é', 'e\u0301', '𝔸', 'z');
    const word = fc.array(letter, { maxLength: 7 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 60 }),
        word,
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 40 }),
        (terms, query, max, limit) => {
          const vocabulary = sortedUnique(terms);
          expect(termsWithinEdits(vocabulary, query, max, limit)).toEqual(
            scanned(vocabulary, query, max, limit),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
