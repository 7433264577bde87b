import { describe, expect, it } from 'vitest';
import { NO_FEATURE, Vocabulary } from './vocabulary';

describe('Vocabulary', () => {
  it('gives one id per normalised form, shared by every spelling', () => {
    const vocabulary = new Vocabulary();
    const leader = vocabulary.idOfWord('Leader');
    expect(vocabulary.idOfWord('leader')).toBe(leader);
    expect(vocabulary.idOfWord('LEADER')).toBe(leader);
    expect(vocabulary.idOf('leader')).toBe(leader);
    expect(vocabulary.formOf(leader)).toBe('leader');
    expect(vocabulary.idOfWord('chief')).not.toBe(leader);
  });

  it('maps words to the ids of their stems, and stop words to no feature', () => {
    const vocabulary = new Vocabulary();
    const official = vocabulary.idOf('official');
    expect(vocabulary.featureOf(vocabulary.idOf('officials'))).toBe(official);
    expect(vocabulary.featureOf(official)).toBe(official);
    expect(vocabulary.featureOf(vocabulary.idOf("korea's"))).toBe(vocabulary.idOf('korea'));
    expect(vocabulary.featureOf(vocabulary.idOf('the'))).toBe(NO_FEATURE);
    expect(vocabulary.featureOf(vocabulary.idOf('said'))).toBe(NO_FEATURE);
    expect(vocabulary.featureOf(vocabulary.idOf("it's"))).toBe(NO_FEATURE);
  });

  it('knows number words', () => {
    const vocabulary = new Vocabulary();
    expect(vocabulary.numberOf(vocabulary.idOf('seventy'))).toEqual({
      kind: 1,
      value: 70,
      ordinal: false,
    });
    expect(vocabulary.numberOf(vocabulary.idOf('seventy-five'))).toBeNull();
    expect(vocabulary.numberOf(vocabulary.idOf('70'))).toBeNull();
  });
});
