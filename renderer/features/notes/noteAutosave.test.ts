import { describe, expect, it } from 'vitest';
import {
  autosaveDelayMs,
  draftNoteState,
  initialNoteState,
  needsSave,
  nextSaveDelay,
  noteReducer,
  noteStatusText,
} from './noteAutosave';
import type { NoteAction, NoteState } from './noteAutosave';

const run = (state: NoteState, ...actions: NoteAction[]) => actions.reduce(noteReducer, state);

describe('noteReducer', () => {
  it('starts saved and becomes dirty on typing', () => {
    const state = run(initialNoteState('a'), { type: 'edit', text: 'ab' });
    expect(state.phase).toBe('dirty');
    expect(needsSave(state)).toBe(true);
    expect(noteStatusText(state)).toBe('Saving…');
  });

  it('is saved again when typing returns to the stored text', () => {
    const state = run(
      initialNoteState('a'),
      { type: 'edit', text: 'ab' },
      { type: 'edit', text: 'a' },
    );
    expect(state.phase).toBe('saved');
    expect(noteStatusText(state)).toBe('Saved');
  });

  it('saves what was typed and settles to saved', () => {
    const state = run(
      initialNoteState(''),
      { type: 'edit', text: 'hello' },
      { type: 'saveStarted' },
    );
    expect(state).toMatchObject({ phase: 'saving', inFlight: 'hello' });
    expect(needsSave(state)).toBe(false);
    const done = noteReducer(state, { type: 'saveSucceeded', text: 'hello' });
    expect(done).toMatchObject({ phase: 'saved', savedText: 'hello', inFlight: null });
  });

  it('keeps text typed during a save and saves it next', () => {
    const state = run(
      initialNoteState(''),
      { type: 'edit', text: 'hel' },
      { type: 'saveStarted' },
      { type: 'edit', text: 'hello' },
      { type: 'saveSucceeded', text: 'hel' },
    );
    expect(state).toMatchObject({ text: 'hello', savedText: 'hel', phase: 'dirty' });
    expect(needsSave(state)).toBe(true);
  });

  it('never lets a refetch overwrite unsaved or in-flight text', () => {
    const dirty = run(initialNoteState('old'), { type: 'edit', text: 'typing' });
    expect(noteReducer(dirty, { type: 'external', text: 'stale' }).text).toBe('typing');
    const saving = noteReducer(dirty, { type: 'saveStarted' });
    expect(noteReducer(saving, { type: 'external', text: 'old' }).text).toBe('typing');
  });

  it('follows the store while nothing is unsaved (an undo elsewhere)', () => {
    const state = noteReducer(initialNoteState('a'), { type: 'external', text: 'b' });
    expect(state).toMatchObject({ text: 'b', savedText: 'b', phase: 'saved' });
  });

  it('reports a failed save, keeps the text and retries', () => {
    const failed = run(
      initialNoteState(''),
      { type: 'edit', text: 'x' },
      { type: 'saveStarted' },
      { type: 'saveFailed', message: 'disk full' },
    );
    expect(failed).toMatchObject({ text: 'x', phase: 'error' });
    expect(noteStatusText(failed)).toBe('Not saved: disk full. Retrying…');
    expect(needsSave(failed)).toBe(true);
    const retried = run(failed, { type: 'saveStarted' }, { type: 'saveSucceeded', text: 'x' });
    expect(retried.phase).toBe('saved');
  });

  it('does not start a save with nothing to save', () => {
    const state = initialNoteState('a');
    expect(noteReducer(state, { type: 'saveStarted' })).toBe(state);
  });
});

describe('noteReducer when the host goes away', () => {
  const failed = run(
    initialNoteState('kept'),
    { type: 'edit', text: 'kept more' },
    { type: 'saveStarted' },
    { type: 'saveFailed', message: 'Cannot reach Corroborate.' },
  );

  it('retries a failed save by itself, with backoff, without waiting for a keystroke', () => {
    expect(nextSaveDelay(failed)).toBe(1000);
    const twice = run(failed, { type: 'saveStarted' }, { type: 'saveFailed', message: 'down' });
    expect(nextSaveDelay(twice)).toBe(2000);
    const many = Array.from({ length: 10 }).reduce<NoteState>(
      (state) => run(state, { type: 'saveStarted' }, { type: 'saveFailed', message: 'down' }),
      failed,
    );
    expect(nextSaveDelay(many)).toBe(15_000);
  });

  it('keeps saying "Not saved" while typing on and while the retry runs', () => {
    const typing = noteReducer(failed, { type: 'edit', text: 'kept more and more' });
    expect(typing.phase).toBe('error');
    expect(noteStatusText(typing)).toBe('Not saved: Cannot reach Corroborate. Retrying…');
    // Something new was typed: try again on the usual debounce, not the backoff.
    expect(nextSaveDelay(typing)).toBe(autosaveDelayMs);
    const retrying = noteReducer(typing, { type: 'saveStarted' });
    expect(retrying).toMatchObject({ phase: 'error', inFlight: 'kept more and more' });
    expect(nextSaveDelay(retrying)).toBeNull();
  });

  it('says "Saved" again once a retry succeeds', () => {
    const saved = run(
      failed,
      { type: 'saveStarted' },
      { type: 'saveSucceeded', text: 'kept more' },
    );
    expect(saved).toMatchObject({
      phase: 'saved',
      error: null,
      failures: 0,
      savedText: 'kept more',
    });
    expect(noteStatusText(saved)).toBe('Saved');
    expect(nextSaveDelay(saved)).toBeNull();
  });

  it('does not call the old text saved after a failed save: the host may have stored the new one', () => {
    const undone = noteReducer(failed, { type: 'edit', text: 'kept' });
    expect(undone.phase).toBe('error');
    expect(noteStatusText(undone)).not.toBe('Saved');
    expect(needsSave(undone)).toBe(true);
  });

  it('does not follow a refetch while a failed save is unresolved', () => {
    expect(noteReducer(failed, { type: 'external', text: 'kept' }).text).toBe('kept more');
  });

  it('debounces typing and does nothing while a save is in flight', () => {
    const typed = noteReducer(initialNoteState(''), { type: 'edit', text: 'a' });
    expect(nextSaveDelay(typed)).toBe(autosaveDelayMs);
    expect(autosaveDelayMs).toBeLessThan(1000);
    expect(nextSaveDelay(noteReducer(typed, { type: 'saveStarted' }))).toBeNull();
  });
});

describe('draftNoteState', () => {
  it('reopens a note with the text its editor could not save, to be saved again', () => {
    const state = draftNoteState('stored', 'stored and typed');
    expect(state).toMatchObject({ text: 'stored and typed', phase: 'dirty' });
    expect(noteStatusText(state)).toBe('Saving…');
    expect(nextSaveDelay(state)).toBe(autosaveDelayMs);
  });

  it('starts from the stored note without a draft, or when the draft was stored after all', () => {
    expect(draftNoteState('stored', undefined)).toEqual(initialNoteState('stored'));
    expect(draftNoteState('same', 'same')).toEqual(initialNoteState('same'));
  });
});
