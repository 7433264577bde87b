import { describe, expect, it } from 'vitest';
import { relation } from './testPairs';
import type { CopyExtent } from '../../../preload/contract';
import {
  copyBadgeText,
  copyBadgeTitle,
  copyLabels,
  copyName,
  formatPercent,
  formatScore,
  shortSourceLabel,
  strongestKind,
  verdictLabel,
} from './kinds';

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
  const from = (copy: number, origin: number) => ({ copy, origin, evidence: 'dates' });
  const copy = (a: number, b: number, extent: CopyExtent | null = 'whole') =>
    ({ ...relation(a, b), verdict: 'derived-copy', extent }) as const;

  it('names the original of each copy whose direction is known', () => {
    const labels = copyLabels(
      [
        { ...copy(1, 2), direction: from(2, 1) },
        { ...copy(1, 3), direction: null },
        { ...relation(2, 3), verdict: 'shares-passages', direction: from(3, 2) },
      ],
      sources,
    );
    expect(labels).toEqual(new Map([[2, [{ label: '000', extent: 'whole' }]]]));
  });

  it('lists several originals, each with how much was taken', () => {
    const labels = copyLabels(
      [
        { ...copy(1, 3), direction: from(3, 1) },
        { ...copy(2, 3, 'partial'), direction: from(3, 2) },
      ],
      sources,
    );
    expect(labels.get(3)).toEqual([
      { label: '000', extent: 'whole' },
      { label: '001', extent: 'partial' },
    ]);
  });
});

describe('naming copies', () => {
  it.each([
    [{ verdict: 'derived-copy', extent: 'whole' }, 'Derived copy'],
    [{ verdict: 'derived-copy', extent: 'partial' }, 'Partial copy'],
    [{ verdict: 'derived-copy', extent: null }, 'Derived copy'],
    [{ verdict: 'shares-passages', extent: null }, 'Shares passages'],
    [{ verdict: 'independent', extent: 'partial' }, 'Independent'],
  ] as const)('%o is a %s', (relation, expected) => {
    expect(verdictLabel(relation)).toBe(expected);
  });

  it.each([
    ['whole', '000', 'copy of 000'],
    ['partial', '000', 'partial copy of 000'],
    ['partial', undefined, 'partial copy'],
    [null, undefined, 'copy'],
  ] as const)('%s copy of %s: %s', (extent, origin, expected) => {
    expect(copyName(extent, origin)).toBe(expected);
  });

  it.each([
    [[{ label: '000', extent: 'whole' }], 'copy of 000'],
    [[{ label: '000', extent: 'partial' }], 'partial copy of 000'],
    [
      [
        { label: '000', extent: 'whole' },
        { label: '001', extent: null },
      ],
      'copy of 000, 001',
    ],
    [
      [
        { label: '002', extent: 'partial' },
        { label: '000', extent: 'whole' },
      ],
      'copy of 000; partial copy of 002',
    ],
  ] as const)('the source list badge for %j', (origins, expected) => {
    expect(copyBadgeText(origins)).toBe(expected);
  });

  it('explains a partial copy in the badge tooltip', () => {
    expect(copyBadgeTitle([{ label: '000', extent: 'partial' }])).toContain(
      "took a run of 000's text",
    );
  });
});
