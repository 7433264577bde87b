// The renderer's UI state: which sources are open in which columns, what is selected in the
// list, which overlay is up and the current transient notice. Data from main (the case, the
// sources, their text) never lives here; it stays behind the hooks over `api`. The workbench
// that owns this state is keyed by the case path, so opening another case starts afresh.

import type { SearchFilters } from '../../preload/contract';
import type { PendingPassage } from '../features/claims/linkPassage';
import {
  initialInspectorState,
  inspectorReducer,
  isInspectorAction,
  revealClaim,
} from './inspector';
import type { InspectorAction, InspectorState } from './inspector';

export const maxColumns = 4;

export interface Column {
  /** Stable React key: a column keeps its identity while the source shown in it changes. */
  key: number;
  sourceId: number;
}

export type CaseDialogMode = 'open' | 'create';

export type Overlay =
  | { kind: 'none' }
  | { kind: 'palette' }
  | { kind: 'matrix' }
  | { kind: 'sourceDetails'; sourceId: number }
  | { kind: 'paste'; text: string }
  /** `claimIds`: the claims panel's current filter, null when it shows every claim. */
  | { kind: 'export'; claimIds: number[] | null }
  | { kind: 'case'; mode: CaseDialogMode; path?: string; error?: string }
  /** Links a passage (a selection or a search hit) to an existing claim. */
  | { kind: 'addToClaim'; passage: PendingPassage }
  /** Links every passage hit of a search to one claim, after a review. */
  | { kind: 'tagAllHits'; query: string; filters: SearchFilters };

/** Where the analyst is working, so commands such as "Edit Source Details" pick the right source. */
export type FocusArea = 'list' | 'reader';

export type NoticeTone = 'info' | 'warning' | 'success';

export interface Notice {
  id: number;
  text: string;
  tone: NoticeTone;
}

/** How the reader compares its columns; on by default, toggled from the compare bar. */
export interface CompareOptions {
  /** Tint aligned passages and draw connectors between neighbouring columns. */
  alignment: boolean;
  /** Scrolling one column brings the counterparts into view in the others. */
  syncScroll: boolean;
  /** Fold away what every open column shares verbatim. */
  differencesOnly: boolean;
  /** The relation and passage panel below the columns. */
  panelOpen: boolean;
}

export type CompareOption = keyof CompareOptions;

/** A selected stretch of one open source, usually an aligned passage. */
export interface PassageSelection {
  sourceId: number;
  start: number;
  end: number;
}

export interface UiState {
  columns: Column[];
  /** Index into `columns`; 0 when there are none. */
  activeColumn: number;
  /** The list's cursor. May name a source that no longer exists; see `effectiveSelection`. */
  selectedSourceId: number | null;
  focusArea: FocusArea;
  /** A request for the view to move DOM focus; `seq` changes on every request. */
  focusRequest: { area: FocusArea; seq: number } | null;
  overlay: Overlay;
  notice: Notice | null;
  nextId: number;
  compare: CompareOptions;
  /** `seq` changes on every selection, so the view scrolls it into view even when re-selected. */
  passage: (PassageSelection & { seq: number }) | null;
  inspector: InspectorState;
  entity: EntityChoice | null;
}

/** The entity the source list, the claims and search are narrowed to (Facts › Entities). */
export interface EntityChoice {
  key: string;
  name: string;
  variants: readonly string[];
}

export type Placement = 'active' | 'beside';
export type ListMove = 'next' | 'previous' | 'first' | 'last';

export type UiAction =
  | { type: 'selectSource'; sourceId: number }
  | { type: 'moveSelection'; to: ListMove; sourceIds: readonly number[] }
  | { type: 'openSource'; sourceId: number; placement: Placement }
  | { type: 'stepSource'; direction: 'next' | 'previous'; sourceIds: readonly number[] }
  | { type: 'closeColumn'; index?: number }
  | { type: 'activateColumn'; index: number }
  | { type: 'cycleColumn'; delta: 1 | -1 }
  | { type: 'setFocusArea'; area: FocusArea }
  | { type: 'requestFocus'; area: FocusArea }
  | { type: 'openOverlay'; overlay: Overlay }
  | { type: 'closeOverlay' }
  | { type: 'showNotice'; text: string; tone?: NoticeTone }
  | { type: 'dismissNotice'; id: number }
  | { type: 'toggleCompareOption'; option: CompareOption }
  | { type: 'selectPassage'; selection: PassageSelection | null }
  | { type: 'openPair'; a: number; b: number }
  /** Opens the claim's source in the active column and its detail in the inspector. */
  | { type: 'revealClaim'; claimId: number; sourceId: number }
  /** Narrows sources, claims and search to what mentions an entity; null clears it. */
  | { type: 'chooseEntity'; entity: EntityChoice | null }
  | InspectorAction;

export const initialUiState: UiState = {
  columns: [],
  activeColumn: 0,
  selectedSourceId: null,
  focusArea: 'list',
  focusRequest: null,
  overlay: { kind: 'none' },
  notice: null,
  nextId: 1,
  compare: { alignment: true, syncScroll: true, differencesOnly: false, panelOpen: true },
  passage: null,
  inspector: initialInspectorState,
  entity: null,
};

export const maxColumnsMessage =
  'Four columns are open, the most that fit side by side. Close one to open another source beside.';

/** The selected source if it is still in the list, otherwise the first source. */
export function effectiveSelection(state: UiState, sourceIds: readonly number[]): number | null {
  const selected = state.selectedSourceId;
  if (selected !== null && sourceIds.includes(selected)) return selected;
  return sourceIds[0] ?? null;
}

export function activeSourceId(state: UiState): number | null {
  return state.columns[state.activeColumn]?.sourceId ?? null;
}

/** The source that "Edit Source Details" acts on: the list's selection while working in the list. */
export function editTarget(state: UiState, sourceIds: readonly number[]): number | null {
  const selected = effectiveSelection(state, sourceIds);
  if (state.focusArea === 'list') return selected ?? activeSourceId(state);
  return activeSourceId(state) ?? selected;
}

/** Column numbers (1-based) in which each source is open. */
export function openColumnsBySource(columns: readonly Column[]): Map<number, number[]> {
  const result = new Map<number, number[]>();
  columns.forEach((column, index) => {
    const list = result.get(column.sourceId) ?? [];
    list.push(index + 1);
    result.set(column.sourceId, list);
  });
  return result;
}

function moveIndex(current: number, length: number, to: ListMove): number {
  if (to === 'first') return 0;
  if (to === 'last') return length - 1;
  if (current < 0) return 0;
  return to === 'next' ? Math.min(current + 1, length - 1) : Math.max(current - 1, 0);
}

function moved(state: UiState, sourceIds: readonly number[], to: ListMove): number | null {
  if (sourceIds.length === 0) return null;
  const current = effectiveSelection(state, sourceIds);
  const index = current === null ? -1 : sourceIds.indexOf(current);
  return sourceIds[moveIndex(index, sourceIds.length, to)] ?? null;
}

function withNotice(state: UiState, text: string, tone: NoticeTone): UiState {
  return { ...state, notice: { id: state.nextId, text, tone }, nextId: state.nextId + 1 };
}

function requestFocus(state: UiState, area: FocusArea): UiState {
  return { ...state, focusRequest: { area, seq: (state.focusRequest?.seq ?? 0) + 1 } };
}

function openSource(state: UiState, sourceId: number, placement: Placement): UiState {
  const selectedState = { ...state, selectedSourceId: sourceId };
  const existing = state.columns.findIndex((column) => column.sourceId === sourceId);
  if (existing !== -1) return { ...selectedState, activeColumn: existing };

  const column: Column = { key: state.nextId, sourceId };
  const nextId = state.nextId + 1;
  if (state.columns.length === 0) {
    return { ...selectedState, columns: [column], activeColumn: 0, nextId };
  }
  if (placement === 'active') {
    const columns = state.columns.map((current, index) =>
      index === state.activeColumn ? { ...current, sourceId } : current,
    );
    return { ...selectedState, columns };
  }
  if (state.columns.length >= maxColumns) {
    return withNotice(state, maxColumnsMessage, 'warning');
  }
  const at = state.activeColumn + 1;
  const columns = [...state.columns.slice(0, at), column, ...state.columns.slice(at)];
  return { ...selectedState, columns, activeColumn: at, nextId };
}

function closeColumn(state: UiState, index: number): UiState {
  if (index < 0 || index >= state.columns.length) return state;
  const columns = state.columns.filter((_, current) => current !== index);
  let activeColumn = state.activeColumn;
  if (index < activeColumn || activeColumn >= columns.length) activeColumn -= 1;
  activeColumn = Math.max(0, Math.min(activeColumn, columns.length - 1));
  const next = { ...state, columns, activeColumn };
  return requestFocus(
    columns.length === 0 ? { ...next, focusArea: 'list' } : next,
    columns.length === 0 ? 'list' : 'reader',
  );
}

/** Drops the passage selection once its source is no longer open. */
function withValidPassage(state: UiState): UiState {
  const passage = state.passage;
  if (!passage || state.columns.some((column) => column.sourceId === passage.sourceId)) {
    return state;
  }
  return { ...state, passage: null };
}

/** Replaces the columns with `a` beside `b`, aligned, ready for the keyboard. */
function openPair(state: UiState, a: number, b: number): UiState {
  if (a === b) return state;
  let nextId = state.nextId;
  const columns = [a, b].map((sourceId, index): Column => {
    const key = state.columns[index]?.key ?? nextId++;
    return { key, sourceId };
  });
  return requestFocus(
    {
      ...state,
      columns,
      activeColumn: 0,
      selectedSourceId: a,
      focusArea: 'reader',
      overlay: { kind: 'none' },
      nextId,
      compare: { ...state.compare, alignment: true },
      passage: null,
    },
    'reader',
  );
}

export function uiReducer(state: UiState, action: UiAction): UiState {
  return withValidPassage(reduce(state, action));
}

function reduce(state: UiState, action: UiAction): UiState {
  if (isInspectorAction(action)) {
    const inspector = inspectorReducer(state.inspector, action);
    return inspector === state.inspector ? state : { ...state, inspector };
  }
  switch (action.type) {
    case 'selectSource':
      return { ...state, selectedSourceId: action.sourceId };
    case 'moveSelection': {
      const target = moved(state, action.sourceIds, action.to);
      return target === null ? state : { ...state, selectedSourceId: target };
    }
    case 'openSource':
      return openSource(state, action.sourceId, action.placement);
    case 'stepSource': {
      const target = moved(state, action.sourceIds, action.direction);
      return target === null ? state : openSource(state, target, 'active');
    }
    case 'closeColumn':
      return closeColumn(state, action.index ?? state.activeColumn);
    case 'activateColumn':
      if (action.index < 0 || action.index >= state.columns.length) return state;
      if (action.index === state.activeColumn && state.focusArea === 'reader') return state;
      return { ...state, activeColumn: action.index, focusArea: 'reader' };
    case 'cycleColumn': {
      const count = state.columns.length;
      if (count === 0) return state;
      if (state.focusArea === 'list')
        return requestFocus({ ...state, focusArea: 'reader' }, 'reader');
      const activeColumn = (state.activeColumn + action.delta + count) % count;
      return requestFocus({ ...state, activeColumn }, 'reader');
    }
    case 'setFocusArea':
      return state.focusArea === action.area ? state : { ...state, focusArea: action.area };
    case 'requestFocus':
      return requestFocus({ ...state, focusArea: action.area }, action.area);
    case 'openOverlay':
      return { ...state, overlay: action.overlay };
    case 'closeOverlay':
      return state.overlay.kind === 'none' ? state : { ...state, overlay: { kind: 'none' } };
    case 'showNotice':
      return withNotice(state, action.text, action.tone ?? 'info');
    case 'dismissNotice':
      return state.notice?.id === action.id ? { ...state, notice: null } : state;
    case 'toggleCompareOption':
      return {
        ...state,
        compare: { ...state.compare, [action.option]: !state.compare[action.option] },
      };
    case 'selectPassage': {
      const selection = action.selection;
      if (!selection) return state.passage ? { ...state, passage: null } : state;
      const seq = (state.passage?.seq ?? 0) + 1;
      return { ...state, passage: { ...selection, seq } };
    }
    case 'openPair':
      return openPair(state, action.a, action.b);
    case 'chooseEntity':
      return state.entity === action.entity ? state : { ...state, entity: action.entity };
    case 'revealClaim': {
      const opened = openSource(state, action.sourceId, 'active');
      if (!opened.columns.some((column) => column.sourceId === action.sourceId)) return opened;
      const inspector = revealClaim(opened.inspector, action.claimId, action.sourceId);
      return requestFocus({ ...opened, inspector, focusArea: 'reader' }, 'reader');
    }
  }
}
