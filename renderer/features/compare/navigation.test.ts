import { describe, expect, it } from 'vitest';
import { columnPassages, neighbourPairs } from './alignment';
import {
  adjacentStop,
  passageStops,
  positionText,
  stopPosition,
  selectionMarks,
  stopFromViewport,
} from './navigation';
import type { PassageStop } from './navigation';
import { pair, passage } from './testPairs';

// Three columns: sources 10 | 20 | 30.
const left = pair(0, 10, 20, [
  passage([0, 10], [100, 110], 'verbatim'),
  passage([20, 30], [120, 135]),
  passage([50, 60], [200, 210], 'paraphrase'),
]);
const right = pair(1, 20, 30, [
  passage([100, 110], [5, 15], 'verbatim'),
  passage([130, 150], [40, 60], 'shared-quote'),
]);
const pairs = [left, right];
const sourceIds = [10, 20, 30];

describe('columnPassages', () => {
  it('lists a middle column’s passages from both neighbours in reading order', () => {
    const middle = columnPassages(1, pairs);
    expect(middle.map((p) => [p.span.start, p.side, p.counterpartColumn])).toEqual([
      [100, 'b', 0],
      [100, 'a', 2],
      [120, 'b', 0],
      [130, 'a', 2],
      [200, 'b', 0],
    ]);
    expect(middle[0]?.key).toBe('10:20#0');
  });

  it('ignores pairs that have not loaded', () => {
    expect(columnPassages(1, [undefined, right]).map((p) => p.key)).toEqual(['20:30#0', '20:30#1']);
  });

  it('pairs neighbouring columns only', () => {
    expect(neighbourPairs([10, 20, 30]).map((p) => p.key)).toEqual(['10:20', '20:30']);
    expect(neighbourPairs([10])).toEqual([]);
  });
});

describe('passageStops', () => {
  it('merges passages that overlap into one stop', () => {
    const stops = passageStops(columnPassages(1, pairs));
    expect(stops.map(({ start, end, keys }) => [start, end, keys])).toEqual([
      [100, 110, ['10:20#0', '20:30#0']],
      [120, 150, ['10:20#1', '20:30#1']],
      [200, 210, ['10:20#2']],
    ]);
  });

  it('skips empty passages', () => {
    expect(passageStops(columnPassages(0, [pair(0, 1, 2, [passage([5, 5], [1, 2])])]))).toEqual([]);
  });
});

describe('a passage that crosses paragraphs', () => {
  // One copied run, paragraphs 2–4 of source 10 (20..80) beside 1–3 of source 20, already cut
  // into its paragraph parts (see passageParts), and a short passage after it.
  const parts = { passage: 0, parts: 3 };
  const run = {
    ...pair(0, 10, 20, [
      passage([20, 38], [0, 18], 'verbatim'),
      passage([40, 58], [20, 38], 'spun'),
      passage([60, 80], [40, 60], 'verbatim'),
      passage([90, 95], [70, 75], 'paraphrase'),
    ]),
    parts: [{ ...parts, part: 0 }, { ...parts, part: 1 }, { ...parts, part: 2 }, null],
  };

  it('stops at each paragraph the passage covers, then moves on', () => {
    const stops = passageStops(columnPassages(0, [run]));
    expect(stops.map(({ start, end, part }) => [start, end, part?.part ?? null])).toEqual([
      [20, 38, 0],
      [40, 58, 1],
      [60, 80, 2],
      [90, 95, null],
    ]);
    const visited = [];
    for (let stop = stops[0] ?? null; stop; stop = adjacentStop(stops, stop, 'next')) {
      visited.push(stop.start);
    }
    expect(visited).toEqual([20, 40, 60, 90]);
    expect(adjacentStop(stops, { start: 60, end: 80 }, 'previous')?.start).toBe(40);
  });

  it('marks only the selected paragraph’s part and its counterpart', () => {
    const marks = selectionMarks({ sourceId: 20, start: 20, end: 38 }, [10, 20], [run]);
    expect([...(marks?.keys ?? [])]).toEqual(['10:20#1']);
    expect(marks?.direct[0]?.part).toEqual({ passage: 0, part: 1, parts: 3 });
  });

  it('says which paragraph of the passage the position is at', () => {
    expect(positionText({ index: 1, total: 4, part: { passage: 0, part: 1, parts: 3 } })).toBe(
      'Passage 2 of 4 · paragraph 2 of 3',
    );
    expect(positionText({ index: 3, total: 4, part: null })).toBe('Passage 4 of 4');
    expect(positionText({ index: -1, total: 4, part: null })).toBe('4 passages');
    expect(positionText({ index: -1, total: 0, part: null })).toBe('No aligned passages');
  });

  it('counts a passage cut into paragraph parts once', () => {
    const stop = (start: number, part: number | null, parts = 3) => ({
      start,
      end: start + 5,
      keys: [`k${start}`],
      part: part === null ? null : { passage: 0, part, parts },
    });
    // One passage before, a copied run over three paragraphs, one passage after.
    const stops = [stop(0, null), stop(10, 0), stop(20, 1), stop(30, 2), stop(40, null)];
    expect(positionText(stopPosition(stops, 3))).toBe('Passage 2 of 3 · paragraph 3 of 3');
    expect(positionText(stopPosition(stops, 4))).toBe('Passage 3 of 3');
    expect(positionText(stopPosition(stops, -1))).toBe('3 passages');
  });
});

describe('adjacentStop', () => {
  const stops: PassageStop[] = [
    { start: 0, end: 10, keys: ['a'], part: null },
    { start: 20, end: 30, keys: ['b'], part: null },
    { start: 50, end: 60, keys: ['c'], part: null },
  ];

  it.each([
    { current: { start: 0, end: 10 }, direction: 'next', expected: 'b' },
    { current: { start: 20, end: 30 }, direction: 'previous', expected: 'a' },
    { current: { start: 50, end: 60 }, direction: 'next', expected: null },
    { current: { start: 0, end: 10 }, direction: 'previous', expected: null },
    { current: { start: 35, end: 40 }, direction: 'next', expected: 'c' },
    { current: { start: 35, end: 40 }, direction: 'previous', expected: 'b' },
    { current: { start: 25, end: 26 }, direction: 'next', expected: 'c' },
  ] as const)('$direction from $current.start', ({ current, direction, expected }) => {
    expect(adjacentStop(stops, current, direction)?.keys[0] ?? null).toBe(expected);
  });
});

describe('stopFromViewport', () => {
  const stops: PassageStop[] = [
    { start: 0, end: 10, keys: ['a'], part: null },
    { start: 20, end: 30, keys: ['b'], part: null },
    { start: 50, end: 60, keys: ['c'], part: null },
  ];
  const extents = new Map([
    ['a', { top: 0, bottom: 40 }],
    ['b', { top: 300, bottom: 360 }],
    ['c', { top: 900, bottom: 960 }],
  ]);
  const extentOf = (stop: PassageStop) => extents.get(stop.keys[0] ?? '') ?? null;

  it('starts forward at the first stop that begins in view', () => {
    expect(stopFromViewport(stops, extentOf, { top: 200, bottom: 800 }, 'next')?.keys).toEqual([
      'b',
    ]);
  });

  it('starts backward at the last stop that ends in view', () => {
    expect(stopFromViewport(stops, extentOf, { top: 200, bottom: 800 }, 'previous')?.keys).toEqual([
      'b',
    ]);
  });

  it('falls back to the last or first stop past either end', () => {
    expect(stopFromViewport(stops, extentOf, { top: 2000, bottom: 2600 }, 'next')?.keys).toEqual([
      'c',
    ]);
    expect(stopFromViewport(stops, extentOf, { top: 0, bottom: 10 }, 'previous')?.keys).toEqual([
      'a',
    ]);
  });
});

describe('selectionMarks', () => {
  it('marks counterparts along the chain in both directions', () => {
    const marks = selectionMarks({ sourceId: 10, start: 0, end: 10 }, sourceIds, pairs);
    expect(marks?.anchorColumn).toBe(0);
    expect([...(marks?.keys ?? [])].sort()).toEqual(['10:20#0', '20:30#0']);
    expect(marks?.direct.map((p) => p.key)).toEqual(['10:20#0']);
  });

  it('shows both counterparts of a middle column’s passage', () => {
    const marks = selectionMarks({ sourceId: 20, start: 120, end: 150 }, sourceIds, pairs);
    expect([...(marks?.keys ?? [])].sort()).toEqual(['10:20#1', '20:30#1']);
    expect(marks?.direct.map((p) => p.side)).toEqual(['b', 'a']);
  });

  it('stops where the chain has no counterpart', () => {
    const marks = selectionMarks({ sourceId: 10, start: 50, end: 60 }, sourceIds, pairs);
    expect([...(marks?.keys ?? [])]).toEqual(['10:20#2']);
  });

  it('is empty for a source that is not open', () => {
    expect(selectionMarks({ sourceId: 99, start: 0, end: 5 }, sourceIds, pairs)).toBeNull();
  });
});
