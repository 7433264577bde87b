import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { SourceSummary } from '../../../preload/contract';
import type { ListMove, Placement } from '../../app/store';
import { DocumentIcon } from '../../components/icons';
import { shortcutFor } from '../commands/platform';
import type { CopyOrigin } from '../compare/kinds';
import { SourceListItem, sourceOptionId } from './SourceListItem';
import './sources.css';

interface SourceListProps {
  sources: readonly SourceSummary[];
  selectedId: number | null;
  openColumns: ReadonlyMap<number, readonly number[]>;
  activeColumnNumber: number | null;
  /** For sources found to copy another: the originals, wholly or in part copied. */
  copyOf?: ReadonlyMap<number, readonly CopyOrigin[]> | undefined;
  /** Changes whenever something asks for the list to take keyboard focus. */
  focusSeq: number | null;
  onSelectMove(to: ListMove): void;
  onOpen(sourceId: number, placement: Placement): void;
  onFocus(): void;
}

const moves: Record<string, ListMove> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

const noOpenColumns: readonly number[] = [];

export function SourceList({
  sources,
  selectedId,
  openColumns,
  activeColumnNumber,
  copyOf,
  focusSeq,
  onSelectMove,
  onOpen,
  onFocus,
}: SourceListProps) {
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusSeq !== null) listRef.current?.focus();
  }, [focusSeq]);

  useEffect(() => {
    if (selectedId === null) return;
    document.getElementById(sourceOptionId(selectedId))?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
    // Modified keys (Ctrl+Enter, Alt+Down…) are commands; the global shortcut handler runs them.
    if (!plain) return;
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      onSelectMove(move);
    } else if (event.key === 'Enter' && selectedId !== null) {
      event.preventDefault();
      onOpen(selectedId, 'active');
    }
  };

  const besideShortcut = shortcutFor('reader.openBeside');
  const empty = sources.length === 0;

  return (
    <>
      <div
        ref={listRef}
        role="listbox"
        aria-label="Sources"
        aria-activedescendant={selectedId !== null ? sourceOptionId(selectedId) : undefined}
        aria-describedby={empty ? 'source-list-empty' : 'source-list-help'}
        tabIndex={0}
        className="source-list"
        data-testid="source-list"
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        {sources.map((source) => (
          <SourceListItem
            key={source.id}
            source={source}
            selected={source.id === selectedId}
            openIn={openColumns.get(source.id) ?? noOpenColumns}
            activeColumnNumber={activeColumnNumber}
            copyOf={copyOf?.get(source.id)}
            besideShortcut={besideShortcut}
            onOpen={onOpen}
          />
        ))}
      </div>
      <p id="source-list-help" className="visually-hidden">
        Enter opens the source in the active column; {besideShortcut} opens it beside.
      </p>
      {empty ? (
        <div id="source-list-empty" className="source-list-empty" data-testid="source-list-empty">
          <DocumentIcon className="source-list-empty__icon" />
          <p className="source-list-empty__title">No sources in this case yet</p>
          <p className="source-list-empty__text">
            Reports imported into this case appear here, one row per source, ready to open side by
            side.
          </p>
        </div>
      ) : null}
    </>
  );
}
