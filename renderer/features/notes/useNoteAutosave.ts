import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import { toError } from '../../lib/useQuery';
import { initialNoteState, needsSave, noteReducer } from './noteAutosave';
import type { NoteState } from './noteAutosave';

export const autosaveDelayMs = 500;

/**
 * A note's text with debounced saving: ~500 ms after the last keystroke, and at once on blur,
 * unmount and when the page is hidden. `stored` is the note as last fetched; it only replaces
 * the text while nothing is unsaved.
 */
export function useNoteAutosave(
  stored: string,
  save: (text: string) => Promise<void>,
): { state: NoteState; edit(text: string): void; flush(): void } {
  const [state, dispatch] = useReducer(noteReducer, stored, initialNoteState);
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  }, [state]);
  const mounted = useRef(true);
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    const current = latest.current;
    if (!needsSave(current)) return;
    const text = current.text;
    // Mark it in flight at once, so a second flush (blur then unmount) does not save twice.
    latest.current = { ...current, inFlight: text };
    if (mounted.current) dispatch({ type: 'saveStarted' });
    saveRef.current(text).then(
      () => {
        if (mounted.current) dispatch({ type: 'saveSucceeded', text });
      },
      (error: unknown) => {
        if (mounted.current) dispatch({ type: 'saveFailed', message: toError(error).message });
      },
    );
  }, []);

  useEffect(() => {
    dispatch({ type: 'external', text: stored });
  }, [stored]);

  useEffect(() => {
    if (state.phase !== 'dirty') return;
    const timer = setTimeout(flush, autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [state.phase, state.text, flush]);

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
