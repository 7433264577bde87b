import type { ComponentProps } from 'react';
import type { SourceSummary } from '../../../preload/contract';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RetryIcon } from '../../components/icons';
import { errorCode } from '../../lib/useQuery';
import type { QueryState } from '../../lib/useQuery';
import { SourceList } from './SourceList';

type ListProps = Omit<ComponentProps<typeof SourceList>, 'sources'>;

interface SourcesPanelProps extends ListProps {
  state: QueryState<SourceSummary[]>;
  onRetry(): void;
  onOpenCase(): void;
}

/** The sidebar: the source list, or why it is not there yet. */
export function SourcesPanel({ state, onRetry, onOpenCase, ...listProps }: SourcesPanelProps) {
  return (
    <aside className="sidebar" aria-labelledby="sidebar-title">
      <div className="sidebar__header">
        <h2 id="sidebar-title" className="sidebar__title">
          Sources
        </h2>
      </div>
      <div className="sidebar__scroll">
        {state.status === 'ready' ? (
          <SourceList sources={state.data} {...listProps} />
        ) : state.status === 'error' ? (
          <SourcesError error={state.error} onRetry={onRetry} onOpenCase={onOpenCase} />
        ) : (
          <SourceListSkeleton />
        )}
      </div>
    </aside>
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
