// The note editor's autosave, as a pure state machine. The text typed here is authoritative:
// a save's answer or a refetch never replaces it while there is something unsaved, so a slow
// round trip cannot swallow keystrokes. "Saved" is only ever shown for text the store has
// acknowledged; a failed save keeps the text, says why, and is retried with backoff.

export type NotePhase = 'saved' | 'dirty' | 'saving' | 'error';

export interface NoteState {
  /** What the textarea shows. */
  text: string;
  /**
   * What the store is known to hold. Null after a failed save: the host may have written it
   * and died before answering, so neither the old nor the new text is known to be stored.
   */
  savedText: string | null;
  /** The text of the save in flight, if any. */
  inFlight: string | null;
  /** 'error' from a failed save until a save succeeds, even while a retry is in flight. */
  phase: NotePhase;
  error: string | null;
  /** Saves failed in a row: the retry backoff. */
  failures: number;
  /** The text whose save failed last; typing anything else retries on the usual debounce. */
  failedText: string | null;
}

export type NoteAction =
  | { type: 'edit'; text: string }
  | { type: 'saveStarted' }
  | { type: 'saveSucceeded'; text: string }
  | { type: 'saveFailed'; message: string }
  /** The stored note as a refetch found it. */
  | { type: 'external'; text: string };

/** From the last keystroke to the save; with a local host's answer, "Saved" comes well within 1 s. */
export const autosaveDelayMs = 500;
const firstRetryMs = 1000;
const longestRetryMs = 15_000;

export function initialNoteState(text: string): NoteState {
  return {
    text,
    savedText: text,
    inFlight: null,
    phase: 'saved',
    error: null,
    failures: 0,
    failedText: null,
  };
}

/**
 * Reopening a note whose editor closed with text it could not save: that text, to be saved
 * again, since the store may or may not hold it.
 */
export function draftNoteState(stored: string, draft: string | undefined): NoteState {
  const state = initialNoteState(stored);
  if (draft === undefined || draft === stored) return state;
  return { ...state, text: draft, savedText: null, phase: 'dirty' };
}

function settle(state: NoteState): NoteState {
  if (state.inFlight === null && state.text === state.savedText) {
    return { ...state, phase: 'saved', error: null, failures: 0, failedText: null };
  }
  if (state.error !== null) return { ...state, phase: 'error' };
  return { ...state, phase: state.inFlight !== null ? 'saving' : 'dirty' };
}

export function noteReducer(state: NoteState, action: NoteAction): NoteState {
  switch (action.type) {
    case 'edit':
      if (action.text === state.text) return state;
      return settle({ ...state, text: action.text });
    case 'saveStarted':
      if (!needsSave(state)) return state;
      return settle({ ...state, inFlight: state.text });
    case 'saveSucceeded':
      return settle({
        ...state,
        savedText: action.text,
        inFlight: null,
        error: null,
        failures: 0,
        failedText: null,
      });
    case 'saveFailed':
      return settle({
        ...state,
        savedText: null,
        failedText: state.inFlight,
        inFlight: null,
        error: action.message,
        failures: state.failures + 1,
      });
    case 'external':
      // Only a note with nothing unsaved follows the store.
      if (state.phase !== 'saved' || state.inFlight !== null || action.text === state.text) {
        return state;
      }
      return { ...state, text: action.text, savedText: action.text };
  }
}

/** Something typed is not yet saved and no save is running. */
export function needsSave(state: NoteState): boolean {
  return state.inFlight === null && state.text !== state.savedText;
}

/**
 * When to save next, in ms from now (null: nothing to do): the debounce after typing, or after
 * a failure a backoff of 1 s, 2 s, 4 s… up to 15 s, unless something new was typed since.
 */
export function nextSaveDelay(state: NoteState): number | null {
  if (!needsSave(state)) return null;
  if (state.error === null || state.text !== state.failedText) return autosaveDelayMs;
  return Math.min(firstRetryMs * 2 ** (state.failures - 1), longestRetryMs);
}

export function noteStatusText(state: NoteState): string {
  switch (state.phase) {
    case 'saved':
      return 'Saved';
    case 'dirty':
    case 'saving':
      return 'Saving…';
    case 'error': {
      // The text stays in the editor and is retried by itself: nothing for the writer to do.
      const reason = state.error ?? 'unknown error';
      return `Not saved: ${reason}${/[.?!]$/.test(reason) ? '' : '.'} Retrying…`;
    }
  }
}
