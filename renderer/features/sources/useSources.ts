import { useCallback, useEffect, useMemo } from 'react';
import type { SourceDetail, SourceSummary } from '../../../preload/contract';
import { api } from '../../api';
import { useQueries } from '../../lib/useQueries';
import { useQuery } from '../../lib/useQuery';
import type { QueryState } from '../../lib/useQuery';
import { affects, onSourcesChanged } from './sourceChanges';

export interface SourcesQuery {
  state: QueryState<SourceSummary[]>;
  reload(): void;
}

/** The case's sources in list order; reloads whenever any source changes. */
export function useSources(enabled: boolean): SourcesQuery {
  const { state, reload } = useQuery(enabled ? 'sources' : null, () => api.listSources());
  useEffect(() => (enabled ? onSourcesChanged(() => reload()) : undefined), [enabled, reload]);
  return { state, reload };
}

/** One source with its text; reloads when main (or a save here) says it changed. */
export function useSourceDetail(sourceId: number): {
  state: QueryState<SourceDetail>;
  reload(): void;
} {
  const { state, reload } = useQuery(`source:${sourceId}`, () => api.getSource({ id: sourceId }));
  useEffect(
    () =>
      onSourcesChanged((sourceIds) => {
        if (affects(sourceIds, sourceId)) reload();
      }),
    [sourceId, reload],
  );
  return { state, reload };
}

/**
 * The texts of several sources at once (the open columns), loaded once each and shared by the
 * columns and the comparison; each reloads when main says it changed.
 */
export function useSourceDetails(sourceIds: readonly number[]): {
  states: ReadonlyMap<number, QueryState<SourceDetail>>;
  reload(sourceId: number): void;
} {
  const { states, reload } = useQueries(sourceIds.map(String), (key) =>
    api.getSource({ id: Number(key) }),
  );
  useEffect(
    () => onSourcesChanged((changed) => reload((key) => affects(changed, Number(key)))),
    [reload],
  );
  const byId = useMemo(
    () => new Map([...states].map(([key, state]) => [Number(key), state])),
    [states],
  );
  const reloadOne = useCallback(
    (sourceId: number) => reload((key) => key === String(sourceId)),
    [reload],
  );
  return { states: byId, reload: reloadOne };
}
