import { useCallback, useMemo } from 'react';
import type { SourceDetail } from '../../preload/contract';
import { claimHighlights } from '../features/claims/claimHighlights';
import type { ClaimHighlight } from '../features/claims/claimHighlights';
import { readColumnSelection, selectionSpan } from '../features/claims/domSelection';
import type { PendingPassage } from '../features/claims/linkPassage';
import { useClaimMarks, useHistory, useTags } from '../features/claims/useClaimsData';
import type { QueryState } from '../lib/useQuery';
import type { UiAction, UiState } from './store';

interface ClaimsWorkbenchDeps {
  state: UiState;
  dispatch(action: UiAction): void;
  caseOpen: boolean;
  details: ReadonlyMap<number, QueryState<SourceDetail>>;
}

/**
 * Tags, undo history, claim highlights of the open columns, "tag the selection" and "add the
 * selection to a claim".
 */
export function useClaimsWorkbench({ state, dispatch, caseOpen, details }: ClaimsWorkbenchDeps) {
  const tags = useTags(caseOpen);
  const onHistoryError = useCallback(
    (message: string) => dispatch({ type: 'showNotice', text: message, tone: 'warning' }),
    [dispatch],
  );
  const history = useHistory(caseOpen, onHistoryError);
  const openIds = useMemo(
    () => [...new Set(state.columns.map((column) => column.sourceId))],
    [state.columns],
  );
  const marks = useClaimMarks(caseOpen ? openIds : []);
  const selectedClaimId = state.inspector.selectedClaimId;
  const highlights = useMemo(() => {
    const result = new Map<number, readonly ClaimHighlight[]>();
    for (const [sourceId, list] of marks) {
      result.set(sourceId, claimHighlights(list, tags.byId, selectedClaimId));
    }
    return result;
  }, [marks, tags.byId, selectedClaimId]);

  const tagSelection = useCallback(() => {
    const selection = readColumnSelection(window.getSelection());
    const detail = selection ? details.get(selection.sourceId) : undefined;
    const span =
      selection && detail?.status === 'ready' ? selectionSpan(detail.data.text, selection) : null;
    if (!selection || !span) {
      dispatch({
        type: 'showNotice',
        text: 'Select a passage in a column first, then tag it as a claim.',
        tone: 'info',
      });
      return;
    }
    const rect = selection.lastRect;
    dispatch({
      type: 'startTagging',
      pending: {
        sourceId: selection.sourceId,
        ...span,
        anchor: { x: selection.firstRect.left, y: rect.bottom },
      },
    });
  }, [details, dispatch]);

  /** The text selected in a reader column, as a passage of its source; null when none is. */
  const readSelection = useCallback((): PendingPassage | null => {
    const selection = readColumnSelection(window.getSelection());
    const detail = selection ? details.get(selection.sourceId) : undefined;
    const span =
      selection && detail?.status === 'ready' ? selectionSpan(detail.data.text, selection) : null;
    return selection && span ? { sourceId: selection.sourceId, ...span } : null;
  }, [details]);

  const addSelectionToClaim = useCallback(() => {
    const passage = readSelection();
    dispatch(
      passage
        ? { type: 'openOverlay', overlay: { kind: 'addToClaim', passage } }
        : {
            type: 'showNotice',
            text: 'Select a passage in a column first, then add it to a claim.',
            tone: 'info',
          },
    );
  }, [readSelection, dispatch]);

  return { tags, history, highlights, tagSelection, readSelection, addSelectionToClaim };
}
