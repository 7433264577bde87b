import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import type {
  CaseFacts,
  Discrepancy,
  EntityEdit,
  FactsStatus,
  Span,
} from '../../../preload/contract';
import { api } from '../../api';
import type { FactsView } from '../../app/inspector';
import type { EntityChoice } from '../../app/store';
import { toError } from '../../lib/useQuery';
import { notifyCaseEdited } from '../claims/caseEdits';
import { shortcutFor } from '../commands/platform';
import { CitationsNotice } from './CitationsNotice';
import { DiscrepanciesView } from './DiscrepanciesView';
import { EntitiesView } from './EntitiesView';
import { progressText } from './factsFilters';
import { QuotesView } from './QuotesView';
import { useCaseFacts } from './useFacts';
import type { FactsProgress } from './useFacts';
import './facts.css';

interface FactsPanelProps {
  view: FactsView;
  onView(view: FactsView): void;
  progress: FactsProgress;
  label(sourceId: number): string;
  chosenEntityKey: string | null;
  onChooseEntity(entity: EntityChoice | null): void;
  /** Opens the source in the reader with the span marked. */
  onRevealSpan(sourceId: number, span: Span): void;
  /** A discrepancy became this claim: open it. */
  onClaimMade(claimId: number, sourceId: number): void;
}

const views: { id: FactsView; label: string; command: Parameters<typeof shortcutFor>[0] }[] = [
  { id: 'quotes', label: 'Quotes', command: 'facts.showQuotes' },
  { id: 'entities', label: 'Entities', command: 'facts.showEntities' },
  { id: 'discrepancies', label: 'Discrepancies', command: 'facts.showDiscrepancies' },
];

/** Quotes and speakers, entities and fact discrepancies across the case's sources. */
export function FactsPanel(props: FactsPanelProps) {
  const { view, onView, progress, label, onRevealSpan } = props;
  // Each view asks for its own list: a big case's three lists together are megabytes.
  const { state, reload } = useCaseFacts(view, progress.revision);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [making, setMaking] = useState<string | null>(null);
  const facts = state.status === 'ready' ? state.data : null;
  // The tabs keep their counts while another view's list loads.
  const [counts, setCounts] = useState<CaseFacts['counts'] | null>(null);
  if (facts && facts.counts !== counts) setCounts(facts.counts);
  const status: FactsStatus | null = progress.status ?? facts?.status ?? null;

  const edit = async (entityEdit: EntityEdit) => {
    setError(null);
    setBusy(true);
    try {
      await api.editEntities({ edit: entityEdit });
      notifyCaseEdited(['entities']);
      reload();
    } catch (failure) {
      setError(toError(failure).message);
    } finally {
      setBusy(false);
    }
  };

  const makeClaim = async (discrepancy: Discrepancy) => {
    const { a, b } = discrepancy;
    setError(null);
    setMaking(discrepancy.id);
    try {
      const claim = await api.createClaim({
        sourceId: a.sourceId,
        start: a.passage.start,
        end: a.passage.end,
        tagIds: [],
        contradictions: [{ sourceId: b.sourceId, start: b.passage.start, end: b.passage.end }],
      });
      notifyCaseEdited(['claims']);
      props.onClaimMade(claim.id, claim.sourceId);
    } catch (failure) {
      setError(toError(failure).message);
    } finally {
      setMaking(null);
    }
  };

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const at = views.findIndex((each) => each.id === view);
    const next = views[(at + step + views.length) % views.length];
    if (next) {
      onView(next.id);
      event.currentTarget.querySelector<HTMLElement>(`[data-view="${next.id}"]`)?.focus();
    }
  };

  return (
    <section className="facts-panel" aria-label="Facts" data-testid="facts-panel">
      <div className="facts-tabs" role="tablist" aria-label="Facts" onKeyDown={onTabKey}>
        {views.map((each) => (
          <button
            key={each.id}
            type="button"
            role="tab"
            className="facts-tabs__tab"
            aria-selected={view === each.id}
            tabIndex={view === each.id ? 0 : -1}
            data-view={each.id}
            data-testid={`facts-tab-${each.id}`}
            title={`${each.label} (${shortcutFor(each.command)})`}
            onClick={() => onView(each.id)}
          >
            {each.label}
            {counts ? <span className="facts-tabs__count tabular">{counts[each.id]}</span> : null}
          </button>
        ))}
      </div>
      <FactsStatusLine
        status={status}
        hasFacts={facts !== null && facts.status.state === 'ready'}
      />
      {facts ? (
        <CitationsNotice
          citations={facts.attributions.filter((attribution) => attribution.kind === 'citation')}
          circular={facts.circular}
          label={label}
          onReveal={onRevealSpan}
        />
      ) : null}
      {error ? (
        <p className="inspector__error" role="alert" data-testid="facts-error">
          {error}
        </p>
      ) : null}
      {state.status === 'error' ? (
        <p className="inspector__error" role="alert">
          {state.error.message}
        </p>
      ) : !facts ? (
        <p className="inspector__loading">Loading facts…</p>
      ) : view === 'quotes' ? (
        <QuotesView
          quotes={facts.quotes}
          label={label}
          onReveal={(occurrence) => onRevealSpan(occurrence.sourceId, occurrence)}
        />
      ) : view === 'entities' ? (
        <EntitiesView
          entities={facts.entities}
          chosenKey={props.chosenEntityKey}
          label={label}
          onChoose={props.onChooseEntity}
          onEdit={(entityEdit) => void edit(entityEdit)}
          busy={busy}
        />
      ) : (
        <DiscrepanciesView
          discrepancies={facts.discrepancies}
          label={label}
          onReveal={(side) => onRevealSpan(side.sourceId, side.passage)}
          onMakeClaim={(discrepancy) => void makeClaim(discrepancy)}
          making={making}
        />
      )}
    </section>
  );
}

/** "Reading sources 120 / 2,092" with a bar while computing; why, when it failed. */
function FactsStatusLine({ status, hasFacts }: { status: FactsStatus | null; hasFacts: boolean }) {
  if (status?.state === 'computing') {
    const share = status.total > 0 ? status.done / status.total : 0;
    return (
      <div className="facts-status" role="status" data-testid="facts-progress">
        <span className="tabular">{progressText(status)}</span>
        <span className="facts-status__bar" aria-hidden="true">
          <span style={{ width: `${Math.round(share * 100)}%` }} />
        </span>
        <span className="facts-status__hint">
          {hasFacts
            ? 'The lists below are from the last reading.'
            : 'The lists fill in when every source has been read.'}
        </span>
      </div>
    );
  }
  if (status?.state === 'ready' && status.done < status.total) {
    return (
      <div className="facts-status" role="status" data-testid="facts-partial">
        <span className="tabular">
          Facts are read for {status.done.toLocaleString('en-US')} of{' '}
          {status.total.toLocaleString('en-US')} sources.
        </span>
      </div>
    );
  }
  if (status?.state === 'failed') {
    return (
      <div className="facts-status facts-status--failed" role="alert" data-testid="facts-failed">
        <strong>Facts could not be read from the sources.</strong>
        <span>{status.error ?? 'The computation stopped without saying why.'}</span>
      </div>
    );
  }
  return null;
}
