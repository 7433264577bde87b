import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ExportFormat, HostInfo } from '../../../preload/contract';
import { api } from '../../api';
import { Modal, ModalHeader } from '../../components/Modal';
import { downloadFile, exportFormats, phaseText } from './exportFormats';
import './export.css';

interface ExportDialogProps {
  host: HostInfo;
  /** The claims panel's current filter; null when it shows every claim. */
  filteredClaimIds: readonly number[] | null;
  onClose(): void;
  onDone(message: string): void;
}

/** Export claims and notes: choose a format and what to include, then a file (or a download). */
export function ExportDialog({ host, filteredClaimIds, onClose, onDone }: ExportDialogProps) {
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('md');
  const [scope, setScope] = useState<'all' | 'filter'>(filteredClaimIds ? 'filter' : 'all');
  const [groupBy, setGroupBy] = useState<'tag' | 'source'>('tag');
  const [csvBom, setCsvBom] = useState(true);
  const [progress, setProgress] = useState<{ text: string; fraction: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen = exportFormats.find((entry) => entry.format === format);
  const filterApplies = chosen?.claimsOnly !== false && filteredClaimIds !== null;

  useEffect(
    () =>
      api.onExportProgress((event) =>
        setProgress({ text: phaseText(event.phase, event.format), fraction: event.fraction }),
      ),
    [],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const request = {
      format,
      claimIds: filterApplies && scope === 'filter' ? [...(filteredClaimIds ?? [])] : null,
      ...(format === 'md' ? { groupBy } : {}),
      ...(format === 'csv' ? { csvBom } : {}),
    };
    try {
      if (host.nativeDialogs) {
        const path = await api.chooseExportPath({ format });
        if (!path) return;
        setProgress({ text: phaseText('reading', format), fraction: 0 });
        const saved = await api.saveExport({ ...request, path });
        onDone(`Exported ${saved.claims} claims to ${saved.path}`);
      } else {
        setProgress({ text: phaseText('reading', format), fraction: 0 });
        const rendered = await api.renderExport(request);
        downloadFile(rendered.fileName, rendered.mimeType, rendered.data);
        onDone(`Exported ${rendered.claims} claims as “${rendered.fileName}”`);
      }
    } catch (failure) {
      setProgress(null);
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const busy = progress !== null && error === null;
  return (
    <Modal label="Export" onClose={onClose} className="export-dialog" testId="export-dialog">
      <ModalHeader
        title="Export"
        subtitle="Claims with their quotes, sources, grades, corroboration and notes."
        onClose={onClose}
      />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="modal__body export-form">
          <fieldset className="export-form__formats" disabled={busy}>
            <legend className="field__label">Format</legend>
            {exportFormats.map((entry) => (
              <label key={entry.format} className="export-format">
                <input
                  type="radio"
                  name={`${id}-format`}
                  value={entry.format}
                  checked={format === entry.format}
                  data-autofocus={format === entry.format ? true : undefined}
                  onChange={() => setFormat(entry.format)}
                />
                <span className="export-format__label">{entry.label}</span>
                <span className="export-format__hint">{entry.hint}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="export-form__options" disabled={busy}>
            <legend className="field__label">Include</legend>
            {chosen?.claimsOnly === false ? (
              <p className="export-form__note">
                The whole case: sources with their text, claims, tags, grades and notes.
              </p>
            ) : (
              <>
                <label className="export-option">
                  <input
                    type="radio"
                    name={`${id}-scope`}
                    checked={scope === 'all' || !filterApplies}
                    onChange={() => setScope('all')}
                  />
                  All claims
                </label>
                <label className="export-option">
                  <input
                    type="radio"
                    name={`${id}-scope`}
                    checked={filterApplies && scope === 'filter'}
                    disabled={!filterApplies}
                    onChange={() => setScope('filter')}
                  />
                  {filteredClaimIds
                    ? `Claims in the current filter (${filteredClaimIds.length})`
                    : 'Claims in the current filter (no filter set)'}
                </label>
              </>
            )}
            {format === 'md' ? (
              <label className="field export-option" htmlFor={`${id}-group`}>
                <span className="field__label">Group claims by</span>
                <select
                  id={`${id}-group`}
                  className="input"
                  value={groupBy}
                  onChange={(event) => setGroupBy(event.target.value as 'tag' | 'source')}
                >
                  <option value="tag">Tag</option>
                  <option value="source">Source</option>
                </select>
              </label>
            ) : null}
            {format === 'csv' ? (
              <label className="export-option">
                <input
                  type="checkbox"
                  checked={csvBom}
                  onChange={(event) => setCsvBom(event.target.checked)}
                />
                Add the byte order mark Excel needs to read UTF-8
              </label>
            ) : null}
          </fieldset>
          {busy ? (
            <div className="export-progress" role="status" data-testid="export-progress">
              <progress max={1} value={progress.fraction} aria-label="Export progress" />
              <span>{progress.text}</span>
            </div>
          ) : null}
          {error ? (
            <p className="field__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <footer className="modal__footer">
          <span className="modal__footer-note">
            {host.nativeDialogs
              ? 'You choose where to save it next.'
              : 'Your browser saves it as a download.'}
          </span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            Export
          </button>
        </footer>
      </form>
    </Modal>
  );
}
