import { describe, expect, it } from 'vitest';
import {
  columnMetaParts,
  formatCount,
  formatIsoDate,
  formatWordCount,
  joinMeta,
  labelWithoutNumber,
  listMetaParts,
  sourceTitle,
} from './format';

const source = {
  title: 'Kim arrives in Russia',
  fileName: '002_b8274ddac1e040c9.txt',
  outlet: 'The Washington Times',
  agency: 'AP',
  byline: 'Andrew Salmon',
  dateline: 'SEOUL, South Korea',
  publishedDate: '2023-09-12',
  wordCount: 968,
  number: '002',
  label: 'The Washington Times · 12 Sep 2023 · #002',
};

describe('counts and dates', () => {
  it.each([
    [0, '0 words'],
    [1, '1 word'],
    [968, '968 words'],
    [12345, '12,345 words'],
  ])('%d is "%s"', (count, expected) => {
    expect(formatWordCount(count)).toBe(expected);
  });

  it('formats irregular plurals', () => {
    expect(formatCount(1, 'source')).toBe('1 source');
    expect(formatCount(2, 'copy', 'copies')).toBe('2 copies');
  });

  it.each([
    ['2023-09-12', '12 Sep 2023'],
    ['2024-01-01', '1 Jan 2024'],
    ['', ''],
    ['2023-13-01', '2023-13-01'],
    ['Sept 12', 'Sept 12'],
  ])('%s is "%s"', (iso, expected) => {
    expect(formatIsoDate(iso)).toBe(expected);
  });
});

describe('sourceTitle', () => {
  it('falls back to the file name, then to a placeholder', () => {
    expect(sourceTitle(source)).toBe('Kim arrives in Russia');
    expect(sourceTitle({ title: '  ', fileName: 'a.txt' })).toBe('a.txt');
    expect(sourceTitle({ title: '', fileName: '' })).toBe('Untitled source');
  });
});

describe('labelWithoutNumber', () => {
  it.each([
    ['The Washington Times · 12 Sep 2023 · #002', '002', 'The Washington Times · 12 Sep 2023'],
    ['AP · #002', '002', 'AP'],
    ['#003', '003', ''],
    ['#7-2', '7-2', ''],
  ])('%s without #%s is "%s"', (label, number, expected) => {
    expect(labelWithoutNumber({ label, number })).toBe(expected);
  });
});

describe('meta lines', () => {
  it('describes a source in the list: the label without its number, then what it leaves out', () => {
    expect(joinMeta(listMetaParts(source))).toBe(
      'The Washington Times · 12 Sep 2023 · AP · SEOUL, South Korea · 968 words',
    );
  });

  it('says the publisher once, even when the label clipped it', () => {
    const agencyOnly = { ...source, outlet: '', dateline: '', label: 'AP · 12 Sep 2023 · #002' };
    expect(listMetaParts(agencyOnly)).toEqual(['AP', '12 Sep 2023', '968 words']);
    const long = {
      ...source,
      outlet: 'The Very Long Name of a Regional Daily Newspaper',
      label: 'The Very Long Name of a Regi… · 12 Sep 2023 · #002',
    };
    expect(listMetaParts(long)).toEqual([
      'The Very Long Name of a Regi…',
      '12 Sep 2023',
      'AP',
      'SEOUL, South Korea',
      '968 words',
    ]);
  });

  it('names a web page by its domain, as its label does', () => {
    const page = { ...source, outlet: '', agency: '', dateline: '' };
    expect(listMetaParts({ ...page, label: 'washingtontimes.com · 12 Sep 2023 · #002' })).toEqual([
      'washingtontimes.com',
      '12 Sep 2023',
      '968 words',
    ]);
  });

  it('shows only the word count when nothing else is known', () => {
    const bare = {
      ...source,
      outlet: '',
      agency: '',
      dateline: '',
      publishedDate: '',
      byline: '',
      label: '#002',
    };
    expect(listMetaParts(bare)).toEqual(['968 words']);
    expect(columnMetaParts(bare)).toEqual(['968 words']);
  });

  it('describes a source in a column header without repeating itself', () => {
    expect(columnMetaParts({ ...source, agency: 'the washington times' })).toEqual([
      'The Washington Times',
      'Andrew Salmon',
      'SEOUL, South Korea',
      '12 Sep 2023',
      '968 words',
    ]);
  });
});
