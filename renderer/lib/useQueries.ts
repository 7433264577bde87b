import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { toError } from './useQuery';
import type { QueryState } from './useQuery';

type Outcome<T> = { ok: true; data: T } | { ok: false; error: Error };

interface Settled<T> {
  version: number;
  outcome: Outcome<T>;
}

/**
 * useQuery for a changing set of keys (one per open column or column pair). Results are kept by
 * key, so a key that comes back (a pair closed and reopened) shows at once; `reload` refetches
 * the keys it selects while their previous data stays on screen.
 */
export function useQueries<T>(
  keys: readonly string[],
  load: (key: string) => Promise<T>,
): {
  states: ReadonlyMap<string, QueryState<T>>;
  reload(select?: (key: string) => boolean): void;
} {
  const [versions, setVersions] = useState<ReadonlyMap<string, number>>(new Map());
  const [settled, setSettled] = useState<ReadonlyMap<string, Settled<T>>>(new Map());
  const requested = useRef(new Map<string, number>());
  const loadLatest = useEffectEvent(load);
  const signature = keys.join('\n');

  useEffect(() => {
    for (const key of signature ? signature.split('\n') : []) {
      const version = versions.get(key) ?? 0;
      if (settled.get(key)?.version === version || requested.current.get(key) === version) continue;
      requested.current.set(key, version);
      const settle = (outcome: Outcome<T>) =>
        setSettled((previous) => {
          // A slower, older request never overwrites a newer answer.
          if ((previous.get(key)?.version ?? -1) > version) return previous;
          return new Map(previous).set(key, { version, outcome });
        });
      loadLatest(key).then(
        (data) => settle({ ok: true, data }),
        (error: unknown) => settle({ ok: false, error: toError(error) }),
      );
    }
  }, [signature, versions, settled]);

  const reload = useCallback((select: (key: string) => boolean = () => true) => {
    setVersions((previous) => {
      const next = new Map(previous);
      for (const key of requested.current.keys()) {
        if (select(key)) next.set(key, (previous.get(key) ?? 0) + 1);
      }
      return next;
    });
  }, []);

  const states = useMemo(() => {
    const result = new Map<string, QueryState<T>>();
    for (const key of signature ? signature.split('\n') : []) {
      const version = versions.get(key) ?? 0;
      const done = settled.get(key);
      if (!done) result.set(key, { status: 'loading' });
      else if (!done.outcome.ok) {
        result.set(
          key,
          done.version === version
            ? { status: 'error', error: done.outcome.error }
            : { status: 'loading' },
        );
      } else {
        result.set(key, {
          status: 'ready',
          data: done.outcome.data,
          refreshing: done.version !== version,
        });
      }
    }
    return result;
  }, [signature, versions, settled]);

  return { states, reload };
}
