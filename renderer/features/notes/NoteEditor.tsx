import { useId } from 'react';
import { noteStatusText } from './noteAutosave';
import { useNoteAutosave } from './useNoteAutosave';
import './notes.css';

interface NoteEditorProps {
  label: string;
  /** The note as last fetched. */
  stored: string;
  save(text: string): Promise<void>;
  placeholder?: string;
  /** Taller for the case note, compact in a claim's detail. */
  size?: 'compact' | 'large';
  testId?: string;
  /** Names the note, so text it could not save by the time it closed comes back on reopening. */
  draftKey?: string;
}

/**
 * The one note editor: claim notes, the case note and source notes. Owners key it by what the
 * note belongs to, so switching notes starts afresh (and the old one is saved on unmount).
 */
export function NoteEditor({
  label,
  stored,
  save,
  placeholder,
  size = 'compact',
  testId = 'note-editor',
  draftKey,
}: NoteEditorProps) {
  const id = useId();
  const { state, edit, flush } = useNoteAutosave(stored, save, draftKey);
  return (
    <div className="note-editor" data-size={size}>
      <div className="note-editor__header">
        <label className="note-editor__label" htmlFor={id}>
          {label}
        </label>
        <span
          className="note-editor__status"
          data-testid="note-status"
          data-phase={state.phase}
          role="status"
          aria-live="polite"
        >
          {noteStatusText(state)}
        </span>
      </div>
      <textarea
        id={id}
        className="note-editor__text"
        value={state.text}
        placeholder={placeholder}
        // Each paragraph takes its direction from its first strong character: Arabic or
        // Hebrew notes read right to left, with the caret where the writer expects it.
        dir="auto"
        spellCheck
        data-testid={testId}
        onChange={(event) => edit(event.target.value)}
        onBlur={flush}
      />
    </div>
  );
}
