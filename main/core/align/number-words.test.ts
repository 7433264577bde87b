import { describe, expect, it } from 'vitest';
import { numberWordOf, ordinalDigits, readNumberPhrase } from './number-words';

function read(words: string[], first = 0) {
  return readNumberPhrase(
    { count: words.length, word: (index) => numberWordOf(words[index] ?? ''), joins: () => true },
    first,
  );
}

describe('number words', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [70, '70th'],
    [75, '75th'],
    [101, '101st'],
    [111, '111th'],
  ])('ordinalDigits(%i) = %s', (value, digits) => {
    expect(ordinalDigits(value)).toBe(digits);
  });

  it.each([
    [['seventy', 'fifth', 'anniversary'], { length: 2, digits: '75th' }],
    [['one', 'hundred', 'and', 'one'], { length: 4, digits: '101' }],
    [['one', 'hundred', 'and'], { length: 2, digits: '100' }],
    [['hundred', 'thousand'], { length: 2, digits: '100000' }],
    [['five', 'hundred', 'hundred'], { length: 2, digits: '500' }],
    [['first', 'second'], { length: 1, digits: '1st' }],
    [['and', 'one'], { length: 0, digits: '' }],
    [['leader'], { length: 0, digits: '' }],
  ])('%j', (words, phrase) => {
    expect(read(words)).toEqual(phrase);
  });

  it('stops where the words stop joining', () => {
    const phrase = readNumberPhrase(
      {
        count: 2,
        word: (index) => numberWordOf(['seventy', 'five'][index] ?? ''),
        joins: () => false,
      },
      0,
    );
    expect(phrase).toEqual({ length: 1, digits: '70' });
  });
});
