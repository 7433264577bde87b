import type { Span } from '../../preload/contract';

// The right-hand inspector's UI state: which tab shows, which claim is open, the selection
// waiting to be tagged and the request to bring a claim into view in the reader. A slice of the
// workbench store (store.ts), kept here so each file stays small.

export type InspectorTab = 'claims' | 'codebook' | 'notes' | 'facts';

/** The Facts tab's three views. */
export type FactsView = 'quotes' | 'entities' | 'discrepancies';

/** Selected text waiting in the tag picker. */
export interface PendingClaim extends Span {
  sourceId: number;
  quote: string;
  /** Viewport point the picker opens at (below the selection). */
  anchor: { x: number; y: number };
}

/** A request to scroll a claim's passage into view; `seq` changes on every request. */
export interface ClaimReveal {
  claimId: number;
  sourceId: number;
  seq: number;
}

export interface InspectorState {
  open: boolean;
  tab: InspectorTab;
  factsView: FactsView;
  selectedClaimId: number | null;
  tagging: PendingClaim | null;
  reveal: ClaimReveal | null;
}

export type InspectorAction =
  | { type: 'showInspector'; tab: InspectorTab }
  | { type: 'toggleInspector'; tab: InspectorTab }
  | { type: 'closeInspector' }
  | { type: 'showFacts'; view: FactsView }
  | { type: 'selectClaim'; claimId: number | null }
  | { type: 'startTagging'; pending: PendingClaim }
  | { type: 'stopTagging' };

export const initialInspectorState: InspectorState = {
  open: false,
  tab: 'claims',
  factsView: 'quotes',
  selectedClaimId: null,
  tagging: null,
  reveal: null,
};

const inspectorActions: ReadonlySet<string> = new Set<InspectorAction['type']>([
  'showInspector',
  'toggleInspector',
  'closeInspector',
  'showFacts',
  'selectClaim',
  'startTagging',
  'stopTagging',
]);

export function isInspectorAction(action: { type: string }): action is InspectorAction {
  return inspectorActions.has(action.type);
}

export function inspectorReducer(state: InspectorState, action: InspectorAction): InspectorState {
  switch (action.type) {
    case 'showInspector':
      return { ...state, open: true, tab: action.tab };
    case 'toggleInspector':
      if (state.open && state.tab === action.tab) return { ...state, open: false };
      return { ...state, open: true, tab: action.tab };
    case 'closeInspector':
      return state.open ? { ...state, open: false } : state;
    case 'showFacts':
      return { ...state, open: true, tab: 'facts', factsView: action.view };
    case 'selectClaim':
      if (action.claimId === null) return { ...state, selectedClaimId: null };
      return { ...state, open: true, tab: 'claims', selectedClaimId: action.claimId };
    case 'startTagging':
      return { ...state, tagging: action.pending };
    case 'stopTagging':
      return state.tagging ? { ...state, tagging: null } : state;
  }
}

/** Opens a claim and asks the reader to show its passage. */
export function revealClaim(state: InspectorState, claimId: number, sourceId: number) {
  const seq = (state.reveal?.seq ?? 0) + 1;
  return {
    ...state,
    open: true,
    tab: 'claims' as const,
    selectedClaimId: claimId,
    reveal: { claimId, sourceId, seq },
  };
}
