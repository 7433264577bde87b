import { describe, expect, it } from 'vitest';
import type { SourceRelation } from '../../../preload/contract';
import { copiedRunText, copiedRunsHeading, directionText, spanPlace } from './relationText';
import { relation } from './testPairs';

// The verdict card says who copied whom by full label and places copied runs by number.
const names = new Map([
  [1, '#000'],
  [2, 'AP · 12 Sep 2023 · #001'],
]);
const name = (id: number) => names.get(id) ?? `#${id}`;
const label = (id: number) => (id === 1 ? '#000' : '#001');

function copy(overrides: Partial<SourceRelation>): SourceRelation {
  return {
    ...relation(1, 2),
    verdict: 'derived-copy',
    direction: { copy: 2, origin: 1, evidence: '#001 carries the line “Source: example.com”' },
    extent: 'whole',
    ...overrides,
  };
}

describe('directionText', () => {
  it.each([
    [copy({}), 'AP · 12 Sep 2023 · #001 is a copy of #000'],
    [copy({ extent: 'partial' }), 'AP · 12 Sep 2023 · #001 is a partial copy of #000'],
    [copy({ direction: null, extent: 'partial' }), 'Direction undetermined'],
    [relation(1, 2), 'Neither reads as a copy of the other'],
  ])('%#: %s', (given, expected) => {
    expect(directionText(given, name)).toBe(expected);
  });
});

describe('copied runs', () => {
  // Paragraphs of 10 code points separated by blank lines: 0–10, 12–22, 24–34, 36–46.
  const paragraphs = [0, 12, 24, 36].map((start) => ({ start, end: start + 10 }));

  it.each([
    [{ start: 12, end: 46 }, '¶ 2–4'],
    [{ start: 14, end: 20 }, '¶ 2'],
    [{ start: 5, end: 14 }, '¶ 1–2'],
  ])('places %o at %s', (span, expected) => {
    expect(spanPlace(span, paragraphs)).toBe(expected);
  });

  it('falls back to code points while the paragraphs are unknown', () => {
    expect(spanPlace({ start: 120, end: 2480 }, undefined)).toBe('characters 120–2,480');
  });

  it('lists a run in the relation’s order of sources', () => {
    const run = { a: { start: 12, end: 46 }, b: { start: 0, end: 30 } };
    const text = copiedRunText(run, relation(1, 2), label, (id) =>
      id === 1 ? paragraphs : undefined,
    );
    expect(text).toBe('#000 ¶ 2–4 ↔ #001 characters 0–30');
    expect(copiedRunsHeading([run])).toBe('1 copied run');
    expect(copiedRunsHeading([run, run])).toBe('2 copied runs');
  });
});
