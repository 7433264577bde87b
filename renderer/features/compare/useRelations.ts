import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PairComparison, RelationsState } from '../../../preload/contract';
import { api } from '../../api';
import { useQueries } from '../../lib/useQueries';
import type { QueryState } from '../../lib/useQuery';
import { toError } from '../../lib/useQuery';
import { neighbourPairs } from './alignment';

/** How every pair of sources relates; pushed by main while it compares new or changed sources. */
export function useRelations(enabled: boolean): QueryState<RelationsState> {
  const [state, setState] = useState<QueryState<RelationsState>>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    // A pushed state is newer than whatever the first request answers.
    let pushed = false;
    const unsubscribe = api.onDidChangeRelations((relations) => {
      pushed = true;
      if (current) setState({ status: 'ready', data: relations, refreshing: false });
    });
    api.getRelations().then(
      (relations) => {
        if (current && !pushed) setState({ status: 'ready', data: relations, refreshing: false });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', error: toError(error) });
      },
    );
    return () => {
      current = false;
      unsubscribe();
    };
  }, [enabled]);
  return enabled ? state : { status: 'idle' };
}

export interface PairState {
  a: number;
  b: number;
  key: string;
  state: QueryState<PairComparison>;
}

/**
 * The comparison of each pair of neighbouring columns, cached by pair. When main finishes
 * comparing (relations become ready again) every pair is fetched afresh.
 */
export function usePairComparisons(
  sourceIds: readonly number[],
  enabled: boolean,
): { pairs: PairState[]; reload(): void } {
  const signature = enabled ? sourceIds.join(',') : '';
  const wanted = useMemo(
    () => (signature ? neighbourPairs(signature.split(',').map(Number)) : []),
    [signature],
  );
  const { states, reload } = useQueries(
    wanted.map((pair) => pair.key),
    (key) => {
      const [a, b] = key.split(':').map(Number);
      return api.comparePair({ a: a ?? 0, b: b ?? 0 });
    },
  );
  useEffect(
    () =>
      api.onDidChangeRelations((relations) => {
        if (relations.status === 'ready') reload();
      }),
    [reload],
  );
  const pairs = useMemo(
    () =>
      wanted.map((pair) => ({
        ...pair,
        state: states.get(pair.key) ?? ({ status: 'loading' } as const),
      })),
    [wanted, states],
  );
  const reloadAll = useCallback(() => reload(), [reload]);
  return { pairs, reload: reloadAll };
}
