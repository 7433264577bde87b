import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type {
  SourceDetail,
  SourceFormat,
  SourceMetadata,
  SourceSummary,
} from '../../../preload/contract';
import { api } from '../../api';
import { Modal, ModalHeader } from '../../components/Modal';
import { AlertIcon } from '../../components/icons';
import { toError } from '../../lib/useQuery';
import { notifySourcesChanged } from '../sources/sourceChanges';
import { formatCount } from '../sources/format';
import { useSourceDetail } from '../sources/useSources';
import { SourceGrading } from './SourceGrading';
import { changedMetadata, metadataFields, metadataOf, validateMetadata } from './metadataForm';
import './source-details.css';

interface SourceDetailsDialogProps {
  sourceId: number;
  onClose(): void;
  onSaved(source: SourceSummary): void;
}

export function SourceDetailsDialog({ sourceId, onClose, onSaved }: SourceDetailsDialogProps) {
  const { state } = useSourceDetail(sourceId);
  return (
    <Modal label="Source details" onClose={onClose} className="details-dialog">
      <ModalHeader
        title="Source details"
        subtitle={
          state.status === 'ready' ? (
            <span className="tabular" data-testid="details-label">
              {state.data.label}
            </span>
          ) : undefined
        }
        onClose={onClose}
      />
      {state.status === 'ready' ? (
        <DetailsForm key={sourceId} source={state.data} onClose={onClose} onSaved={onSaved} />
      ) : state.status === 'error' ? (
        <div className="modal__body">
          <div className="alert" role="alert">
            <AlertIcon />
            <span>{state.error.message}</span>
          </div>
        </div>
      ) : (
        <div className="modal__body details-loading" role="status">
          Loading details…
        </div>
      )}
    </Modal>
  );
}

interface DetailsFormProps {
  source: SourceDetail;
  onClose(): void;
  onSaved(source: SourceSummary): void;
}

function DetailsForm({ source, onClose, onSaved }: DetailsFormProps) {
  const idPrefix = useId();
  const [values, setValues] = useState<SourceMetadata>(() => metadataOf(source));
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [apiError, setApiError] = useState<string | null>(null);
  const errors = attempted ? validateMetadata(values) : {};
  const formRef = useRef<HTMLFormElement>(null);

  // The form appears after the text has loaded, so the dialog's own initial focus missed it.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
  }, []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (Object.keys(validateMetadata(values)).length > 0) return;
    const changes = changedMetadata(metadataOf(source), values);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    setApiError(null);
    try {
      const saved = await api.updateSourceMetadata({ id: source.id, changes });
      notifySourcesChanged([source.id]);
      onSaved(saved);
    } catch (error) {
      setApiError(toError(error).message);
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} className="details-form" onSubmit={onSubmit} noValidate>
      <div className="modal__body">
        <div className="details-grid">
          {metadataFields.map((field) => {
            const id = `${idPrefix}-${field.name}`;
            const error = errors[field.name];
            return (
              <div key={field.name} className={field.wide ? 'field field--wide' : 'field'}>
                <span className="field__label-row">
                  <label className="field__label" htmlFor={id}>
                    {field.label}
                  </label>
                  {field.name === 'title' ? (
                    <span className="field__required" aria-hidden="true">
                      required
                    </span>
                  ) : null}
                </span>
                <input
                  id={id}
                  name={field.name}
                  className="input"
                  type={field.type}
                  value={values[field.name]}
                  placeholder={field.placeholder}
                  spellCheck={field.type === 'text'}
                  autoComplete="off"
                  aria-required={field.name === 'title' || undefined}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(event) => {
                    const value = event.target.value;
                    setValues((current) => ({ ...current, [field.name]: value }));
                  }}
                />
                {error ? (
                  <span id={`${id}-error`} className="field__error" role="alert">
                    {error}
                  </span>
                ) : null}
              </div>
            );
          })}
        </div>
        {source.titleDerived ? (
          <p className="field__hint">
            The title was derived from the lead because the file had no title line. Saving a title
            here replaces it.
          </p>
        ) : null}
        <SourceGrading source={source} />
        <RemovedLines lines={source.removedLines} />
        {apiError ? (
          <div className="alert" role="alert" data-testid="details-error">
            <AlertIcon />
            <span>{apiError}</span>
          </div>
        ) : null}
      </div>
      <footer className="modal__footer">
        <span className="modal__footer-note tabular">
          {formatCount(source.wordCount, 'word')} · imported as {source.fileName}
          {source.original
            ? ` (${formatNames[source.original.format]}, ${formatBytes(source.original.size)})`
            : ''}
        </span>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </footer>
    </form>
  );
}

const formatNames: Record<SourceFormat, string> = {
  text: 'plain text',
  markdown: 'Markdown',
  html: 'web page',
  docx: 'Word',
  pdf: 'PDF',
  pasted: 'pasted text',
};

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function RemovedLines({ lines }: { lines: readonly string[] }) {
  return (
    <section className="removed-lines" aria-labelledby="removed-lines-heading">
      <h3 id="removed-lines-heading" className="removed-lines__heading">
        Removed from the body
        <span className="removed-lines__count tabular">{lines.length}</span>
      </h3>
      {lines.length === 0 ? (
        <p className="removed-lines__empty">The importer removed no lines from this source.</p>
      ) : (
        <>
          <p className="field__hint">
            Lines the importer moved out of the text (boilerplate, comment prompts, notes). They are
            kept here, read-only, for reference.
          </p>
          <ol className="removed-lines__list" data-testid="removed-lines">
            {lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
