import { describe, expect, it } from 'vitest';
import {
  SourceNumbering,
  domainOf,
  fileNumber,
  shortDate,
  sourceLabel,
  sourceNumbers,
} from './source-label';

const none = { outlet: '', url: '', agency: '', publishedDate: '' };

describe('fileNumber', () => {
  it.each([
    ['000_83bae86300c6edcd.txt', '000'],
    ['12-ap.html', '12'],
    ['7.txt', '7'],
    ['42', '42'],
    ['2023report.txt', null],
    ['report 2.txt', null],
    ['1234567_too_long.txt', null],
  ])('%s → %s', (name, expected) => expect(fileNumber(name)).toBe(expected));
});

describe('sourceNumbers', () => {
  it('keeps the numbers analysts gave their files', () => {
    const numbers = sourceNumbers([
      { id: 1, fileName: '000_a.txt' },
      { id: 2, fileName: '001_b.txt' },
    ]);
    expect([...numbers]).toEqual([
      [1, '000'],
      [2, '001'],
    ]);
  });

  it('numbers an unnumbered file, or a repeated number, by its id; the first holder keeps it', () => {
    const numbers = sourceNumbers([
      { id: 5, fileName: '001_again.txt' },
      { id: 3, fileName: 'notes.txt' },
      { id: 4, fileName: '001_first.txt' },
    ]);
    expect(numbers.get(4)).toBe('001');
    expect(numbers.get(5)).toBe('5');
    expect(numbers.get(3)).toBe('3');
  });

  it('never gives two sources one number, even when an id equals a file number', () => {
    const sources = [
      { id: 1, fileName: '2_x.txt' },
      { id: 2, fileName: 'y.txt' },
      { id: 3, fileName: '2_z.txt' },
      { id: 4, fileName: '3.txt' },
    ];
    const numbers = sourceNumbers(sources);
    expect(new Set(numbers.values()).size).toBe(sources.length);
    expect(numbers.get(2)).toBe('2-2');
  });

  it('does not renumber earlier sources when more arrive', () => {
    const first = [
      { id: 1, fileName: 'a.txt' },
      { id: 2, fileName: '1_b.txt' },
    ];
    const before = sourceNumbers(first);
    const after = sourceNumbers([...first, { id: 3, fileName: '1_c.txt' }]);
    for (const [id, number] of before) expect(after.get(id)).toBe(number);
  });
});

describe('SourceNumbering', () => {
  it('numbers sources added later exactly as numbering them all at once', () => {
    const all = [
      { id: 1, fileName: '3_a.txt' },
      { id: 2, fileName: 'b.txt' },
      { id: 4, fileName: '3_c.txt' },
      { id: 7, fileName: '2_d.txt' },
    ];
    const numbering = new SourceNumbering();
    numbering.add(all.slice(0, 2));
    numbering.add(all.slice(2));
    expect([...numbering.numbers]).toEqual([...sourceNumbers(all)]);
    expect(numbering.highestId).toBe(7);
  });

  it('refuses a source older than one already numbered', () => {
    const numbering = new SourceNumbering();
    numbering.add([{ id: 5, fileName: 'a.txt' }]);
    expect(() => numbering.add([{ id: 3, fileName: 'b.txt' }])).toThrow(/not newer/);
  });
});

describe('sourceLabel', () => {
  it.each([
    [{ ...none, outlet: 'AP', publishedDate: '2023-09-12' }, '002', 'AP · 12 Sep 2023 · #002'],
    [
      { ...none, url: 'https://www.washingtontimes.com/news/x' },
      '000',
      'washingtontimes.com · #000',
    ],
    [{ ...none, agency: 'Reuters' }, '4', 'Reuters · #4'],
    [none, '003', '#003'],
    [
      { ...none, outlet: 'The Extraordinarily Long Name of a Daily Newspaper' },
      '1',
      'The Extraordinarily Long Na… · #1',
    ],
    [{ ...none, publishedDate: '2023-13-01' }, '9', '#9'],
  ])('%o #%s → %s', (metadata, number, expected) =>
    expect(sourceLabel(metadata, number)).toBe(expected),
  );

  it('reads dates and domains defensively', () => {
    expect(shortDate('2023-09-01')).toBe('1 Sep 2023');
    expect(shortDate('yesterday')).toBe('');
    expect(domainOf('javascript:alert(1)')).toBe('');
    expect(domainOf('HTTP://User@Example.ORG:8080/x')).toBe('example.org');
    expect(domainOf('ftp://example.org')).toBe('');
    expect(domainOf('https://')).toBe('');
    expect(domainOf('http://Example.ORG:8080/x')).toBe('example.org');
  });
});
