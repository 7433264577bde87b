// The speaker-attribution harness on a tiny inline sample: normalisation, matching quotes by
// their first words, the baseline, the figures and the table. Independent of how accurate the
// extractor is on the real sample.

import { describe, expect, it } from 'vitest';
import {
  baselineOutcome,
  evaluateSpeakers,
  extractorOutcome,
  normaliseSpeaker,
  speakerFigures,
  speakerTable,
  type GoldSpeaker,
} from './speakers';

const article =
  'Prices rose.\n\n"We expect a strong year ahead of us," said chief executive Jane Doe. ' +
  'Analysts were cautious.\n\nTom Roe of Acme said: "It is too early to tell."';

const gold: GoldSpeaker[] = [
  { id: 1, article: 'a.txt', quoteStart: 'We expect a strong year ahead of', speaker: 'Jane Doe' },
  { id: 2, article: 'a.txt', quoteStart: 'It is too early to tell', speaker: 'Tom Roe' },
  { id: 3, article: 'a.txt', quoteStart: 'Words that are not in the article', speaker: null },
];

describe('speaker evaluation harness', () => {
  it.each([
    ['Mr. Peskov', 'peskov'],
    ['the White House', 'white house'],
    ['Dr Doug  Williams', 'doug williams'],
    ['South Korea’s Unification Ministry', "south korea's unification ministry"],
    [null, null],
  ])('normalises %s', (name, expected) => {
    expect(normaliseSpeaker(name)).toBe(expected);
  });

  it('finds quotes by their first words and reads their speakers', () => {
    const outcomes = gold.map((item) => extractorOutcome(item, article));
    expect(outcomes.map((outcome) => outcome.found)).toEqual([true, true, false]);
  });

  it('gives the baseline the nearest capitalised name in the sentence', () => {
    expect(baselineOutcome(gold[0] as GoldSpeaker, article).predicted).toBe('Jane Doe');
    expect(baselineOutcome(gold[2] as GoldSpeaker, article).found).toBe(false);
  });

  it('counts a quote not found, or a surname for a full name, as wrong', () => {
    const figures = speakerFigures([
      { id: 1, gold: 'Jane Doe', found: true, predicted: 'jane doe' },
      { id: 2, gold: 'Tom Roe', found: true, predicted: 'Roe' },
      { id: 3, gold: null, found: false, predicted: null },
      { id: 4, gold: null, found: true, predicted: null },
    ]);
    expect(figures).toEqual({ n: 4, found: 3, correct: 2, accuracy: 0.5 });
  });

  it('prints one row per system, set and slice (halves only where asked)', () => {
    const outcomes = evaluateSpeakers(gold, () => article);
    const table = speakerTable([
      { name: 'set 1', halves: true, ...outcomes },
      { name: 'set 2 (held out)', halves: false, ...outcomes },
    ]);
    expect(table.split('\n')).toHaveLength(1 + 2 * (3 + 1));
    expect(table).toContain('extractQuotes');
    expect(table).toContain('baseline: nearest name');
    expect(table).toContain('set 2 (held out)');
  });
});
