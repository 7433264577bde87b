import { AlertIcon, CloseIcon, CopySourceIcon, DocumentIcon } from '../../components/icons';
import {
  countBatch,
  rowStatusText,
  summaryText,
  type ImportBatch,
  type ImportRow,
} from './importBatch';

interface ImportTrayProps {
  batch: ImportBatch;
  onDismiss(): void;
  onOpen(sourceId: number): void;
}

/** Per-file progress while a batch runs, then what became of every file. */
export function ImportTray({ batch, onDismiss, onOpen }: ImportTrayProps) {
  const counts = countBatch(batch);
  const total = Math.max(batch.total, batch.rows.length);
  const heading = batch.finished
    ? `Import finished: ${summaryText(counts)}`
    : `Importing ${Math.min(counts.done + 1, total)} of ${total}…`;
  return (
    <section
      className={`import-tray${batch.finished ? ' import-tray--finished' : ''}`}
      aria-label="Import"
      data-testid="import-tray"
    >
      <header className="import-tray__header">
        <h2 className="import-tray__title" role="status" data-testid="import-summary">
          {heading}
        </h2>
        {batch.finished ? (
          <button
            type="button"
            className="icon-button"
            aria-label="Close import summary"
            onClick={onDismiss}
          >
            <CloseIcon />
          </button>
        ) : null}
      </header>
      <progress
        className="import-tray__progress"
        max={total}
        value={counts.done}
        aria-label="Import progress"
        data-testid="import-progress"
      />
      {batch.error ? (
        <p className="import-tray__error" role="alert">
          <AlertIcon /> {batch.error}
        </p>
      ) : null}
      <ol className="import-tray__rows">
        {batch.rows.map((row, index) => (
          <ImportRowItem key={index} row={row} onOpen={onOpen} />
        ))}
      </ol>
    </section>
  );
}

function ImportRowItem({ row, onOpen }: { row: ImportRow; onOpen(sourceId: number): void }) {
  const openable = row.sourceId !== undefined && row.status !== 'refused';
  return (
    <li
      className={`import-row import-row--${row.status}`}
      data-testid="import-row"
      data-status={row.status}
    >
      <span className="import-row__icon" aria-hidden="true">
        {row.status === 'refused' ? (
          <AlertIcon />
        ) : row.status === 'duplicate' || row.identicalTo !== undefined ? (
          <CopySourceIcon />
        ) : (
          <DocumentIcon />
        )}
      </span>
      <span className="import-row__main">
        {openable ? (
          <button
            type="button"
            className="import-row__name import-row__name--link"
            onClick={() => onOpen(row.sourceId!)}
            title="Open in the reader"
          >
            {row.name}
          </button>
        ) : (
          <span className="import-row__name">{row.name}</span>
        )}
        <span className="import-row__status" data-testid="import-row-status">
          {rowStatusText(row)}
        </span>
      </span>
    </li>
  );
}
