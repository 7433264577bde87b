import { describe, it, expect } from 'vitest';
import { codePointLength } from '../text/code-points';
import { deriveTitle, foldForComparison, hasTitleShape, isSameTitle } from './title';

describe('hasTitleShape', () => {
  it.each([
    ['Kim, Putin to meet on weapons, space, regional naval drills: Reports', true],
    ['Looking for friends', true],
    ['Путин встретился с Ким Чен Ыном', true],
    ['Kim arrived in Russia.', false],
    ['Will Kim meet Putin?', false],
    ['Stop the war!', false],
    ['He said “it is over.”', false],
    ['Here is what we know:', false],
    ['And then,', false],
    ['Wait…', false],
    ['2023', false], // no letter
    ['x'.repeat(200), true],
    ['x'.repeat(201), false],
    ['😀'.repeat(200), false], // no letter, even though within 200 code points
    [`${'𝔸'.repeat(200)}`, true], // 200 code points, 400 UTF-16 units
  ])('%j → %s', (line, expected) => {
    expect(hasTitleShape(line)).toBe(expected);
  });
});

describe('isSameTitle', () => {
  it.each([
    ["North Korea's Kim", 'North Korea’s Kim', true],
    ['“Quoted” title', '"quoted" TITLE', true],
    ['Kim  Jong-un   visits', 'Kim Jong–un visits', true],
    ['Kim visits Russia', 'Kim visits Russia today', false],
    ['Kim visits Russia', 'Kim visited Russia', false],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(isSameTitle(a, b)).toBe(expected);
  });

  it('folds quotes, dashes, case and spaces', () => {
    expect(foldForComparison('  “It’s”  —  OK ')).toBe('"it\'s" - ok');
  });
});

describe('deriveTitle', () => {
  it.each([
    ['Kim arrived in Russia. He met Putin.', 'Kim arrived in Russia'],
    ['Is it over? Nobody knows.', 'Is it over?'],
    [
      'North Korean leader Kim Jong-un has arrived in Russia for talks with President Vladimir Putin, a situation that has the Biden administration fuming.',
      'North Korean leader Kim Jong-un has arrived in Russia for talks with President Vladimir Putin',
    ],
    // A comma before character 30 is skipped; the next one in range is used.
    [
      'On Tuesday, North Korean leader Kim Jong-un arrived in Russia by train, officials said in a statement on Tuesday afternoon.',
      'On Tuesday, North Korean leader Kim Jong-un arrived in Russia by train',
    ],
    // Commas inside numbers are not clause breaks.
    [
      'North Korea may hold 1,000,000 artillery shells that could give a huge boost to the Russian army, analysts say.',
      'North Korea may hold 1,000,000 artillery shells that could give a huge boost to the Russian army',
    ],
    [
      'North Korea’s Kim Jong Un arrived in Russia on Tuesday for a meeting with President Vladimir Putin where they are expected to offer support.',
      'North Korea’s Kim Jong Un arrived in Russia on Tuesday for a meeting with President Vladimir Putin…',
    ],
    // A long sentence whose only comma is past 110 characters is shortened at a word.
    [
      'North Korean chief Kim Jong-un is reportedly on his strategy to the Russian Far Eastern metropolis of Vladivostok, because of talks.',
      'North Korean chief Kim Jong-un is reportedly on his strategy to the Russian Far Eastern metropolis…',
    ],
    [
      'Mr. Kim met Dmitry S. Peskov in the U.S. capital. Later he left.',
      'Mr. Kim met Dmitry S. Peskov in the U.S. capital',
    ],
    [
      'Президент России провёл переговоры. Встреча длилась час.',
      'Президент России провёл переговоры',
    ],
    ['', ''],
  ])('%j → %j', (lead, expected) => {
    expect(deriveTitle(lead)).toBe(expected);
  });

  it('cuts a word that has no space within 100 characters', () => {
    const title = deriveTitle('a'.repeat(150));
    expect(title).toBe(`${'a'.repeat(100)}…`);
  });

  it('never exceeds 100 code points plus the ellipsis, astral characters included', () => {
    const title = deriveTitle(`${'𝔸𝔹 😀 '.repeat(40)}end.`);
    expect(title.endsWith('…')).toBe(true);
    expect(codePointLength(title)).toBeLessThanOrEqual(101);
    expect(title).not.toMatch(/[\ud800-\udbff]…$/); // no half surrogate pair before the ellipsis
  });
});
