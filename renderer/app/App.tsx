import { useState } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import { RetryIcon } from '../components/icons';
import { useCase } from '../features/case/useCase';
import { Workbench } from './Workbench';
import './layout.css';

/** Loads the host and the open case, then hands over to the workbench for that case. */
export function App() {
  const { host, current, reloadCase, reloadAll } = useCase();
  // A message for the workbench of the next case ("Opened … as a new case"), which mounts anew.
  const [arrivalNotice, setArrivalNotice] = useState<string | null>(null);

  const failure =
    host.status === 'error' ? host.error : current.status === 'error' ? current.error : null;
  if (failure) {
    return (
      <div className="startup" data-testid="startup-error">
        <div className="startup__card">
          <ErrorBanner title="Corroborate could not reach its host" message={failure.message}>
            <button type="button" className="button" onClick={reloadAll}>
              <RetryIcon />
              Try again
            </button>
          </ErrorBanner>
        </div>
      </div>
    );
  }

  if (host.status !== 'ready' || current.status !== 'ready') {
    return (
      <div className="startup" role="status" aria-live="polite" data-testid="startup-loading">
        <div className="startup__spinner" aria-hidden="true" />
        <span className="startup__text">Opening Corroborate…</span>
      </div>
    );
  }

  const caseInfo = current.data;
  return (
    <Workbench
      key={caseInfo?.path ?? ''}
      host={host.data}
      caseInfo={caseInfo}
      arrivalNotice={arrivalNotice}
      onCaseOpened={(_info, notice) => {
        setArrivalNotice(notice ?? null);
        reloadCase();
      }}
    />
  );
}
