import { useEffect, useMemo, useRef, useState } from 'react';
import type { FactsList, FactsStatus, SourceClaimMark } from '../../../preload/contract';
import { api } from '../../api';
import type { EntityChoice } from '../../app/store';
import { useQuery } from '../../lib/useQuery';
import { notifyCaseEdited, onCaseEdited, touches } from '../claims/caseEdits';
import { mentionedSourceIds } from './factsFilters';
import type { Mention } from './factsFilters';

const STATUS_POLL_MS = 1000;

export interface FactsProgress {
  status: FactsStatus | null;
  /** Goes up each time a computation finishes, so views reload the facts. */
  revision: number;
}

/**
 * Whether the case's facts are computing, ready or failed, from main's facts:did-change events
 * and, while computing, a poll (an event sent before the stream connected is lost, and the poll
 * gives "120 / 2,092" progress). When a computation finishes, claims are refetched: their
 * independence depends on the attributions.
 */
export function useFactsProgress(caseOpen: boolean): FactsProgress {
  const [status, setStatus] = useState<FactsStatus | null>(null);
  const [revision, setRevision] = useState(0);
  const previous = useRef<FactsStatus['state'] | null>(null);

  useEffect(() => {
    if (!caseOpen) return;
    const update = (next: FactsStatus, fromEvent: boolean) => {
      const was = previous.current;
      previous.current = next.state;
      setStatus(next);
      if (next.state === 'ready' && (fromEvent || (was !== null && was !== 'ready'))) {
        setRevision((value) => value + 1);
        notifyCaseEdited(['claims']);
      }
    };
    void api.getFactsStatus().then(
      (next) => update(next, false),
      () => {},
    );
    return api.onDidChangeFacts((next) => update(next, true));
  }, [caseOpen]);

  const computing = status?.state === 'computing';
  useEffect(() => {
    if (!caseOpen || !computing) return;
    const timer = setTimeout(() => {
      void api.getFactsStatus().then(
        (next) => {
          const was = previous.current;
          previous.current = next.state;
          setStatus(next);
          if (next.state === 'ready' && was !== 'ready') {
            setRevision((value) => value + 1);
            notifyCaseEdited(['claims']);
          }
        },
        () => {},
      );
    }, STATUS_POLL_MS);
    return () => clearTimeout(timer);
  }, [caseOpen, computing, status]);

  return { status, revision };
}

/** Reloads when `revision` moves on, or an edit (or undo) touches entities or sources. */
function useReloadOnFacts(revision: number, reload: () => void, enabled: boolean): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (enabled) reload();
  }, [revision, reload, enabled]);
  useEffect(() => {
    if (!enabled) return;
    return onCaseEdited((edit) => {
      if (touches(edit, ['entities', 'sources'])) reload();
    });
  }, [reload, enabled]);
}

/**
 * The last computed facts of the case for one view (its list, the others' counts, citations and
 * loops), while shown; null: none.
 */
export function useCaseFacts(list: FactsList | null, revision: number) {
  const { state, reload } = useQuery(list === null ? null : `facts:${list}`, () =>
    api.getFacts({ list: list ?? 'quotes' }),
  );
  useReloadOnFacts(revision, reload, list !== null);
  return { state, reload };
}

export interface EntityScope {
  entity: EntityChoice;
  /** Null while the mentions load. */
  mentions: readonly Mention[] | null;
  sourceIds: ReadonlySet<number> | null;
  error: string | null;
}

/** Where the chosen entity is mentioned, to narrow sources, claims and search to it. */
export function useEntityScope(entity: EntityChoice | null, revision: number): EntityScope | null {
  const key = entity?.key ?? null;
  const { state, reload } = useQuery(key === null ? null : `mentions:${key}`, () =>
    api.getEntityMentions({ key: key ?? '' }),
  );
  useReloadOnFacts(revision, reload, key !== null);
  const data = state.status === 'ready' ? state.data : null;
  const error = state.status === 'error' ? state.error.message : null;
  return useMemo(
    () =>
      entity
        ? {
            entity,
            mentions: data?.mentions ?? null,
            sourceIds: data ? mentionedSourceIds(data.mentions) : null,
            error,
          }
        : null,
    [entity, data, error],
  );
}

/** Most sources whose claim marks are fetched to match claims by position; beyond, by words. */
export const maxMarkedSources = 300;
const CONCURRENCY = 8;

/** The claims marked in each source mentioning the entity (the first maxMarkedSources). */
export function useMentionedClaimMarks(scope: EntityScope | null) {
  const ids = scope?.sourceIds ? [...scope.sourceIds].sort((a, b) => a - b) : null;
  const limited = ids?.slice(0, maxMarkedSources) ?? null;
  const key = limited ? `entity-marks:${scope?.entity.key}:${limited.join(',')}` : null;
  const { state, reload } = useQuery(key, async () => {
    const result = new Map<number, readonly SourceClaimMark[]>();
    const queue = [...(limited ?? [])];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        result.set(id, await api.listClaimsInSource({ sourceId: id }));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return result;
  });
  useEffect(
    () =>
      onCaseEdited((edit) => {
        if (touches(edit, ['claims'])) reload();
      }),
    [reload],
  );
  return { state, partial: (ids?.length ?? 0) > maxMarkedSources };
}
