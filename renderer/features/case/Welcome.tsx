import { ErrorBanner } from '../../components/ErrorBanner';
import { FolderOpenIcon, PlusIcon } from '../../components/icons';
import { Shortcut } from '../commands/Shortcut';
import { RecentCases } from './RecentCases';
import './case.css';

interface WelcomeProps {
  /** Why the case the app started with did not open, if it did not. */
  problem?: string | undefined;
  onOpen(): void;
  onCreate(): void;
  onOpenRecent(path: string): void;
}

/** Shown while no case is open: the way in, never a blank screen. */
export function Welcome({ problem, onOpen, onCreate, onOpenRecent }: WelcomeProps) {
  return (
    <div className="welcome" data-testid="welcome">
      <div className="welcome__card">
        {problem ? (
          <ErrorBanner
            title="The last case did not open"
            message={problem}
            testId="startup-problem"
          />
        ) : null}
        <h1 className="welcome__title">No case open</h1>
        <p className="welcome__text">
          A case holds the reports of one event. Open one to read its sources side by side and see
          what was copied, what was changed and what only one outlet reported.
        </p>
        <div className="welcome__actions">
          <button
            type="button"
            className="button button--primary welcome__button"
            onClick={onOpen}
            data-testid="welcome-open-case"
          >
            <FolderOpenIcon />
            Open case…
            <Shortcut command="case.open" className="kbd--on-accent" />
          </button>
          <button
            type="button"
            className="button welcome__button"
            onClick={onCreate}
            data-testid="welcome-new-case"
          >
            <PlusIcon />
            New case…
            <Shortcut command="case.create" />
          </button>
        </div>
        <section className="welcome__recent">
          <h2 className="welcome__section-title">Recent cases</h2>
          <RecentCases onChoose={(recent) => onOpenRecent(recent.path)} />
        </section>
      </div>
    </div>
  );
}
