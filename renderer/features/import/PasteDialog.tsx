import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Modal, ModalHeader } from '../../components/Modal';
import { titleGuess } from './titleGuess';

interface PasteDialogProps {
  /** Text already pasted (a paste outside any field); empty when opened from the menu. */
  initialText: string;
  onClose(): void;
  onImport(title: string, text: string): void;
}

/** Pasted text becomes a source under the title the analyst gives it. */
export function PasteDialog({ initialText, onClose, onImport }: PasteDialogProps) {
  const id = useId();
  const [title, setTitle] = useState(() => titleGuess(initialText));
  const [text, setText] = useState(initialText);
  const [attempted, setAttempted] = useState(false);
  const missingTitle = title.trim().length === 0;
  const missingText = text.trim().length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (missingTitle || missingText) return;
    onImport(title.trim(), text);
  };

  return (
    <Modal
      label="Import pasted text"
      onClose={onClose}
      className="paste-dialog"
      testId="paste-dialog"
    >
      <ModalHeader
        title="Import pasted text"
        subtitle="The text becomes a source of this case, under the title you give it."
        onClose={onClose}
      />
      <form onSubmit={submit} noValidate>
        <div className="modal__body paste-form">
          <label className="field" htmlFor={`${id}-title`}>
            <span className="field__label">Title</span>
            <input
              id={`${id}-title`}
              className="input"
              value={title}
              maxLength={500}
              data-autofocus
              aria-invalid={attempted && missingTitle}
              aria-describedby={attempted && missingTitle ? `${id}-title-error` : undefined}
              onChange={(event) => setTitle(event.target.value)}
            />
            {attempted && missingTitle ? (
              <span id={`${id}-title-error`} className="field__error">
                Give the source a title.
              </span>
            ) : null}
          </label>
          <label className="field" htmlFor={`${id}-text`}>
            <span className="field__label">Text</span>
            <textarea
              id={`${id}-text`}
              className="input paste-form__text"
              value={text}
              placeholder="Paste the report here"
              aria-invalid={attempted && missingText}
              onChange={(event) => setText(event.target.value)}
            />
            {attempted && missingText ? (
              <span className="field__error">There is no text to import.</span>
            ) : null}
          </label>
        </div>
        <footer className="modal__footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Import
          </button>
        </footer>
      </form>
    </Modal>
  );
}
