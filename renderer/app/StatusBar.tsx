import type { CaseInfo, HostInfo, RelationsState } from '../../preload/contract';
import { AlertIcon, MatrixIcon } from '../components/icons';
import { progressText } from '../features/matrix/matrix';
import type { QueryState } from '../lib/useQuery';
import { maxColumns } from './store';

interface StatusBarProps {
  host: HostInfo;
  caseInfo: CaseInfo | null;
  columnCount: number;
  relations: QueryState<RelationsState>;
  onOpenMatrix(): void;
}

export function StatusBar({
  host,
  caseInfo,
  columnCount,
  relations,
  onOpenMatrix,
}: StatusBarProps) {
  const state = relations.status === 'ready' ? relations.data : null;
  return (
    <footer className="statusbar">
      <span className="statusbar__item">
        {host.kind === 'electron' ? 'Desktop' : 'Browser host'}
      </span>
      {caseInfo ? (
        <span className="statusbar__item statusbar__path" title={caseInfo.path}>
          {caseInfo.path}
        </span>
      ) : null}
      <span className="statusbar__spacer" />
      {caseInfo?.damage ? (
        <span
          className="statusbar__item statusbar__warning"
          role="alert"
          data-testid="case-damage"
          title={caseInfo.damage}
        >
          <AlertIcon className="statusbar__icon" />
          Case damaged: changes are not saved
        </span>
      ) : null}
      {caseInfo?.backupProblem ? (
        <span
          className="statusbar__item statusbar__warning"
          role="status"
          data-testid="backup-problem"
          title={caseInfo.backupProblem}
        >
          <AlertIcon className="statusbar__icon" />
          Backup failed
        </span>
      ) : null}
      {caseInfo && state ? (
        <button
          type="button"
          className="statusbar__item statusbar__button tabular"
          data-testid="relations-status"
          data-status={state.status}
          title="Open the similarity matrix"
          onClick={onOpenMatrix}
        >
          {state.status === 'computing' ? (
            <>
              <span className="statusbar__spinner" aria-hidden="true" />
              <span role="status">{progressText(state.progress)}</span>
            </>
          ) : (
            <>
              <MatrixIcon className="statusbar__icon" />
              {state.relations.length === 1
                ? '1 related pair'
                : `${state.relations.length} related pairs`}
            </>
          )}
        </button>
      ) : null}
      {caseInfo ? (
        <span className="statusbar__item tabular" data-testid="column-count">
          {columnCount} of {maxColumns} columns
        </span>
      ) : null}
      <span className="statusbar__item tabular">v{host.appVersion}</span>
    </footer>
  );
}
