import { describe, expect, it } from 'vitest';
import type { AlignedPassage, ClaimOccurrence } from '../../../preload/contract';
import { findSuggestions } from './find-suggestions';

const origin: ClaimOccurrence = {
  id: 1,
  claimId: 1,
  sourceId: 1,
  start: 0,
  end: 46,
  quote: 'The council voted to close the harbour at dawn.',
  prefix: '',
  suffix: '',
  stance: 'origin',
};
const other =
  'Fishermen were angry. The council voted to close the harbour at dawn. Nobody knew why.';
const passage = (a: [number, number], b: [number, number], score: number): AlignedPassage => ({
  a: { start: a[0], end: a[1] },
  b: { start: b[0], end: b[1] },
  score,
  kind: 'verbatim',
  diff: { a: [], b: [] },
});

describe('findSuggestions', () => {
  const base = {
    origin,
    occurrences: [origin],
    rejected: [],
    sources: [
      { id: 1, text: origin.quote },
      { id: 2, text: other },
      { id: 3, text: 'Completely unrelated weather report about rain in the hills.' },
    ],
    alignedPassages: () => [],
  };

  it('finds the claim’s words in another source by text match, never in its own', () => {
    const found = findSuggestions(base);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sourceId: 2, foundBy: 'text-match', kind: 'verbatim' });
    expect(found[0]?.quote).toContain('The council voted to close the harbour');
  });

  it('prefers the alignment on a tie and keeps one of overlapping candidates', () => {
    const found = findSuggestions({
      ...base,
      alignedPassages: (id) =>
        id === 2 ? [passage([0, 46], [22, 69], 1), passage([60, 70], [0, 5], 1)] : [],
    });
    expect(found.filter((s) => s.sourceId === 2)).toEqual([
      expect.objectContaining({ start: 22, end: 69, foundBy: 'alignment' }),
    ]);
  });

  it('drops passages already recorded or rejected', () => {
    const taken = {
      ...origin,
      id: 2,
      sourceId: 2,
      start: 30,
      end: 40,
      stance: 'supports' as const,
    };
    expect(findSuggestions({ ...base, occurrences: [origin, taken] })).toEqual([]);
    const first = findSuggestions(base)[0];
    expect(
      findSuggestions({
        ...base,
        rejected: [{ sourceId: 2, start: first?.start ?? 0, end: first?.end ?? 0 }],
      }),
    ).toEqual([]);
  });
});
