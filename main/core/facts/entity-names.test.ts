import { describe, expect, it } from 'vitest';
import {
  acronymKey,
  acronymText,
  isAcronym,
  nameKey,
  possessiveTail,
  spelledAcronymKey,
} from './entity-names';

describe('nameKey', () => {
  it.each([
    ['Jo Chun Ryong', 'Jo Chun-ryong'],
    ['Kim Jong Un', 'Kim Jong-un'],
    ['Shoigu', 'Shoygu'],
    ['Sergei Shoigu', 'Sergey Shoygu'],
    ['Zelensky', 'Zelenskyy'],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
    ['Dmitry S. Peskov', 'Dmitry Peskov'],
    ['Dmitry Peskov', 'Dmitriy Peskov'],
    ['Mikhail Khodorkovsky', 'Mihail Hodorkovski'],
    ['Mr. Kim', 'Kim'],
    ['President Vladimir Putin', 'Vladimir Putin'],
    ['Zelenskyy’s', 'Zelensky'],
    ['Émile Zola', 'Emile Zola'],
    ['U.S.', 'US'],
    ['The Associated Press', 'Associated Press'],
  ])('folds %s and %s to one key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Kim Jong Un', 'Kim Yo Jong'],
    ['Kim Jong Un', 'Kim Myong Sik'],
    ['Dmitry Peskov', 'Dmitry Medvedev'],
    ['Unification Ministry', 'Defense Ministry'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe('possessiveTail', () => {
  it.each([
    ['South Korea’s Unification Ministry', 'Unification Ministry'],
    ["Seoul's Kookmin University", 'Kookmin University'],
    ['Unification Ministry', 'Unification Ministry'],
    ['Russia’s', 'Russia’s'],
  ])('%s → %s', (name, tail) => {
    expect(possessiveTail(name)).toBe(tail);
  });
});

describe('acronyms', () => {
  it.each([
    ['KCNA', true],
    ['U.N.', true],
    ['U.S.', true],
    ['NATO', true],
    ['Kim', false],
    ['Seoul', false],
    ['A', false],
  ])('isAcronym(%s) = %s', (name, expected) => {
    expect(isAcronym(name)).toBe(expected);
  });

  it('matches an acronym to the name it abbreviates', () => {
    expect(acronymKey('Korean Central News Agency')).toBe(acronymText('KCNA'));
    expect(acronymKey('United States')).toBe(acronymText('U.S.'));
    expect(acronymKey('Hankuk University of Foreign Studies')).toBe('hufs');
    expect(acronymKey('Seoul')).toBeNull();
  });

  it('spells out an acronym inside a name letter by letter', () => {
    expect(spelledAcronymKey('UK Independence Party')).toBe(acronymText('UKIP'));
    expect(spelledAcronymKey('BBC Radio Scotland')).toBe('bbcrs');
    expect(spelledAcronymKey('European Union')).toBeNull();
    expect(spelledAcronymKey('UK')).toBeNull();
  });
});
