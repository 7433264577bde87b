import { describe, expect, it } from 'vitest';
import { featureStem, normalizeWord } from './normalize-word';

describe('normalizeWord', () => {
  it.each([
    ['Leader', 'leader'],
    ['LEADER', 'leader'],
    ['Russia’s', "russia's"],
    ['Russiaʼs', "russia's"],
    ['café', 'cafe'],
    ['cafe\u0301', 'cafe'],
    ['Zoë', 'zoe'],
    ['Đà', 'đa'],
    ['ﬁnance', 'finance'], // NFKC: the fi ligature
    ['１２', '12'], // NFKC: full-width digits
    ['U.S', 'u.s'],
    ['US', 'u.s'],
    ['us', 'us'],
    ['Us', 'us'],
    ['IT', 'i.t'],
    ['U.N', 'un'],
    ['UN', 'un'],
    ['NATO', 'nato'],
    ['3.5', '3.5'],
    ['1,000', '1000'],
    ['Ким', 'ким'],
    ['Ын', 'ын'],
    ['金正恩', '金正恩'],
    ['𝔸𝔹', 'ab'], // NFKC maps mathematical letters to plain ones
    ['\u0301', '\u0301'], // a lone mark keeps itself rather than becoming ''
  ])('%j → %j', (written, expected) => {
    expect(normalizeWord(written)).toBe(expected);
  });
});

describe('featureStem', () => {
  it.each([
    ["korea's", 'korea'],
    ["officials'", 'official'],
    ['officials', 'official'],
    ['sanctions', 'sanction'],
    ['news', 'news'],
    ['arms', 'arms'],
    ['crisis', 'crisis'],
    ['virus', 'virus'],
    ['glass', 'glass'],
    ['official', 'official'],
    ["it's", 'it'],
    ['2', '2'],
    ['ким', 'ким'],
  ])('%j → %j', (form, expected) => {
    expect(featureStem(form)).toBe(expected);
  });
});
