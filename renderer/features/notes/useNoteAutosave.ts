import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import { toError } from '../../lib/useQuery';
import { draftNoteState, needsSave, nextSaveDelay, noteReducer } from './noteAutosave';
import type { NoteAction, NoteState } from './noteAutosave';
import { dropNoteDraft, keepNoteDraft, noteDraft } from './noteDrafts';

/**
 * A note's text with debounced saving: ~500 ms after the last keystroke, and at once on blur,
 * unmount and when the page is hidden; a failed save is retried with backoff. `stored` is the
 * note as last fetched; it only replaces the text while nothing is unsaved. With a `draftKey`,
 * text that could not be saved by the time the editor closed comes back when it reopens.
 */
export function useNoteAutosave(
  stored: string,
  save: (text: string) => Promise<void>,
  draftKey?: string,
): { state: NoteState; edit(text: string): void; flush(): void } {
  const [state, dispatch] = useReducer(noteReducer, null, () =>
    draftNoteState(stored, draftKey === undefined ? undefined : noteDraft(draftKey)),
  );
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  }, [state]);
  const mounted = useRef(true);
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  }, [save]);
  const draftKeyRef = useRef(draftKey);

  const flush = useCallback(() => {
    const saveLatest = (): void => {
      const current = latest.current;
      if (!needsSave(current)) return;
      const text = current.text;
      // Mark it in flight at once, so a second flush (blur then unmount) does not save twice.
      latest.current = { ...current, inFlight: text };
      if (mounted.current) dispatch({ type: 'saveStarted' });
      // Once the editor has closed, its saves still finish: text typed while one was in
      // flight is saved next, and text that cannot be saved is kept as a draft for reopening.
      const settled = (action: NoteAction) => {
        const key = draftKeyRef.current;
        if (action.type === 'saveSucceeded' && key !== undefined) dropNoteDraft(key);
        if (mounted.current) return dispatch(action);
        latest.current = noteReducer(latest.current, action);
        if (action.type === 'saveSucceeded') saveLatest();
        else if (key !== undefined && needsSave(latest.current)) {
          keepNoteDraft(key, latest.current.text);
        }
      };
      saveRef.current(text).then(
        () => settled({ type: 'saveSucceeded', text }),
        (error: unknown) => settled({ type: 'saveFailed', message: toError(error).message }),
      );
    };
    saveLatest();
  }, []);

  useEffect(() => {
    dispatch({ type: 'external', text: stored });
  }, [stored]);

  // Restarted by every keystroke (the debounce) and by every failure (the next retry).
  const delay = nextSaveDelay(state);
  useEffect(() => {
    if (delay === null) return;
    const timer = setTimeout(flush, delay);
    return () => clearTimeout(timer);
  }, [delay, state.text, flush]);

  useEffect(() => {
    mounted.current = true;
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
      mounted.current = false;
    };
  }, [flush]);

  const edit = useCallback((text: string) => dispatch({ type: 'edit', text }), []);
  return { state, edit, flush };
}
