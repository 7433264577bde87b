import { useCallback, useMemo } from 'react';
import type { ComponentProps } from 'react';
import type { SourceSummary, Span } from '../../preload/contract';
import { shortSourceLabel } from '../features/compare/kinds';
import type { FactsPanel } from '../features/facts/FactsPanel';
import { useEntityScope, useFactsProgress } from '../features/facts/useFacts';
import type { UiAction, UiState } from './store';

interface FactsWorkbenchDeps {
  state: UiState;
  dispatch(action: UiAction): void;
  caseOpen: boolean;
  summaries: ReadonlyMap<number, SourceSummary>;
  sourceIds: readonly number[];
}

/**
 * The facts' progress, the entity the workbench is narrowed to (sources, claims, search) and
 * the Facts tab's wiring.
 */
export function useFactsWorkbench({
  state,
  dispatch,
  caseOpen,
  summaries,
  sourceIds,
}: FactsWorkbenchDeps) {
  const progress = useFactsProgress(caseOpen);
  const entityScope = useEntityScope(state.entity, progress.revision);
  const inScope = entityScope?.sourceIds ?? null;
  /** The sources search is limited to; null when no entity is chosen (or its mentions load). */
  const scopeIds = useMemo(() => (inScope ? [...inScope].sort((a, b) => a - b) : null), [inScope]);
  /** The source list's order after the entity filter, for keyboard moves. */
  const listIds = useMemo(
    () => (inScope ? sourceIds.filter((id) => inScope.has(id)) : sourceIds),
    [inScope, sourceIds],
  );
  const label = useCallback(
    (id: number) => {
      const source = summaries.get(id);
      return source ? shortSourceLabel(source) : `#${id}`;
    },
    [summaries],
  );
  const clearEntity = useCallback(
    () => dispatch({ type: 'chooseEntity', entity: null }),
    [dispatch],
  );

  const panel = (
    revealSpan: (sourceId: number, span: Span) => void,
  ): ComponentProps<typeof FactsPanel> => ({
    view: state.inspector.factsView,
    onView: (view) => dispatch({ type: 'showFacts', view }),
    progress,
    label,
    chosenEntityKey: state.entity?.key ?? null,
    onChooseEntity: (entity) => dispatch({ type: 'chooseEntity', entity }),
    onRevealSpan: revealSpan,
    onClaimMade: (claimId, sourceId) => dispatch({ type: 'revealClaim', claimId, sourceId }),
  });

  return { progress, entityScope, scopeIds, listIds, clearEntity, panel };
}
