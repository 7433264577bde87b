import type { SourceSummary } from '../../../preload/contract';
import type { Column } from '../../app/store';
import { maxColumns } from '../../app/store';
import { ColumnsIcon } from '../../components/icons';
import { Shortcut } from '../commands/Shortcut';
import { platform } from '../commands/platform';
import { ReaderColumn } from './ReaderColumn';
import './reader.css';

interface ReaderColumnsProps {
  columns: readonly Column[];
  activeColumn: number;
  summaries: ReadonlyMap<number, SourceSummary>;
  /** Null while the list is loading. */
  sourceCount: number | null;
  focusSeq: number | null;
  onActivate(index: number): void;
  onClose(index: number): void;
  onEditDetails(sourceId: number): void;
}

export function ReaderColumns({
  columns,
  activeColumn,
  summaries,
  sourceCount,
  focusSeq,
  onActivate,
  onClose,
  onEditDetails,
}: ReaderColumnsProps) {
  if (columns.length === 0) return <ReaderEmptyState caseEmpty={sourceCount === 0} />;
  return (
    <div className="reader-columns" data-count={columns.length} data-testid="reader-columns">
      {columns.map((column, index) => (
        <ReaderColumn
          key={column.key}
          sourceId={column.sourceId}
          summary={summaries.get(column.sourceId)}
          number={index + 1}
          active={index === activeColumn}
          focusSeq={index === activeColumn ? focusSeq : null}
          onActivate={onActivate}
          onClose={onClose}
          onEditDetails={onEditDetails}
        />
      ))}
    </div>
  );
}

function ReaderEmptyState({ caseEmpty }: { caseEmpty: boolean }) {
  const enter = platform === 'mac' ? '↩' : 'Enter';
  if (caseEmpty) {
    return (
      <div className="reader-empty" data-testid="reader-empty">
        <div className="reader-empty__card">
          <ColumnsIcon className="reader-empty__icon" />
          <h2 className="reader-empty__title">This case has no sources yet</h2>
          <p className="reader-empty__text">
            Once reports are imported into the case, open them here side by side, up to {maxColumns}{' '}
            at a time, to compare how each one tells the story.
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="reader-empty" data-testid="reader-empty">
      <div className="reader-empty__card">
        <ColumnsIcon className="reader-empty__icon" />
        <h2 className="reader-empty__title">No source open</h2>
        <p className="reader-empty__text">
          Choose a source in the list to read it here. Open up to {maxColumns} side by side to
          compare how each report tells the story.
        </p>
        <dl className="shortcut-table">
          <dt>Open the selected source</dt>
          <dd>
            <kbd>{enter}</kbd> or click
          </dd>
          <dt>Open it beside the active column</dt>
          <dd>
            <Shortcut command="reader.openBeside" /> or {platform === 'mac' ? '⌘' : 'Ctrl'}+click
          </dd>
          <dt>Go to the source list</dt>
          <dd>
            <Shortcut command="go.sourceList" />
          </dd>
          <dt>Next / previous source</dt>
          <dd>
            <Shortcut command="go.nextSource" /> <Shortcut command="go.previousSource" />
          </dd>
          <dt>All commands</dt>
          <dd>
            <Shortcut command="view.commandPalette" />
          </dd>
        </dl>
      </div>
    </div>
  );
}
