import { describe, expect, it } from 'vitest';
import { initialNoteState, needsSave, noteReducer, noteStatusText } from './noteAutosave';
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
    expect(noteStatusText(failed)).toBe('Not saved: disk full');
    expect(needsSave(failed)).toBe(true);
    const retried = run(failed, { type: 'saveStarted' }, { type: 'saveSucceeded', text: 'x' });
    expect(retried.phase).toBe('saved');
  });

  it('does not start a save with nothing to save', () => {
    const state = initialNoteState('a');
    expect(noteReducer(state, { type: 'saveStarted' })).toBe(state);
  });
});
