import { describe, expect, it } from 'vitest';
import { initialUiState, uiReducer } from './store';
import type { UiAction, UiState } from './store';

const run = (state: UiState, ...actions: UiAction[]) => actions.reduce(uiReducer, state);
const pending = { sourceId: 1, start: 2, end: 9, quote: 'quote', anchor: { x: 0, y: 0 } };

describe('inspector state', () => {
  it('shows and toggles tabs', () => {
    const shown = run(initialUiState, { type: 'showInspector', tab: 'codebook' });
    expect(shown.inspector).toMatchObject({ open: true, tab: 'codebook' });
    const toggled = uiReducer(shown, { type: 'toggleInspector', tab: 'codebook' });
    expect(toggled.inspector.open).toBe(false);
    const other = uiReducer(shown, { type: 'toggleInspector', tab: 'notes' });
    expect(other.inspector).toMatchObject({ open: true, tab: 'notes' });
  });

  it('opens the Facts tab at a view, and remembers the view', () => {
    const state = run(initialUiState, { type: 'showFacts', view: 'entities' });
    expect(state.inspector).toMatchObject({ open: true, tab: 'facts', factsView: 'entities' });
    const back = run(
      state,
      { type: 'showInspector', tab: 'claims' },
      { type: 'showInspector', tab: 'facts' },
    );
    expect(back.inspector).toMatchObject({ tab: 'facts', factsView: 'entities' });
  });

  it('narrows to an entity and clears it', () => {
    const entity = { key: 'person:jo', name: 'Jo Chun Ryong', variants: ['Jo Chun-ryong'] };
    const chosen = uiReducer(initialUiState, { type: 'chooseEntity', entity });
    expect(chosen.entity).toBe(entity);
    expect(uiReducer(chosen, { type: 'chooseEntity', entity })).toBe(chosen);
    expect(uiReducer(chosen, { type: 'chooseEntity', entity: null }).entity).toBeNull();
  });

  it('opens the claims tab when a claim is selected, and clears it', () => {
    const state = run(
      initialUiState,
      { type: 'showInspector', tab: 'notes' },
      { type: 'selectClaim', claimId: 4 },
    );
    expect(state.inspector).toMatchObject({ open: true, tab: 'claims', selectedClaimId: 4 });
    expect(
      uiReducer(state, { type: 'selectClaim', claimId: null }).inspector.selectedClaimId,
    ).toBeNull();
  });

  it('holds one pending selection for the tag picker', () => {
    const state = uiReducer(initialUiState, { type: 'startTagging', pending });
    expect(state.inspector.tagging).toEqual(pending);
    expect(uiReducer(state, { type: 'stopTagging' }).inspector.tagging).toBeNull();
    const idle = uiReducer(initialUiState, { type: 'stopTagging' });
    expect(idle).toBe(initialUiState);
  });

  it('reveals a claim: opens its source in the active column and asks to scroll it in', () => {
    const start = run(initialUiState, { type: 'openSource', sourceId: 1, placement: 'active' });
    const first = uiReducer(start, { type: 'revealClaim', claimId: 8, sourceId: 5 });
    expect(first.columns.map((column) => column.sourceId)).toEqual([5]);
    expect(first.inspector).toMatchObject({ open: true, tab: 'claims', selectedClaimId: 8 });
    expect(first.inspector.reveal).toMatchObject({ claimId: 8, sourceId: 5 });
    expect(first.focusArea).toBe('reader');
    const again = uiReducer(first, { type: 'revealClaim', claimId: 8, sourceId: 5 });
    expect(again.inspector.reveal?.seq).toBe((first.inspector.reveal?.seq ?? 0) + 1);
  });

  it('activates the column already showing the source instead of replacing another', () => {
    const state = run(
      initialUiState,
      { type: 'openSource', sourceId: 1, placement: 'active' },
      { type: 'openSource', sourceId: 2, placement: 'beside' },
      { type: 'revealClaim', claimId: 3, sourceId: 1 },
    );
    expect(state.columns.map((column) => column.sourceId)).toEqual([1, 2]);
    expect(state.activeColumn).toBe(0);
  });
});
