import { describe, expect, it } from 'vitest';
import { isCommonWord, isGivenName } from './common-words';

describe('common words and given names', () => {
  it('knows common English words that are no names', () => {
    for (const word of ['fuming', 'dogged', 'families', 'originally', 'consumer', 'show'])
      expect(isCommonWord(word)).toBe(true);
  });

  it('leaves out given names and surnames compromise knows', () => {
    for (const word of ['gordon', 'andy', 'robinson', 'bill', 'mark']) {
      expect(isCommonWord(word)).toBe(false);
    }
  });

  it('knows given names', () => {
    for (const word of ['thomas', 'philippe', 'mary', 'sam']) expect(isGivenName(word)).toBe(true);
    for (const word of ['californian', 'eads', 'fuming']) expect(isGivenName(word)).toBe(false);
  });
});
