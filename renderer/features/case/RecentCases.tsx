import type { RecentCase } from '../../../preload/contract';
import { api } from '../../api';
import { ClockIcon } from '../../components/icons';
import { useQuery } from '../../lib/useQuery';
import { formatIsoDate } from '../sources/format';

interface RecentCasesProps {
  onChoose(recent: RecentCase): void;
  disabled?: boolean;
  /** Hide the case that is already open. */
  excludePath?: string | undefined;
}

export function RecentCases({ onChoose, disabled = false, excludePath }: RecentCasesProps) {
  const { state } = useQuery('recent-cases', () => api.listRecentCases());
  if (state.status === 'loading' || state.status === 'idle') {
    return <p className="recent-cases__note">Loading recent cases…</p>;
  }
  if (state.status === 'error') {
    return (
      <p className="recent-cases__note">Recent cases are unavailable: {state.error.message}</p>
    );
  }
  const recents = state.data.filter((recent) => recent.path !== excludePath);
  if (recents.length === 0) {
    const text = excludePath ? 'No other recent cases.' : 'No recent cases yet.';
    return <p className="recent-cases__note">{text}</p>;
  }
  return (
    <ul className="recent-cases" aria-label="Recent cases" data-testid="recent-cases">
      {recents.map((recent) => (
        <li key={recent.path}>
          <button
            type="button"
            className="recent-case"
            disabled={disabled || !recent.exists}
            onClick={() => onChoose(recent)}
            data-testid="recent-case"
            title={recent.exists ? recent.path : `${recent.path} (file not found)`}
          >
            <ClockIcon className="recent-case__icon" />
            <span className="recent-case__text">
              <span className="recent-case__name">{recent.name}</span>
              <span className="recent-case__path">{recent.path}</span>
            </span>
            <span className="recent-case__date tabular">
              {recent.exists ? formatIsoDate(recent.openedAt.slice(0, 10)) : 'missing'}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
