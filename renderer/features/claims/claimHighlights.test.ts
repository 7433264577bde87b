import { describe, expect, it } from 'vitest';
import type { Paragraph, SourceClaimMark } from '../../../preload/contract';
import { emptyDecoration, planParagraph } from '../compare/articlePlan';
import { claimHighlights, untaggedColor } from './claimHighlights';

const tags = new Map([
  [1, { name: 'Casualties', color: '#e69f00' }],
  [2, { name: 'Location', color: '#56b4e9' }],
]);

const mark = (claimId: number, start: number, end: number, tagIds: number[] = [1], note = '') =>
  ({
    occurrenceId: claimId * 10,
    claimId,
    start,
    end,
    stance: 'origin',
    tagIds,
    note,
  }) as SourceClaimMark;

describe('claimHighlights', () => {
  it('colours by the first known tag, grey without tags', () => {
    const [a, b, c] = claimHighlights(
      [mark(1, 0, 5, [2, 1]), mark(2, 6, 9, []), mark(3, 10, 12, [99, 1])],
      tags,
      null,
    );
    expect(a?.color).toBe('#56b4e9');
    expect(b?.color).toBe(untaggedColor);
    expect(c?.color).toBe('#e69f00');
  });

  it('orders outer before inner and drops empty spans', () => {
    const order = claimHighlights(
      [mark(1, 4, 6), mark(2, 0, 10), mark(3, 0, 4), mark(4, 3, 3)],
      tags,
      null,
    );
    expect(order.map((each) => each.claimId)).toEqual([2, 3, 1]);
  });

  it('titles with tags, stance and note, and marks the selected claim', () => {
    const [highlight] = claimHighlights(
      [{ ...mark(7, 0, 3, [1, 2], '  Check   the toll. '), stance: 'contradicts' }],
      tags,
      7,
    );
    expect(highlight?.title).toBe('Contradicts claim: Casualties, Location\nNote: Check the toll.');
    expect(highlight?.selected).toBe(true);
  });
});

describe('claims in the article plan', () => {
  const text = 'Kim met Putin 😀 in Vostochny.';
  const paragraph: Paragraph = { index: 0, start: 100, end: 100 + Array.from(text).length, text };

  it('stacks overlapping and nested claims on the runs they cover, outermost first', () => {
    // "Kim met Putin" (100–113) nested in the whole sentence; "Putin 😀 in" overlaps it.
    const claims = claimHighlights(
      [mark(1, 100, 128), mark(2, 100, 113), mark(3, 108, 118)],
      tags,
      null,
    );
    const plan = planParagraph(paragraph, { ...emptyDecoration, claims });
    expect(plan.runs.map((run) => [run.text, run.claims.map((claim) => claim.claimId)])).toEqual([
      ['Kim met ', [1, 2]],
      ['Putin', [1, 2, 3]],
      [' 😀 in', [1, 3]],
      [' Vostochny', [1]],
      ['.', []],
    ]);
    expect(plan.runs.map((run) => run.text).join('')).toBe(text);
  });
});
