import { describe, expect, it } from 'vitest';
import { relation } from './testPairs';
import { copyLabels, formatPercent, formatScore, shortSourceLabel, strongestKind } from './kinds';

describe('strongestKind', () => {
  it.each([
    [['shared-quote', 'verbatim'], 'verbatim'],
    [['paraphrase', 'spun'], 'spun'],
    [['shared-quote', 'paraphrase'], 'paraphrase'],
    [['shared-quote'], 'shared-quote'],
    [[], null],
  ] as const)('%j gives %s', (kinds, expected) => {
    expect(strongestKind(kinds)).toBe(expected);
  });
});

describe('shortSourceLabel', () => {
  it.each([
    [{ id: 1, fileName: '000_83bae86300c6edcd.txt', title: 'Putin confirms' }, '000'],
    [{ id: 2, fileName: '12-report.md', title: 'x' }, '12'],
    [{ id: 3, fileName: 'report.txt', title: 'Kim, Putin to meet on weapons' }, 'Kim, Putin to…'],
    [{ id: 4, fileName: 'report.txt', title: 'Short title' }, 'Short title'],
    [
      { id: 5, fileName: 'report.txt', title: 'Supercalifragilisticexpialidocious' },
      'Supercalifragil…',
    ],
    [{ id: 6, fileName: '', title: '' }, '#6'],
  ])('%o is %s', (source, expected) => {
    expect(shortSourceLabel(source)).toBe(expected);
  });
});

describe('figures', () => {
  it('shows scores with two decimals and shares as percentages', () => {
    expect(formatScore(0.934)).toBe('0.93');
    expect(formatScore(1)).toBe('1.00');
    expect(formatPercent(0.966)).toBe('97%');
  });
});

describe('copyLabels', () => {
  const sources = new Map([
    [1, { id: 1, fileName: '000_a.txt', title: 'A' }],
    [2, { id: 2, fileName: '001_b.txt', title: 'B' }],
    [3, { id: 3, fileName: '002_c.txt', title: 'C' }],
  ]);

  it('names the original of each copy whose direction is known', () => {
    const labels = copyLabels(
      [
        { ...relation(1, 2), verdict: 'derived-copy', direction: { copy: 2, origin: 1 } },
        { ...relation(1, 3), verdict: 'derived-copy', direction: null },
        { ...relation(2, 3), verdict: 'shares-passages', direction: { copy: 3, origin: 2 } },
      ],
      sources,
    );
    expect(labels).toEqual(new Map([[2, '000']]));
  });

  it('lists several originals', () => {
    const labels = copyLabels(
      [
        { ...relation(1, 3), verdict: 'derived-copy', direction: { copy: 3, origin: 1 } },
        { ...relation(2, 3), verdict: 'derived-copy', direction: { copy: 3, origin: 2 } },
      ],
      sources,
    );
    expect(labels.get(3)).toBe('000, 001');
  });
});
