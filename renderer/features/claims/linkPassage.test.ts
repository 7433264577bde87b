import { describe, expect, it } from 'vitest';
import type { ClaimSummary } from '../../../preload/contract';
import { passageInContext, pickerClaims } from './linkPassage';

const claim = (id: number, updatedAt: string, overrides: Partial<ClaimSummary> = {}) =>
  ({
    id,
    sourceId: 1,
    quote: `quote ${id}`,
    tagIds: [],
    note: '',
    credibility: 6,
    suggestedCredibility: 6,
    independentSources: 1,
    independentContradictions: 0,
    occurrenceCount: 1,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt,
    ...overrides,
  }) satisfies ClaimSummary;

const tags = [
  { id: 1, name: 'Meetings', parentId: null },
  { id: 2, name: 'Summits', parentId: 1 },
  { id: 3, name: 'Weapons', parentId: null },
];
const claims = [
  claim(1, '2024-01-03T00:00:00Z', { quote: 'a lunch in Kim’s honor', tagIds: [2] }),
  claim(2, '2024-01-05T00:00:00Z', { quote: 'first and so far only meeting', tagIds: [1] }),
  claim(3, '2024-01-04T00:00:00Z', { quote: 'artillery shells', tagIds: [3] }),
  claim(4, '2024-01-05T00:00:00Z', { quote: 'Kim’s armoured train' }),
];

describe('pickerClaims', () => {
  const ids = (filter: { text: string; tagId: number | null }) =>
    pickerClaims(claims, filter, tags).map((each) => each.id);

  it('lists the most recently changed claims first, the newest first on a tie', () => {
    expect(ids({ text: '', tagId: null })).toEqual([4, 2, 3, 1]);
  });

  it('filters by words of the quote or a tag name, and by a tag with the tags below it', () => {
    expect(ids({ text: 'kim', tagId: null })).toEqual([4, 1]);
    expect(ids({ text: 'summits', tagId: null })).toEqual([1]);
    expect(ids({ text: '', tagId: 1 })).toEqual([2, 1]);
    expect(ids({ text: 'lunch', tagId: 1 })).toEqual([1]);
    expect(ids({ text: '', tagId: 3 })).toEqual([3]);
    expect(ids({ text: 'nothing like it', tagId: null })).toEqual([]);
  });
});

describe('passageInContext', () => {
  const text =
    'First paragraph ends here.\n\nThe 🦊 said that the meeting would include a lunch in Kim’s honor, officials said on Monday evening.';
  const span = (phrase: string) => {
    const at = Array.from(text).join('').indexOf(phrase);
    const start = Array.from(text.slice(0, at)).length;
    return { start, end: start + Array.from(phrase).length };
  };

  it('cuts the context at words inside the paragraph, with ellipses where it is cut', () => {
    expect(passageInContext(text, span('a lunch'), 16)).toEqual({
      before: '…would include ',
      quote: 'a lunch',
      after: ' in Kim’s…',
    });
  });

  it('stops at the paragraph’s edges without an ellipsis, counting code points', () => {
    expect(passageInContext(text, span('said that'), 48)).toEqual({
      before: 'The 🦊 ',
      quote: 'said that',
      after: ' the meeting would include a lunch in Kim’s…',
    });
    expect(passageInContext(text, span('Monday evening.'), 48).after).toBe('');
  });
});
