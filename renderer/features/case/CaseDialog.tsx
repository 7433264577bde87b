import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { CaseInfo } from '../../../preload/contract';
import { api } from '../../api';
import type { CaseDialogMode } from '../../app/store';
import { Modal, ModalHeader } from '../../components/Modal';
import { AlertIcon } from '../../components/icons';
import { toError } from '../../lib/useQuery';
import { CASE_EXTENSION, proposedCasePath } from './casePath';
import { RecentCases } from './RecentCases';
import './case.css';

interface CaseDialogProps {
  mode: CaseDialogMode;
  initialPath?: string | undefined;
  initialError?: string | undefined;
  currentPath?: string | undefined;
  /** Where "New case" proposes to put the file, and the platform (for its separator). */
  newCaseFolder: string;
  platform: string;
  onClose(): void;
  onOpened(info: CaseInfo): void;
}

const copy = {
  open: {
    title: 'Open case',
    subtitle: 'Type the path of a case file on this computer, or pick a recent case.',
    submit: 'Open',
    busy: 'Opening…',
  },
  create: {
    title: 'New case',
    subtitle: 'A case is a single file that holds its sources and your work on them.',
    submit: 'Create',
    busy: 'Creating…',
  },
} as const;

/** Opens or creates a case by typed path: the browser host has no native file dialogs. */
export function CaseDialog({
  mode,
  initialPath,
  initialError,
  currentPath,
  newCaseFolder,
  platform,
  onClose,
  onOpened,
}: CaseDialogProps) {
  const id = useId();
  const [name, setName] = useState('');
  // A new case is proposed a file in the data folder named after it, until the path is edited.
  const [typedPath, setTypedPath] = useState<string | null>(
    initialPath ?? (mode === 'open' ? '' : null),
  );
  const path = typedPath ?? proposedCasePath(newCaseFolder, name, platform);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(initialError ?? null);
  const text = copy[mode];

  const submit = async (target: string) => {
    const trimmed = target.trim();
    if (!trimmed) {
      setError('Enter the full path of the case file.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const info =
        mode === 'open'
          ? await api.openCase({ path: trimmed })
          : await api.createCase({ path: trimmed, ...(name.trim() ? { name: name.trim() } : {}) });
      onOpened(info);
    } catch (caught) {
      setError(toError(caught).message);
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(path);
  };

  return (
    <Modal label={text.title} onClose={onClose} className="case-dialog" testId="case-dialog">
      <ModalHeader title={text.title} subtitle={text.subtitle} onClose={onClose} />
      <form onSubmit={onSubmit} noValidate className="case-dialog__form">
        <div className="modal__body">
          {mode === 'create' ? (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-name`}>
                Case name
              </label>
              <input
                id={`${id}-name`}
                className="input"
                value={name}
                placeholder="e.g. Kim–Putin summit, September 2023"
                autoComplete="off"
                data-autofocus
                data-testid="case-name-input"
                onChange={(event) => setName(event.target.value)}
              />
              <span className="field__hint">Optional; the file name is used when empty.</span>
            </div>
          ) : null}
          <div className="field">
            <label className="field__label" htmlFor={`${id}-path`}>
              Case file path
            </label>
            <input
              id={`${id}-path`}
              className="input input--mono"
              value={path}
              placeholder={mode === 'open' ? '/path/to/case-file' : '/path/to/new-case-file'}
              aria-describedby={
                [mode === 'create' ? `${id}-path-hint` : '', error ? `${id}-error` : '']
                  .filter(Boolean)
                  .join(' ') || undefined
              }
              autoComplete="off"
              spellCheck={false}
              data-autofocus={mode === 'open' || undefined}
              data-testid="case-path-input"
              aria-invalid={error ? true : undefined}
              onChange={(event) => setTypedPath(event.target.value)}
            />
            {mode === 'create' ? (
              <span className="field__hint" id={`${id}-path-hint`}>
                The full path of the new file; “{CASE_EXTENSION}” is added when missing.
              </span>
            ) : null}
          </div>
          {error ? (
            <div id={`${id}-error`} className="alert" role="alert" data-testid="case-dialog-error">
              <AlertIcon />
              <span>{error}</span>
            </div>
          ) : null}
          {mode === 'open' ? (
            <section className="case-dialog__recent">
              <h3 className="case-dialog__section-title">Recent cases</h3>
              <RecentCases
                disabled={busy}
                excludePath={currentPath}
                onChoose={(recent) => {
                  setTypedPath(recent.path);
                  void submit(recent.path);
                }}
              />
            </section>
          ) : null}
        </div>
        <footer className="modal__footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? text.busy : text.submit}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
