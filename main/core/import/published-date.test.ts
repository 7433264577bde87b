import { describe, it, expect } from 'vitest';
import { parseDateLine, parseFullDate } from './published-date';

describe('parseFullDate', () => {
  it.each([
    ['September 12, 2023', '2023-09-12'],
    ['Sept. 12, 2023', '2023-09-12'],
    ['Sep 12 2023', '2023-09-12'],
    ['Jan 3, 2024', '2024-01-03'],
    ['Tuesday, September 12, 2023', '2023-09-12'],
    ['12 September 2023', '2023-09-12'],
    ['September 12, 2023 at 5:04 a.m. EDT', '2023-09-12'],
    ['Sept. 12, 2023 10:05 AM', '2023-09-12'],
    ['10:14 PM GMT+9, September 12, 2023', '2023-09-12'],
    ['September 12, 2023 5 pm', '2023-09-12'],
    ['2023-09-12', '2023-09-12'],
    ['2023-09-12T08:30:00Z', '2023-09-12'],
    ['Sept 12', ''], // no year: never guessed
    ['February 30, 2023', ''],
    ['2023-13-01', ''],
    ['Kim arrived on September 12, 2023', ''],
    ['', ''],
  ])('%j gives %j', (text, expected) => {
    expect(parseFullDate(text)).toBe(expected);
  });
});

describe('parseDateLine', () => {
  it.each([
    ['Published September 12, 2023', { isoDate: '2023-09-12', isUpdate: false }],
    ['Published: Sept. 12, 2023', { isoDate: '2023-09-12', isUpdate: false }],
    ['Posted on 2023-09-12', { isoDate: '2023-09-12', isUpdate: false }],
    ['Updated Sept. 13, 2023 at 9:00 a.m.', { isoDate: '2023-09-13', isUpdate: true }],
    ['Last updated: 13 September 2023', { isoDate: '2023-09-13', isUpdate: true }],
    ['September 12, 2023', { isoDate: '2023-09-12', isUpdate: false }],
    ['Updated 10:14 PM GMT+9, September 12, 2023', { isoDate: '2023-09-12', isUpdate: true }],
    ['Published by the Kremlin on Monday', null],
    ['Looking for friends', null],
  ])('%j', (line, expected) => {
    expect(parseDateLine(line)).toEqual(expected);
  });
});
