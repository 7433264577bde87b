// Suggestions on the real sample case: for 000's "first — and so far only — meeting" the
// independent confirmations in 002 and 004 must be found, not only 001's spun copy; for AP's
// lunch (002), 003's dinner is a possible contradiction.

import { describe, expect, it } from 'vitest';
import type { AlignedPassage, ClaimOccurrence } from '../../../preload/contract';
import { readSeeds } from '../../testing/seeds';
import { alignTexts } from '../align';
import { parseNewsText } from '../import/parse-news-text';
import { codePointLength, sliceByCodePoints } from '../text/code-points';
import { copiedPassagesOf, type CopyEvidence } from './corroborate';
import { factDifferences } from './fact-differences';
import { findSuggestions, type SuggestionInput, type SuggestionSource } from './find-suggestions';

const parsed = readSeeds().map((text) => parseNewsText(text));
const sources: SuggestionSource[] = parsed.map((source, index) => ({
  id: index + 1,
  text: source.text,
  paragraphs: source.paragraphs,
}));
const labels = sources.map((source) => ({
  id: source.id,
  outlet: '',
  label: `#00${source.id - 1}`,
  reliability: 'F' as const,
}));

function occurrenceOf(sourceId: number, quote: string, id = 1): ClaimOccurrence {
  const text = sources[sourceId - 1]?.text ?? '';
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in source ${sourceId}`);
  const start = codePointLength(text.slice(0, at));
  return {
    id,
    claimId: 1,
    sourceId,
    start,
    end: start + codePointLength(quote),
    quote,
    prefix: '',
    suffix: '',
    stance: 'origin',
  };
}

const alignments = new Map<string, AlignedPassage[]>();
function aligned(a: number, b: number): AlignedPassage[] {
  const key = `${a}:${b}`;
  let passages = alignments.get(key);
  if (!passages) {
    passages = alignTexts(sources[a - 1]?.text ?? '', sources[b - 1]?.text ?? '').passages;
    alignments.set(key, passages);
  }
  return passages;
}

function input(origin: ClaimOccurrence, extra: Partial<SuggestionInput> = {}): SuggestionInput {
  const copied = copiedPassagesOf(1, 2, aligned(1, 2));
  const evidence: CopyEvidence = { relations: [], copied };
  const source = sources[origin.sourceId - 1];
  const paragraph = source?.paragraphs.find((p) => p.start <= origin.start && origin.end <= p.end);
  return {
    origin,
    occurrences: [origin],
    rejected: [],
    originContext:
      source && paragraph ? sliceByCodePoints(source.text, paragraph.start, paragraph.end) : '',
    sources,
    searchHits: [],
    alignedPassages: (other) => aligned(origin.sourceId, other),
    evidence,
    corroborationSources: labels,
    ...extra,
  };
}

const firstMeeting = 'held his first — and so far only — meeting with Mr. Putin in Vladivostok';

describe('findSuggestions on the sample case', () => {
  it('finds the independent confirmations in 002 and 004, not only the spun copy 001', () => {
    const found = findSuggestions(input(occurrenceOf(1, firstMeeting)));
    const in002 = found.find((s) => s.sourceId === 3 && s.quote.includes('first meeting with Kim'));
    const in004 = found.find((s) => s.sourceId === 5 && s.quote.includes('so far only summit'));
    const in001 = found.find((s) => s.sourceId === 2 && s.quote.includes('thus far solely'));
    expect(in002).toBeDefined();
    expect(in004).toBeDefined();
    expect(in001).toMatchObject({ foundBy: 'alignment', kind: 'spun' });
    expect(in002?.independence.adds).toBe(true);
    expect(in004?.independence.adds).toBe(true);
    expect(in001?.independence).toMatchObject({ adds: false });
    expect(in001?.independence.explanation).toMatch(/#000 and #001 share/);
    expect(in002?.reasons.join(' | ')).toMatch(/same names and numbers: .*2019/);
    expect(in002?.reasons.join(' | ')).toMatch(/Vladivostok/);
    expect(in002?.stance).toBe('supports');
  });

  it('offers 003’s dinner as a possible contradiction of AP’s lunch', () => {
    const lunch = 'He added that the meeting would include a lunch in Kim’s honor.';
    const found = findSuggestions(input(occurrenceOf(3, lunch)));
    const dinner = found.find((s) => s.sourceId === 4 && s.quote.includes('as well as a dinner'));
    expect(dinner).toMatchObject({ stance: 'contradicts', differences: ['lunch ≠ dinner'] });
    expect(dinner?.independence).toEqual({
      adds: true,
      explanation: 'adds an independent contradiction',
    });
  });

  it('marks what the passage index returned', () => {
    const origin = occurrenceOf(1, firstMeeting);
    const target = findSuggestions(input(origin)).find((s) => s.sourceId === 5);
    if (!target) throw new Error('no suggestion in 004');
    const found = findSuggestions(
      input(origin, { searchHits: [{ sourceId: 5, start: target.start, end: target.end }] }),
    ).find((s) => s.sourceId === 5);
    expect(found?.foundBy).toBe('search');
    expect(found?.reasons[0]).toBe('found in the passage index');
  });

  it('never suggests the claim’s own source, recorded passages or rejected ones', () => {
    const origin = occurrenceOf(1, firstMeeting);
    const all = findSuggestions(input(origin));
    expect(all.some((s) => s.sourceId === 1)).toBe(false);
    const first = all[0];
    if (!first) throw new Error('no suggestion');
    const recorded = {
      ...first,
      id: 2,
      claimId: 1,
      prefix: '',
      suffix: '',
      stance: 'supports' as const,
    };
    const again = findSuggestions(input(origin, { occurrences: [origin, recorded] }));
    expect(again.some((s) => s.sourceId === first.sourceId && s.start === first.start)).toBe(false);
    const rejected = findSuggestions(
      input(origin, {
        rejected: [{ sourceId: first.sourceId, start: first.start, end: first.end }],
      }),
    );
    expect(rejected.some((s) => s.sourceId === first.sourceId && s.start === first.start)).toBe(
      false,
    );
  });

  it('suggests nothing for words no other source uses', () => {
    const text = 'Zebras quietly audited the xylophone warehouse.';
    const lone: SuggestionSource = {
      id: 9,
      text,
      paragraphs: [{ start: 0, end: codePointLength(text) }],
    };
    const origin: ClaimOccurrence = {
      ...occurrenceOf(1, firstMeeting),
      sourceId: 9,
      start: 0,
      end: 46,
      quote: text,
    };
    const found = findSuggestions(
      input(origin, {
        sources: [...sources, lone],
        alignedPassages: () => [],
        originContext: text,
      }),
    );
    expect(found).toEqual([]);
  });
});

describe('factDifferences', () => {
  it.each([
    ['a lunch in Kim’s honor', 'as well as a dinner', ['lunch ≠ dinner']],
    ['a lunch in Kim’s honor', 'a lunch and a dinner', []],
    ['sent 2,000 tonnes of rice', 'sent 3,000 tonnes of rice', ['2,000 tonnes ≠ 3,000 tonnes']],
    ['sent 2,000 tonnes of rice', 'sent 2000 tonnes of rice', []],
    ['met on Tuesday', 'met on Wednesday morning', ['Tuesday ≠ Wednesday']],
    ['held in 2019 in the city', 'held in 2023 in Vladivostok', []],
    ['no facts here', 'none there either', []],
  ])('%s / %s → %j', (claim, candidate, expected) => {
    expect(factDifferences(claim, candidate)).toEqual(expected);
  });
});
