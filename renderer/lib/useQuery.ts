import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T; refreshing: boolean }
  | { status: 'error'; error: Error };

type Outcome<T> = { ok: true; data: T } | { ok: false; error: Error };

export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * The contract's error code, when it survived the trip. Electron's context bridge copies only
 * an error's message, so callers must also cope with no code at all.
 */
export function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

/**
 * Loads data for `key` (null: nothing to load) and again on `reload()`. While a reload is in
 * flight the previous data stays on screen, so refreshes never flash a spinner.
 */
export function useQuery<T>(
  key: string | null,
  load: () => Promise<T>,
): { state: QueryState<T>; reload: () => void } {
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<{ key: string; version: number; outcome: Outcome<T> }>();
  const loadLatest = useEffectEvent(load);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    loadLatest().then(
      (data) => {
        if (current) setSettled({ key, version, outcome: { ok: true, data } });
      },
      (error: unknown) => {
        if (current) setSettled({ key, version, outcome: { ok: false, error: toError(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);

  let state: QueryState<T>;
  if (key === null) state = { status: 'idle' };
  else if (!settled || settled.key !== key) state = { status: 'loading' };
  else if (!settled.outcome.ok) {
    state =
      settled.version === version
        ? { status: 'error', error: settled.outcome.error }
        : { status: 'loading' };
  } else {
    state = {
      status: 'ready',
      data: settled.outcome.data,
      refreshing: settled.version !== version,
    };
  }
  return { state, reload };
}
