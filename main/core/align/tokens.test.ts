import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';
import { Vocabulary } from './vocabulary';

function forms(text: string): string[] {
  const vocabulary = new Vocabulary();
  const tokens = tokenize(text, vocabulary);
  return Array.from(tokens.ids, (id) => vocabulary.formOf(id));
}

function written(text: string): string[] {
  const tokens = tokenize(text, new Vocabulary());
  return Array.from(tokens.starts, (start, index) => text.slice(start, tokens.ends[index]));
}

describe('number words become digits', () => {
  it.each([
    ['two', ['2']],
    ['Two officials', ['2', 'officials']],
    ['the 2 leaders', ['the', '2', 'leaders']],
    ['zero', ['0']],
    ['fifteen', ['15']],
    ['seventy', ['70']],
    ['seventy five', ['75']],
    ['seventy-five', ['75']],
    ['seventy fifth', ['75th']],
    ['seventy-fifth', ['75th']],
    ['Seventy-Fifth', ['75th']],
    ['seventieth', ['70th']],
    ['first', ['1st']],
    ['second', ['2nd']],
    ['third', ['3rd']],
    ['twelfth', ['12th']],
    ['twenty-first', ['21st']],
    ['twenty-second', ['22nd']],
    ['hundred', ['100']],
    ['a hundred', ['a', '100']],
    ['three hundred', ['300']],
    ['three hundred and five', ['305']],
    ['two thousand', ['2000']],
    ['two thousand and twenty three', ['2023']],
    ['twenty five hundred', ['2500']],
    ['hundredth', ['100th']],
    // Not numbers, or not one number.
    ['thousands', ['thousands']],
    ['hundreds of', ['hundreds', 'of']],
    ['fifteen billion', ['15', 'billion']],
    ['one two', ['1', '2']],
    ['fifteen twenty', ['15', '20']],
    ['seventy, five', ['70', '5']],
    ['seventy\nfive', ['70', '5']],
    ['first second', ['1st', '2nd']],
    ['and', ['and']],
    ['rock and roll', ['rock', 'and', 'roll']],
    ['two and three', ['2', 'and', '3']],
    ['twentyfive', ['twentyfive']],
  ])('%j → %j', (text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it('spans the words a number token replaces', () => {
    expect(written('the seventy fifth anniversary')).toEqual([
      'the',
      'seventy fifth',
      'anniversary',
    ]);
    expect(written('a seventy-fifth')).toEqual(['a', 'seventy-fifth']);
  });
});

describe('tokenize', () => {
  it('normalises for matching and keeps UTF-16 spans', () => {
    const text = '😀 Mr. Kim’s U.S. Chun-Ryong';
    expect(forms(text)).toEqual(['mr', "kim's", 'u.s', 'chun', 'ryong']);
    expect(written(text)).toEqual(['Mr', 'Kim’s', 'U.S', 'Chun', 'Ryong']);
  });

  it('matches hyphenated and spaced spellings', () => {
    expect(forms('Jo Chun-ryong')).toEqual(forms('Jo Chun Ryong'));
    expect(forms('Kim Jong-un')).toEqual(forms('Kim Jong Un'));
  });
});
