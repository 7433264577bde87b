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
    [{ number: '000' }, '#000'],
    [{ number: '12' }, '#12'],
    // A source without a numbered file is numbered by its id: never a title stub, which two
    // reports of one story share ("North Korean…" ↔ "North Korean…").
    [{ number: '7' }, '#7'],
    [{ number: '7-2' }, '#7-2'],
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
    [1, { number: '000', label: 'Washington Times · 11 Sep 2023 · #000' }],
    [2, { number: '001', label: '#001' }],
    [3, { number: '3', label: 'AP · #3' }],
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
    expect(labels).toEqual(
      new Map([
        [2, [{ label: '#000', name: 'Washington Times · 11 Sep 2023 · #000', extent: 'whole' }]],
      ]),
    );
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
      { label: '#000', name: 'Washington Times · 11 Sep 2023 · #000', extent: 'whole' },
      { label: '#001', name: '#001', extent: 'partial' },
    ]);
  });
});

describe('naming copies', () => {
  it.each([
    [{ verdict: 'derived-copy', extent: 'whole' }, 'Derived copy'],
    [{ verdict: 'derived-copy', extent: 'whole', identical: true }, 'Identical copy'],
    [{ verdict: 'derived-copy', extent: 'partial' }, 'Partial copy'],
    [{ verdict: 'derived-copy', extent: null }, 'Derived copy'],
    [{ verdict: 'shares-passages', extent: null }, 'Shares passages'],
    [{ verdict: 'independent', extent: 'partial' }, 'Independent'],
  ] as const)('%o is a %s', (relation, expected) => {
    expect(verdictLabel(relation)).toBe(expected);
  });

  it.each([
    ['whole', '#000', 'copy of #000'],
    ['partial', '#000', 'partial copy of #000'],
    ['partial', undefined, 'partial copy'],
    [null, undefined, 'copy'],
  ] as const)('%s copy of %s: %s', (extent, origin, expected) => {
    expect(copyName(extent, origin)).toBe(expected);
  });

  const origin = (label: string, extent: CopyExtent | null) => ({ label, name: label, extent });

  it.each([
    [[origin('#000', 'whole')], 'copy of #000'],
    [[origin('#000', 'partial')], 'partial copy of #000'],
    [[origin('#000', 'whole'), origin('#001', null)], 'copy of #000, #001'],
    [[origin('#002', 'partial'), origin('#000', 'whole')], 'copy of #000; partial copy of #002'],
  ])('the source list badge for %j', (origins, expected) => {
    expect(copyBadgeText(origins)).toBe(expected);
  });

  it('names each original by its full label in the badge tooltip, and explains a partial copy', () => {
    const title = copyBadgeTitle([
      { label: '#002', name: 'AP · 12 Sep 2023 · #002', extent: 'partial' },
      { label: '#000', name: '#000', extent: 'whole' },
    ]);
    expect(title).toBe(
      'The comparison found that this source took a run of the text of AP · 12 Sep 2023 · #002 ' +
        '(a partial copy) and added other text. ' +
        'The comparison found this source to be a derived copy of #000',
    );
  });
});
