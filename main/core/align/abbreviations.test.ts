import { describe, expect, it } from 'vitest';
import { isAbbreviationPeriod } from './abbreviations';

describe('isAbbreviationPeriod', () => {
  it.each([
    ['Mr', ' Kim', true],
    ['(Gov', ' Kozhemyako', true],
    ['“Dr', ' Who', true],
    ['S', ' Peskov', true],
    ['U.S', ' officials', true],
    ['U.S', ' President', true],
    ['U.S', ' The', false],
    ['Inc', ' Holdings', true],
    ['Inc', ' It', false],
    ['Sept', ' 12', true],
    ['Sept', ' The', false],
    ['No', ' 1', true],
    ['no', ' Nobody', false],
    ['washingtontimes.com', ' Then', false],
    ['said', ' Then', false],
    ['2019', ' The', false],
  ])('%j before %j → %s', (word, next, expected) => {
    expect(isAbbreviationPeriod(word, next)).toBe(expected);
  });
});
