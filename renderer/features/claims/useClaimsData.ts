import { useCallback, useEffect, useMemo, useState } from 'react';
import type { HistoryState, SourceClaimMark, TagInfo } from '../../../preload/contract';
import { api } from '../../api';
import { useQueries } from '../../lib/useQueries';
import { useQuery } from '../../lib/useQuery';
import type { QueryState } from '../../lib/useQuery';
import { notifyCaseEdited, onCaseEdited, touches } from './caseEdits';
import type { EditKind } from './caseEdits';

/** Reloads `reload` whenever an edit touches any of `kinds`. */
function useReloadOn(kinds: readonly EditKind[], reload: () => void, enabled = true): void {
  const signature = kinds.join(',');
  useEffect(() => {
    if (!enabled) return;
    const wanted = signature.split(',') as EditKind[];
    return onCaseEdited((edit) => {
      if (touches(edit, wanted)) reload();
    });
  }, [signature, reload, enabled]);
}

export interface TagsQuery {
  state: QueryState<TagInfo[]>;
  list: readonly TagInfo[];
  byId: ReadonlyMap<number, TagInfo>;
  reload(): void;
}

const noTags: readonly TagInfo[] = [];

export function useTags(enabled: boolean): TagsQuery {
  const { state, reload } = useQuery(enabled ? 'tags' : null, () => api.listTags());
  useReloadOn(['tags', 'claims'], reload, enabled);
  const list = state.status === 'ready' ? state.data : noTags;
  const byId = useMemo(() => new Map(list.map((tag) => [tag.id, tag])), [list]);
  return { state, list, byId, reload };
}

export function useClaims(enabled: boolean) {
  const { state, reload } = useQuery(enabled ? 'claims' : null, () => api.listClaims());
  useReloadOn(['claims', 'tags', 'sources'], reload, enabled);
  return { state, reload };
}

export function useClaimDetail(claimId: number | null) {
  const { state, reload } = useQuery(claimId === null ? null : `claim:${claimId}`, () =>
    api.getClaim({ id: claimId ?? 0 }),
  );
  useReloadOn(['claims', 'tags', 'sources'], reload, claimId !== null);
  return { state, reload };
}

export function useSuggestions(claimId: number) {
  const { state, reload } = useQuery(`suggestions:${claimId}`, () =>
    api.suggestOccurrences({ id: claimId }),
  );
  useReloadOn(['claims'], reload);
  return { state, reload };
}

const noMarks: readonly SourceClaimMark[] = [];

/** The claim marks of each open source, reloaded on every claim or tag edit. */
export function useClaimMarks(
  sourceIds: readonly number[],
): ReadonlyMap<number, readonly SourceClaimMark[]> {
  const { states, reload } = useQueries(sourceIds.map(String), (key) =>
    api.listClaimsInSource({ sourceId: Number(key) }),
  );
  const reloadAll = useCallback(() => reload(), [reload]);
  useReloadOn(['claims', 'tags'], reloadAll);
  return useMemo(() => {
    const result = new Map<number, readonly SourceClaimMark[]>();
    for (const [key, state] of states) {
      result.set(Number(key), state.status === 'ready' ? state.data : noMarks);
    }
    return result;
  }, [states]);
}

const noHistory: HistoryState = {
  canUndo: false,
  canRedo: false,
  undoLabel: null,
  redoLabel: null,
};

export interface HistoryControls {
  state: HistoryState;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/** Undo and redo of case edits, with what they would do; follows every edit. */
export function useHistory(enabled: boolean, onError: (message: string) => void): HistoryControls {
  const [state, setState] = useState<HistoryState>(noHistory);
  const refresh = useCallback(() => {
    api.getHistory().then(setState, () => setState(noHistory));
  }, []);
  useEffect(() => {
    if (!enabled) return;
    refresh();
    return onCaseEdited((edit) => {
      if (edit.history) setState(edit.history);
      else refresh();
    });
  }, [enabled, refresh]);
  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        const history = direction === 'undo' ? await api.undo() : await api.redo();
        setState(history);
        notifyCaseEdited([], history);
      } catch (error) {
        onError(error instanceof Error ? error.message : String(error));
      }
    },
    [onError],
  );
  return {
    state: enabled ? state : noHistory,
    undo: useCallback(() => step('undo'), [step]),
    redo: useCallback(() => step('redo'), [step]),
  };
}
