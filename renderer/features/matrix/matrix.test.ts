import { describe, expect, it } from 'vitest';
import type { SourceRelation } from '../../../preload/contract';
import { buildMatrix, progressText, relationKey, similarityColor, similarityInk } from './matrix';

const sources = [
  { id: 1, label: '#000', title: 'Putin confirms meeting' },
  { id: 2, label: '#001', title: 'North Korean chief' },
  { id: 3, label: '#002', title: 'Kim arrived' },
];

function relation(overrides: Partial<SourceRelation>): SourceRelation {
  return {
    a: 1,
    b: 2,
    similarity: 0.93,
    coverage: [0.95, 0.97],
    verdict: 'derived-copy',
    direction: { copy: 2, origin: 1, evidence: '#001 carries the line “Source: example.com”' },
    extent: 'whole',
    copiedRuns: [{ a: { start: 0, end: 900 }, b: { start: 0, end: 910 } }],
    explanation: '',
    passageCounts: { verbatim: 2, spun: 17, paraphrase: 0, 'shared-quote': 0 },
    ...overrides,
  };
}

const lightness = (color: string) => Number(/oklch\(([\d.]+)/.exec(color)?.[1]);

describe('buildMatrix', () => {
  const rows = buildMatrix(sources, [
    relation({}),
    relation({ a: 3, b: 2, similarity: 0.2, verdict: 'shares-passages', direction: null }),
  ]);

  it('has a row per source and no cell on the diagonal', () => {
    expect(rows.map((row) => row.source.label)).toEqual(['#000', '#001', '#002']);
    expect(rows.map((row) => row.cells.map((cell) => cell !== null))).toEqual([
      [false, true, true],
      [true, false, true],
      [true, true, false],
    ]);
  });

  it('describes a derived copy with its direction, from either side', () => {
    const cell = rows[0]?.cells[1];
    expect(cell?.ariaLabel).toBe(
      '#000 and #001: derived copy, similarity 0.93; #001 is a copy of #000',
    );
    expect(cell?.glyph).toBe('origin-left');
    expect(rows[1]?.cells[0]?.glyph).toBe('origin-above');
    expect(rows[1]?.cells[0]?.open).toEqual({ a: 1, b: 2 });
  });

  it('finds a relation reported in either order', () => {
    const cell = rows[1]?.cells[2];
    expect(cell?.verdict).toBe('shares-passages');
    expect(cell?.glyph).toBe('shared');
    expect(cell?.open).toEqual({ a: 2, b: 3 });
  });

  it('treats an absent pair as independent with similarity 0', () => {
    const cell = rows[0]?.cells[2];
    expect(cell).toMatchObject({ similarity: 0, verdict: 'independent', relation: null });
    expect(cell?.ariaLabel).toBe('#000 and #002: independent, similarity 0.00');
  });

  it('marks a copy whose direction is open', () => {
    const [row] = buildMatrix(sources, [relation({ direction: null })]);
    expect(row?.cells[1]?.glyph).toBe('copy');
  });

  it('names a partial copy, with or without its direction', () => {
    const [row] = buildMatrix(sources, [relation({ extent: 'partial' })]);
    expect(row?.cells[1]?.partial).toBe(true);
    expect(row?.cells[1]?.ariaLabel).toBe(
      '#000 and #001: partial copy, similarity 0.93; #001 is a partial copy of #000',
    );
    const [open] = buildMatrix(sources, [relation({ extent: 'partial', direction: null })]);
    expect(open?.cells[1]?.ariaLabel).toBe('#000 and #001: partial copy, similarity 0.93');
    expect(open?.cells[1]?.glyph).toBe('copy');
    expect(rows[0]?.cells[1]?.partial).toBe(false);
  });

  it('keys pairs in either order alike', () => {
    expect(relationKey(5, 2)).toBe(relationKey(2, 5));
  });
});

describe('similarity colour scale', () => {
  it.each(['light', 'dark'] as const)('moves lightness monotonically in the %s theme', (theme) => {
    const values = [0, 0.25, 0.5, 0.75, 1].map((s) => lightness(similarityColor(s, theme)));
    const steps = values.slice(1).map((value, index) => value - (values[index] ?? 0));
    const direction = theme === 'light' ? -1 : 1;
    expect(steps.every((step) => Math.sign(step) === direction)).toBe(true);
  });

  it('clamps out-of-range and missing values', () => {
    expect(similarityColor(-1, 'light')).toBe(similarityColor(0, 'light'));
    expect(similarityColor(7, 'dark')).toBe(similarityColor(1, 'dark'));
    expect(similarityColor(Number.NaN, 'light')).toBe(similarityColor(0, 'light'));
  });

  it('picks readable ink for both ends of the scale', () => {
    expect(similarityInk(0, 'light')).toBe('dark');
    expect(similarityInk(1, 'light')).toBe('light');
    expect(similarityInk(0, 'dark')).toBe('light');
    expect(similarityInk(1, 'dark')).toBe('dark');
  });
});

describe('progressText', () => {
  it.each([
    [{ done: 6, total: 10 }, 'Comparing sources… 6 of 10'],
    [{ done: 12, total: 10 }, 'Comparing sources… 10 of 10'],
    [null, 'Comparing sources…'],
  ])('%o', (progress, expected) => {
    expect(progressText(progress)).toBe(expected);
  });
});
