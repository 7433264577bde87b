import { describe, expect, it } from 'vitest';
import { isPhraseGap, scanWordParts } from './word-scanner';

function parts(text: string): string[] {
  const found = scanWordParts(text);
  return Array.from(found.starts, (start, index) => text.slice(start, found.ends[index]));
}

describe('scanWordParts', () => {
  it.each([
    ['', []],
    ['  — • %', []],
    ['Kim Jong-un', ['Kim', 'Jong', 'un']],
    ['Chun‐ryong', ['Chun', 'ryong']],
    ['COVID-19', ['COVID', '19']],
    ['Russia’s war', ['Russia’s', 'war']],
    ["don't stop", ["don't", 'stop']],
    ['U.S. officials', ['U.S', 'officials']],
    ['3.5 percent of 1,000 people', ['3.5', 'percent', 'of', '1,000', 'people']],
    ['one, two', ['one', 'two']],
    ['“Quoted,” he said.', ['Quoted', 'he', 'said']],
    ['trailing- -leading', ['trailing', 'leading']],
    ['Cafe\u0301 crème', ['Cafe\u0301', 'crème']],
    ['𝔸𝔹 😀 ok', ['𝔸𝔹', 'ok']],
    ['金正恩 訪問', ['金正恩', '訪問']],
    ['washingtontimes.com.', ['washingtontimes.com']],
  ])('%j → %j', (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it('counts word characters in code points', () => {
    expect(Array.from(scanWordParts('𝔸𝔹 it’s 1,000').characters)).toEqual([2, 3, 4]);
  });
});

describe('isPhraseGap', () => {
  it.each([
    ['seventy fifth', 7, 8, true],
    ['seventy-fifth', 7, 8, true],
    ['seventy, fifth', 7, 9, false],
    ['seventy\nfifth', 7, 8, false],
    ['seventy     fifth', 7, 12, false],
  ])('%j [%i, %i) → %s', (text, from, to, expected) => {
    expect(isPhraseGap(text, from, to)).toBe(expected);
  });
});
