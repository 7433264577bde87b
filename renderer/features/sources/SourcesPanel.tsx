import { useEffect, useRef, useState } from 'react';
import type { ComponentProps, ReactNode } from 'react';
import type { SourceSummary } from '../../../preload/contract';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PlusIcon, RetryIcon } from '../../components/icons';
import '../import/import.css';
import { errorCode } from '../../lib/useQuery';
import type { QueryState } from '../../lib/useQuery';
import { EntityChip } from '../facts/EntityChip';
import type { EntityScope } from '../facts/useFacts';
import { formatCount } from './format';
import { SourceList } from './SourceList';

type ListProps = Omit<ComponentProps<typeof SourceList>, 'sources'>;

interface SourcesPanelProps extends ListProps {
  state: QueryState<SourceSummary[]>;
  onRetry(): void;
  onOpenCase(): void;
  onImport(kind: 'files' | 'folder'): void;
  onPaste(): void;
  /** The search box, always on top of the sidebar. */
  searchBox: ReactNode;
  /** Search results; while there are any, they take the list's place. */
  searchResults: ReactNode | null;
  /** The entity chosen in Facts › Entities: only sources mentioning it are listed. */
  entityScope?: EntityScope | null;
  onClearEntity?(): void;
}

/** The sidebar: the source list, or why it is not there yet. */
export function SourcesPanel({
  state,
  onRetry,
  onOpenCase,
  onImport,
  onPaste,
  searchBox,
  searchResults,
  entityScope,
  onClearEntity,
  ...listProps
}: SourcesPanelProps) {
  const inScope = entityScope?.sourceIds ?? null;
  const all = state.status === 'ready' ? state.data : null;
  const shown = all && inScope ? all.filter((source) => inScope.has(source.id)) : all;
  const chip = (search: boolean) =>
    entityScope ? (
      <EntityChip
        scope={entityScope}
        detail={
          all && shown
            ? search
              ? `Search: hits in the ${formatCount(shown.length, 'source')} mentioning it`
              : `${shown.length} of ${formatCount(all.length, 'source')} ${shown.length === 1 ? 'mentions' : 'mention'} it`
            : undefined
        }
        onClear={() => onClearEntity?.()}
      />
    ) : null;
  if (searchResults) {
    return (
      <aside className="sidebar" aria-label="Search">
        {searchBox}
        {chip(true)}
        <div className="sidebar__scroll">{searchResults}</div>
      </aside>
    );
  }
  return (
    <aside className="sidebar" aria-labelledby="sidebar-title">
      {searchBox}
      <div className="sidebar__header">
        <h2 id="sidebar-title" className="sidebar__title">
          Sources
        </h2>
        <ImportMenu onImport={onImport} onPaste={onPaste} />
      </div>
      {chip(false)}
      <div className="sidebar__scroll">
        {shown ? (
          <SourceList sources={shown} {...listProps} />
        ) : state.status === 'error' ? (
          <SourcesError error={state.error} onRetry={onRetry} onOpenCase={onOpenCase} />
        ) : (
          <SourceListSkeleton />
        )}
      </div>
    </aside>
  );
}

/** "Import": files, a folder or pasted text. Dropping files on the window works as well. */
function ImportMenu({
  onImport,
  onPaste,
}: {
  onImport(kind: 'files' | 'folder'): void;
  onPaste(): void;
}) {
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  const choose = (run: () => void) => {
    setOpen(false);
    run();
  };
  return (
    <div className="import-menu" ref={menuRef}>
      <button
        type="button"
        className="button button--small"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid="import-button"
        title="Import reports (or drop files on the window)"
        onClick={() => setOpen((value) => !value)}
      >
        <PlusIcon />
        Import
      </button>
      {open ? (
        <div className="import-menu__list" role="menu">
          <button type="button" role="menuitem" onClick={() => choose(() => onImport('files'))}>
            Files…
          </button>
          <button type="button" role="menuitem" onClick={() => choose(() => onImport('folder'))}>
            Folder…
          </button>
          <button type="button" role="menuitem" onClick={() => choose(onPaste)}>
            Pasted text…
          </button>
        </div>
      ) : null}
    </div>
  );
}

function SourcesError({
  error,
  onRetry,
  onOpenCase,
}: {
  error: Error;
  onRetry(): void;
  onOpenCase(): void;
}) {
  if (errorCode(error) === 'no-case-open') {
    return (
      <ErrorBanner title="No case is open" message="Open a case to see its sources.">
        <button type="button" className="button" onClick={onOpenCase}>
          Open case…
        </button>
      </ErrorBanner>
    );
  }
  return (
    <ErrorBanner title="Sources could not be loaded" message={error.message}>
      <button type="button" className="button" onClick={onRetry}>
        <RetryIcon />
        Try again
      </button>
    </ErrorBanner>
  );
}

function SourceListSkeleton() {
  return (
    <div className="source-list source-list--loading" role="status" aria-label="Loading sources">
      {[0, 1, 2, 3].map((row) => (
        <div key={row} className="source-item source-item--skeleton">
          <div className="source-item__main">
            <div className="skeleton-bar" style={{ width: '88%' }} />
            <div className="skeleton-bar" style={{ width: '64%' }} />
            <div className="skeleton-bar skeleton-bar--thin" style={{ width: '52%' }} />
          </div>
        </div>
      ))}
    </div>
  );
}
