// The note editor's autosave, as a pure state machine. The text typed here is authoritative:
// a save's answer or a refetch never replaces it while there is something unsaved, so a slow
// round trip cannot swallow keystrokes.

export type NotePhase = 'saved' | 'dirty' | 'saving' | 'error';

export interface NoteState {
  /** What the textarea shows. */
  text: string;
  /** What the store is known to hold. */
  savedText: string;
  /** The text of the save in flight, if any. */
  inFlight: string | null;
  phase: NotePhase;
  error: string | null;
}

export type NoteAction =
  | { type: 'edit'; text: string }
  | { type: 'saveStarted' }
  | { type: 'saveSucceeded'; text: string }
  | { type: 'saveFailed'; message: string }
  /** The stored note as a refetch found it. */
  | { type: 'external'; text: string };

export function initialNoteState(text: string): NoteState {
  return { text, savedText: text, inFlight: null, phase: 'saved', error: null };
}

function settle(state: NoteState): NoteState {
  if (state.inFlight !== null) return { ...state, phase: 'saving' };
  if (state.text === state.savedText) return { ...state, phase: 'saved', error: null };
  return { ...state, phase: state.phase === 'error' ? 'error' : 'dirty' };
}

export function noteReducer(state: NoteState, action: NoteAction): NoteState {
  switch (action.type) {
    case 'edit':
      if (action.text === state.text) return state;
      return settle({
        ...state,
        text: action.text,
        phase: state.phase === 'error' ? 'dirty' : state.phase,
      });
    case 'saveStarted':
      if (!needsSave(state)) return state;
      return { ...state, inFlight: state.text, phase: 'saving', error: null };
    case 'saveSucceeded':
      return settle({ ...state, savedText: action.text, inFlight: null, error: null });
    case 'saveFailed':
      return { ...state, inFlight: null, phase: 'error', error: action.message };
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

export function noteStatusText(state: NoteState): string {
  switch (state.phase) {
    case 'saved':
      return 'Saved';
    case 'dirty':
    case 'saving':
      return 'Saving…';
    case 'error':
      return `Not saved: ${state.error ?? 'unknown error'}`;
  }
}
