import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../preload/contract';
import { columnPassages } from './alignment';
import { emptyDecoration, planArticle, planParagraph } from './articlePlan';
import type { ColumnDecoration } from './articlePlan';
import { pair, passage } from './testPairs';

// "One two. Three four. Five six." at 0..30 and "Seven eight." at 32..44.
const first: Paragraph = { index: 0, start: 0, end: 30, text: 'One two. Three four. Five six.' };
const second: Paragraph = { index: 1, start: 32, end: 44, text: 'Seven eight.' };

function decoration(overrides: Partial<ColumnDecoration>): ColumnDecoration {
  return { ...emptyDecoration, ...overrides };
}

describe('planParagraph', () => {
  const pairs = [
    pair(0, 1, 2, [passage([0, 8], [0, 8], 'verbatim'), passage([9, 20], [9, 20], 'spun')]),
    pair(1, 2, 3, [passage([9, 20], [0, 11], 'paraphrase')]),
  ];

  it('tints each run by the strongest kind of the passages over it', () => {
    const plan = planParagraph(first, decoration({ passages: columnPassages(1, pairs) }));
    expect(plan.runs.map((run) => [run.text, run.kind, run.passageKeys])).toEqual([
      ['One two.', 'verbatim', ['1:2#0']],
      [' ', null, []],
      ['Three four.', 'spun', ['1:2#1', '2:3#0']],
      [' Five six.', null, []],
    ]);
    expect(plan.runs.map((run) => run.text).join('')).toBe(first.text);
  });

  it('marks selected passages and their word differences', () => {
    const plan = planParagraph(
      first,
      decoration({
        passages: columnPassages(0, pairs),
        selected: new Set(['1:2#1']),
        diffs: [{ start: 15, end: 19, op: 'removed', title: 'Changed to “4”' }],
      }),
    );
    const runs = plan.runs.map((run) => [run.text, run.selected, run.diff?.title ?? null]);
    expect(runs).toEqual([
      ['One two.', false, null],
      [' ', false, null],
      ['Three ', true, null],
      ['four', true, 'Changed to “4”'],
      ['.', true, null],
      [' Five six.', false, null],
    ]);
  });
});

describe('differences only', () => {
  it('folds the punctuation left around a hidden sentence with it', () => {
    const quoted: Paragraph = { index: 3, start: 0, end: 12, text: '“Hello you.”' };
    const plan = planParagraph(quoted, decoration({ hidden: [{ start: 1, end: 10 }] }));
    expect(plan.hidden).toBe(true);
    const tail = planParagraph(first, decoration({ hidden: [{ start: 21, end: 29 }] }));
    expect(tail.runs.map((run) => [run.text, run.hidden, run.hiddenCount])).toEqual([
      ['One two. Three four. ', false, 0],
      ['Five six', true, 1],
      ['.', true, 0],
    ]);
  });

  it('folds a paragraph whose every word is hidden, blank runs included', () => {
    const hidden = [
      { start: 0, end: 8 },
      { start: 9, end: 20 },
      { start: 21, end: 30 },
    ];
    const plan = planParagraph(first, decoration({ hidden }));
    expect(plan.hidden).toBe(true);
    expect(plan.hiddenIds.size).toBe(3);
  });

  it('keeps a partly hidden paragraph, counting each hidden stretch once', () => {
    const plan = planParagraph(
      first,
      decoration({
        hidden: [
          { start: 0, end: 8 },
          { start: 9, end: 20 },
        ],
      }),
    );
    expect(plan.hidden).toBe(false);
    expect(plan.runs.map((run) => [run.text, run.hidden, run.hiddenCount])).toEqual([
      ['One two.', true, 2],
      [' ', true, 0],
      ['Three four.', true, 0],
      [' Five six.', false, 0],
    ]);
  });

  it('folds runs of hidden paragraphs into one bar with the number of sentences', () => {
    const third: Paragraph = { index: 2, start: 46, end: 50, text: 'End.' };
    const blocks = planArticle(
      [first, second, third],
      decoration({
        hidden: [
          { start: 0, end: 30 },
          { start: 32, end: 44 },
        ],
      }),
    );
    expect(blocks.map((block) => block.type)).toEqual(['collapsed', 'paragraph']);
    const [bar] = blocks;
    expect(bar?.type === 'collapsed' ? [bar.count, bar.plans.length] : null).toEqual([2, 2]);
  });

  it('shows everything when nothing is hidden', () => {
    const blocks = planArticle([first, second], emptyDecoration);
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  });
});
