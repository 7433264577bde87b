import { describe, it, expect } from 'vitest';
import { sliceByCodePoints } from '../text/code-points';
import { findPhrase } from './phrase';
import { normalizeTerm, tokenize, type Token } from './tokens';

function find(text: string, phrase: string): string[] {
  const terms = tokenize(phrase).map((token) => token.term);
  return findPhrase(tokenize(text), terms).map((span) =>
    sliceByCodePoints(text, span.start, span.end),
  );
}

describe('findPhrase', () => {
  it.each<[string, string, string[]]>([
    ['The White House said', 'white house', ['White House']],
    ['white paper, house party', 'white house', []], // both words, not adjacent
    ['house white', 'white house', []], // wrong order
    ['White — House', 'white house', ['White — House']], // punctuation is not a token
    ['east-west talks', 'east west', ['east-west']],
    ['a a a', 'a a', ['a a', 'a a']], // overlapping occurrences
    ['東京都と京都', '京都', ['京都', '京都']],
    ['北京市', '東京', []],
    ['🦊 Le café de la gare', 'café de la', ['café de la']],
    ['Le cafe\u0301 de la gare'.normalize('NFD'), 'café', ['cafe\u0301']],
    ['في القاهرة اليوم', 'في القاهرة', ['في القاهرة']],
    ['anything', '', []],
    ['', 'a', []],
  ])('%j contains %j at %j', (text, phrase, expected) => {
    expect(find(text, phrase)).toEqual(expected);
  });

  it('returns code-point spans', () => {
    expect(findPhrase(tokenize('🦊🦊 new york'), ['new', 'york'])).toEqual([{ start: 3, end: 11 }]);
  });

  it('needs adjacent positions, not just consecutive array entries', () => {
    // Tokens filtered by a caller (say, to one field) may skip positions.
    const tokens: Token[] = [
      { term: 'white', start: 0, end: 5, position: 0 },
      { term: 'house', start: 10, end: 15, position: 2 },
    ];
    expect(findPhrase(tokens, ['white', 'house'])).toEqual([]);
  });

  it('matches terms exactly as normalised, so case is the caller’s business', () => {
    expect(findPhrase(tokenize('White House'), ['White', 'House'])).toEqual([]);
    expect(findPhrase(tokenize('White House'), ['White', 'House'].map(normalizeTerm))).toHaveLength(
      1,
    );
  });

  it('lets a null term stand for any one word', () => {
    const tokens = tokenize('said the company, said a company, said company');
    expect(findPhrase(tokens, ['said', null, 'company'])).toEqual([
      { start: 0, end: 16 },
      { start: 18, end: 32 },
    ]);
  });
});
