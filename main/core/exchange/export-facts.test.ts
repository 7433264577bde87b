import { describe, expect, it } from 'vitest';
import type { QuoteGroup } from '../../../preload/contract';
import { clip, factsWithin, firstOf, passageParts, sharedQuotes } from './export-facts';

const quote = (id: string, sources: number[], conflict: string | null = null): QuoteGroup => ({
  id,
  text: id,
  occurrences: sources.map((sourceId) => ({ sourceId, start: 0, end: 1, speaker: null })),
  speakers: [],
  speakerConflict: conflict,
});

describe('export facts', () => {
  it('lists quotes said in two sources or credited to different speakers, conflicts first', () => {
    const quotes = [
      quote('alone', [1]),
      quote('twice in one', [1, 1]),
      quote('two', [1, 2]),
      quote('three', [1, 2, 3]),
      quote('conflict', [1, 2], 'A ≠ B'),
      quote('conflict in one', [1], 'A ≠ B'),
    ];
    expect(sharedQuotes(quotes).map((q) => q.id)).toEqual([
      'conflict',
      'conflict in one',
      'three',
      'two',
    ]);
  });

  it('caps a list and says how many were left out', () => {
    expect(firstOf([1, 2, 3], 2)).toEqual({ shown: [1, 2], more: 1 });
    expect(firstOf([1], 2)).toEqual({ shown: [1], more: 0 });
    expect(clip('🦊🦊🦊', 2)).toBe('🦊…');
    expect(clip('🦊🦊', 2)).toBe('🦊🦊');
  });

  it('splits a passage around the differing words, in code points', () => {
    const passage = { start: 10, end: 27, text: '🦊 ate lunch here' };
    expect(passageParts({ sourceId: 1, start: 16, end: 21, text: 'lunch', passage })).toEqual({
      before: '🦊 ate ',
      differing: 'lunch',
      after: ' here',
    });
    const long = { start: 0, end: 1000, text: `${'a'.repeat(500)}X${'b'.repeat(499)}` };
    const parts = passageParts({ sourceId: 1, start: 500, end: 501, text: 'X', passage: long });
    expect(parts.differing).toBe('X');
    expect(parts.before.startsWith('…')).toBe(true);
    expect(parts.after.endsWith('…')).toBe(true);
  });

  it('keeps only facts about sources in the snapshot', () => {
    const side = (sourceId: number) => ({
      sourceId,
      start: 0,
      end: 1,
      text: 'x',
      passage: { start: 0, end: 1, text: 'x' },
    });
    const facts = factsWithin(
      {
        quotes: [quote('kept', [1, 2]), quote('gone', [9])],
        attributions: [],
        entities: [],
        discrepancies: [
          { id: 'a', kind: 'other', description: '', a: side(1), b: side(2) },
          { id: 'b', kind: 'other', description: '', a: side(1), b: side(9) },
        ],
        circular: [{ sourceIds: [1, 9], explanation: '' }],
        credits: [],
      },
      (id) => id !== 9,
    );
    expect(facts.quotes.map((q) => q.id)).toEqual(['kept']);
    expect(facts.discrepancies.map((d) => d.id)).toEqual(['a']);
    expect(facts.circular).toEqual([]);
  });
});
