import { describe, it, expect } from 'vitest';
import { looksLikeNames, parseBylineLine, parseContactLine, parseCreditLine } from './byline';

describe('looksLikeNames', () => {
  it.each([
    ['Jane Doe', true],
    ['JIM GOMEZ and Aamer Madhani', true],
    ['Ludwig van Beethoven, Jr.', true],
    ['Seán O’Brien', true],
    ['Анна Иванова', true],
    ['the time he arrived', false],
    ['Tuesday officials said', false],
    ['Jane Doe:', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeNames(text)).toBe(expected);
  });
});

describe('parseBylineLine', () => {
  it.each([
    ['By Jane Doe', { byline: 'Jane Doe', agency: '', publishedDate: '' }],
    ['BY JANE DOE', { byline: 'JANE DOE', agency: '', publishedDate: '' }],
    ['By Jane Doe, Reuters', { byline: 'Jane Doe', agency: 'Reuters', publishedDate: '' }],
    [
      'By Jane Doe and John Roe, Associated Press',
      { byline: 'Jane Doe and John Roe', agency: 'AP', publishedDate: '' },
    ],
    [
      'By Jane Doe, The Washington Times',
      { byline: 'Jane Doe, The Washington Times', agency: '', publishedDate: '' },
    ],
    [
      'By Jane Doe | September 12, 2023',
      { byline: 'Jane Doe', agency: '', publishedDate: '2023-09-12' },
    ],
    [
      'By Andrew Salmon - The Washington Times - Tuesday, September 12, 2023',
      { byline: 'Andrew Salmon', agency: '', publishedDate: '2023-09-12' },
    ],
    ['By The Associated Press', { byline: '', agency: 'AP', publishedDate: '' }],
  ])('%j', (line, expected) => {
    expect(parseBylineLine(line)).toEqual(expected);
  });

  it.each([
    'By the time Kim arrived, Putin had left.',
    'By Tuesday officials had confirmed the visit.',
    'Bystanders watched.',
    'Jane Doe',
  ])('rejects %j', (line) => {
    expect(parseBylineLine(line)).toBeNull();
  });
});

describe('parseContactLine', () => {
  it.each([
    [
      '• Andrew Salmon can be reached at asalmon@washingtontimes.com.',
      { byline: 'Andrew Salmon', outletDomain: 'washingtontimes.com' },
    ],
    [
      'Jane Doe may be contacted at jdoe@example.org or on X.',
      { byline: 'Jane Doe', outletDomain: 'example.org' },
    ],
    ['Reach Jane Doe at jane.doe@Gmail.com', { byline: 'Jane Doe', outletDomain: '' }],
  ])('%j', (line, expected) => {
    expect(parseContactLine(line)).toEqual(expected);
  });

  it.each([
    'The ministry can be reached at the usual number.',
    'officials said he can be reached at home@example.com',
    'Andrew Salmon reported from Seoul.',
  ])('rejects %j', (line) => {
    expect(parseContactLine(line)).toBeNull();
  });
});

describe('parseCreditLine', () => {
  it.each([
    ['Reporting by Hyonhee Shin in Seoul; Editing by Jane Roe', 'Hyonhee Shin'],
    [
      '(Reporting by Jack Kim and Hyonhee Shin; Writing by Joe Bloggs)',
      'Jack Kim and Hyonhee Shin',
    ],
    ['Reporting by Jane Doe, editing by John Roe', 'Jane Doe'],
    [
      'Reporting by Hyonhee Shin in Seoul and Guy Faulconbridge in Moscow; Editing by Jane Roe',
      'Hyonhee Shin and Guy Faulconbridge',
    ],
    ['Editing by John Roe', null],
    ['Reporting by the newsroom staff', null],
  ])('%j → %j', (line, expected) => {
    expect(parseCreditLine(line)).toBe(expected);
  });
});
