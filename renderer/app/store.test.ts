import { describe, expect, it } from 'vitest';
import {
  editTarget,
  effectiveSelection,
  initialUiState,
  maxColumns,
  maxColumnsMessage,
  openColumnsBySource,
  uiReducer,
} from './store';
import type { UiAction, UiState } from './store';

function run(...actions: UiAction[]): UiState {
  return actions.reduce(uiReducer, initialUiState);
}

const sourcesOf = (state: UiState) => state.columns.map((column) => column.sourceId);
const ids = [10, 20, 30, 40, 50];

describe('opening sources', () => {
  it('opens the first source in a new column', () => {
    const state = run({ type: 'openSource', sourceId: 10, placement: 'active' });
    expect(sourcesOf(state)).toEqual([10]);
    expect(state.activeColumn).toBe(0);
    expect(state.selectedSourceId).toBe(10);
  });

  it('replaces the active column and keeps its key', () => {
    const first = run({ type: 'openSource', sourceId: 10, placement: 'active' });
    const state = uiReducer(first, { type: 'openSource', sourceId: 20, placement: 'active' });
    expect(sourcesOf(state)).toEqual([20]);
    expect(state.columns[0]?.key).toBe(first.columns[0]?.key);
  });

  it('opens beside the active column and activates the new one', () => {
    const state = run(
      { type: 'openSource', sourceId: 10, placement: 'active' },
      { type: 'openSource', sourceId: 20, placement: 'beside' },
      { type: 'activateColumn', index: 0 },
      { type: 'openSource', sourceId: 30, placement: 'beside' },
    );
    expect(sourcesOf(state)).toEqual([10, 30, 20]);
    expect(state.activeColumn).toBe(1);
    expect(new Set(state.columns.map((column) => column.key)).size).toBe(3);
  });

  it('activates the existing column instead of opening a source twice', () => {
    const state = run(
      { type: 'openSource', sourceId: 10, placement: 'active' },
      { type: 'openSource', sourceId: 20, placement: 'beside' },
      { type: 'openSource', sourceId: 10, placement: 'beside' },
    );
    expect(sourcesOf(state)).toEqual([10, 20]);
    expect(state.activeColumn).toBe(0);
  });

  it(`stops at ${maxColumns} columns with a notice`, () => {
    const state = run(
      ...[10, 20, 30, 40, 50].map((sourceId): UiAction => ({
        type: 'openSource',
        sourceId,
        placement: 'beside',
      })),
    );
    expect(sourcesOf(state)).toEqual([10, 20, 30, 40]);
    expect(state.notice).toMatchObject({ text: maxColumnsMessage, tone: 'warning' });
    expect(state.selectedSourceId).toBe(40);
  });
});

describe('closing and cycling columns', () => {
  const three = run(
    { type: 'openSource', sourceId: 10, placement: 'beside' },
    { type: 'openSource', sourceId: 20, placement: 'beside' },
    { type: 'openSource', sourceId: 30, placement: 'beside' },
  );

  it.each([
    { active: 2, close: 2, columns: [10, 20], nextActive: 1 },
    { active: 0, close: 0, columns: [20, 30], nextActive: 0 },
    { active: 2, close: 0, columns: [20, 30], nextActive: 1 },
    { active: 0, close: 2, columns: [10, 20], nextActive: 0 },
    { active: 1, close: 1, columns: [10, 30], nextActive: 1 },
  ])('closing column $close while $active is active', ({ active, close, columns, nextActive }) => {
    const state = uiReducer(uiReducer(three, { type: 'activateColumn', index: active }), {
      type: 'closeColumn',
      index: close,
    });
    expect(sourcesOf(state)).toEqual(columns);
    expect(state.activeColumn).toBe(nextActive);
  });

  it('closes the active column by default and returns focus to the list when none is left', () => {
    const state = run(
      { type: 'openSource', sourceId: 10, placement: 'active' },
      { type: 'activateColumn', index: 0 },
      { type: 'closeColumn' },
    );
    expect(state.columns).toEqual([]);
    expect(state.activeColumn).toBe(0);
    expect(state.focusArea).toBe('list');
    expect(state.focusRequest?.area).toBe('list');
  });

  it('cycles forwards and backwards with wrap-around', () => {
    const reader = uiReducer(three, { type: 'setFocusArea', area: 'reader' });
    const next = uiReducer(reader, { type: 'cycleColumn', delta: 1 });
    expect(next.activeColumn).toBe(0);
    const previous = uiReducer(next, { type: 'cycleColumn', delta: -1 });
    expect(previous.activeColumn).toBe(2);
    expect(previous.focusRequest?.area).toBe('reader');
  });

  it('moves from the list into the active column before cycling', () => {
    const state = uiReducer(three, { type: 'cycleColumn', delta: 1 });
    expect(state.activeColumn).toBe(2);
    expect(state.focusArea).toBe('reader');
    expect(state.focusRequest?.area).toBe('reader');
  });

  it('ignores column commands when no column is open', () => {
    expect(uiReducer(initialUiState, { type: 'cycleColumn', delta: 1 })).toBe(initialUiState);
    expect(uiReducer(initialUiState, { type: 'closeColumn' })).toBe(initialUiState);
  });
});

describe('list selection', () => {
  it('falls back to the first source when nothing valid is selected', () => {
    expect(effectiveSelection(initialUiState, ids)).toBe(10);
    expect(effectiveSelection({ ...initialUiState, selectedSourceId: 99 }, ids)).toBe(10);
    expect(effectiveSelection(initialUiState, [])).toBeNull();
  });

  it.each([
    { from: 30, to: 'next', expected: 40 },
    { from: 30, to: 'previous', expected: 20 },
    { from: 50, to: 'next', expected: 50 },
    { from: 10, to: 'previous', expected: 10 },
    { from: 30, to: 'first', expected: 10 },
    { from: 30, to: 'last', expected: 50 },
    { from: 99, to: 'next', expected: 20 },
  ] as const)('moves $to from $from', ({ from, to, expected }) => {
    const state = run(
      { type: 'selectSource', sourceId: from },
      { type: 'moveSelection', to, sourceIds: ids },
    );
    expect(state.selectedSourceId).toBe(expected);
  });

  it('steps to the next source and shows it in the active column', () => {
    const state = run(
      { type: 'openSource', sourceId: 20, placement: 'active' },
      { type: 'stepSource', direction: 'next', sourceIds: ids },
    );
    expect(sourcesOf(state)).toEqual([30]);
    expect(state.selectedSourceId).toBe(30);
  });

  it('lists the columns each source is open in', () => {
    const state = run(
      { type: 'openSource', sourceId: 10, placement: 'beside' },
      { type: 'openSource', sourceId: 20, placement: 'beside' },
    );
    expect(openColumnsBySource(state.columns)).toEqual(
      new Map([
        [10, [1]],
        [20, [2]],
      ]),
    );
  });
});

describe('edit target', () => {
  const state = run(
    { type: 'openSource', sourceId: 20, placement: 'active' },
    { type: 'selectSource', sourceId: 40 },
  );

  it('uses the list selection while working in the list', () => {
    expect(editTarget({ ...state, focusArea: 'list' }, ids)).toBe(40);
  });

  it('uses the active column while reading', () => {
    expect(editTarget({ ...state, focusArea: 'reader' }, ids)).toBe(20);
  });

  it('is empty for an empty case', () => {
    expect(editTarget(initialUiState, [])).toBeNull();
  });
});

describe('notices', () => {
  it('dismisses only the notice it names', () => {
    const shown = run({ type: 'showNotice', text: 'Saved' });
    const id = shown.notice?.id ?? -1;
    expect(uiReducer(shown, { type: 'dismissNotice', id: id + 1 })).toBe(shown);
    expect(uiReducer(shown, { type: 'dismissNotice', id }).notice).toBeNull();
  });
});

describe('comparing columns', () => {
  const pairOpen = run(
    { type: 'openSource', sourceId: 10, placement: 'active' },
    { type: 'openSource', sourceId: 20, placement: 'beside' },
  );

  it('aligns, syncs scrolling and shows the panel by default', () => {
    expect(initialUiState.compare).toEqual({
      alignment: true,
      syncScroll: true,
      differencesOnly: false,
      panelOpen: true,
    });
  });

  it('toggles one option at a time', () => {
    const state = uiReducer(pairOpen, { type: 'toggleCompareOption', option: 'syncScroll' });
    expect(state.compare).toMatchObject({ alignment: true, syncScroll: false });
    expect(uiReducer(state, { type: 'toggleCompareOption', option: 'syncScroll' }).compare).toEqual(
      pairOpen.compare,
    );
  });

  it('numbers each selection so re-selecting the same passage still scrolls to it', () => {
    const selection = { sourceId: 20, start: 5, end: 40 };
    const once = uiReducer(pairOpen, { type: 'selectPassage', selection });
    const twice = uiReducer(once, { type: 'selectPassage', selection });
    expect(once.passage).toEqual({ ...selection, seq: 1 });
    expect(twice.passage?.seq).toBe(2);
    expect(uiReducer(twice, { type: 'selectPassage', selection: null }).passage).toBeNull();
  });

  it('drops the selection when its source leaves the columns', () => {
    const selected = uiReducer(pairOpen, {
      type: 'selectPassage',
      selection: { sourceId: 20, start: 0, end: 9 },
    });
    expect(uiReducer(selected, { type: 'closeColumn', index: 0 }).passage).not.toBeNull();
    expect(uiReducer(selected, { type: 'closeColumn', index: 1 }).passage).toBeNull();
    expect(
      uiReducer(selected, { type: 'openSource', sourceId: 30, placement: 'active' }).passage,
    ).toBeNull();
  });

  it('opens a pair from the matrix in two columns, aligned, replacing what was open', () => {
    const three = run(
      { type: 'openSource', sourceId: 10, placement: 'beside' },
      { type: 'openSource', sourceId: 20, placement: 'beside' },
      { type: 'openSource', sourceId: 30, placement: 'beside' },
      { type: 'toggleCompareOption', option: 'alignment' },
      { type: 'openOverlay', overlay: { kind: 'matrix' } },
    );
    const state = uiReducer(three, { type: 'openPair', a: 40, b: 50 });
    expect(sourcesOf(state)).toEqual([40, 50]);
    expect(state.columns.map((column) => column.key)).toEqual(
      three.columns.slice(0, 2).map((column) => column.key),
    );
    expect(state).toMatchObject({
      activeColumn: 0,
      selectedSourceId: 40,
      overlay: { kind: 'none' },
      focusArea: 'reader',
    });
    expect(state.compare.alignment).toBe(true);
    expect(state.focusRequest?.area).toBe('reader');
  });

  it('gives new columns fresh keys when fewer were open', () => {
    const state = uiReducer(initialUiState, { type: 'openPair', a: 1, b: 2 });
    expect(sourcesOf(state)).toEqual([1, 2]);
    expect(new Set(state.columns.map((column) => column.key)).size).toBe(2);
    expect(state.nextId).toBe(initialUiState.nextId + 2);
  });

  it('ignores a pair of a source with itself', () => {
    expect(uiReducer(pairOpen, { type: 'openPair', a: 10, b: 10 })).toBe(pairOpen);
  });
});
