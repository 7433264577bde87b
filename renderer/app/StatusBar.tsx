import type { CaseInfo, HostInfo } from '../../preload/contract';
import { maxColumns } from './store';

interface StatusBarProps {
  host: HostInfo;
  caseInfo: CaseInfo | null;
  columnCount: number;
}

export function StatusBar({ host, caseInfo, columnCount }: StatusBarProps) {
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
      {caseInfo ? (
        <span className="statusbar__item tabular" data-testid="column-count">
          {columnCount} of {maxColumns} columns
        </span>
      ) : null}
      <span className="statusbar__item tabular">v{host.appVersion}</span>
    </footer>
  );
}
