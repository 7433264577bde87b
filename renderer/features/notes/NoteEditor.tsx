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
}: NoteEditorProps) {
  const id = useId();
  const { state, edit, flush } = useNoteAutosave(stored, save);
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
        spellCheck
        data-testid={testId}
        onChange={(event) => edit(event.target.value)}
        onBlur={flush}
      />
    </div>
  );
}
