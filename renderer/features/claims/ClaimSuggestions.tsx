import type { OccurrenceSuggestion } from '../../../preload/contract';
import { api } from '../../api';
import { formatScore } from '../compare/kinds';
import { useSuggestions } from './useClaimsData';

interface ClaimSuggestionsProps {
  claimId: number;
  label(sourceId: number): string;
  onRun(action: () => Promise<unknown>): Promise<void>;
}

const FINDERS: Record<OccurrenceSuggestion['foundBy'], string> = {
  alignment: 'aligned',
  search: 'passage index',
  paraphrase: 'paraphrase',
  'text-match': 'text match',
};

function finderText(suggestion: OccurrenceSuggestion): string {
  const how = FINDERS[suggestion.foundBy];
  return suggestion.kind ? `${how} · ${suggestion.kind}` : how;
}

/** Passages in other sources that may say the same: accept, mark as contradicting, or reject. */
export function ClaimSuggestions({ claimId, label, onRun }: ClaimSuggestionsProps) {
  const { state } = useSuggestions(claimId);
  const span = (suggestion: OccurrenceSuggestion) => ({
    claimId,
    sourceId: suggestion.sourceId,
    start: suggestion.start,
    end: suggestion.end,
  });
  return (
    <section className="claim-section" aria-label="Suggestions">
      <h4 className="claim-section__subtitle">Possibly said elsewhere</h4>
      {state.status === 'error' ? (
        <p className="inspector__error" role="alert">
          {state.error.message}
        </p>
      ) : state.status !== 'ready' ? (
        <p className="inspector__loading">Looking in the other sources…</p>
      ) : state.data.length === 0 ? (
        <p className="claim-section__hint">No other source seems to say this.</p>
      ) : (
        <ul className="claim-suggestions">
          {state.data.map((suggestion) => (
            <li
              key={`${suggestion.sourceId}:${suggestion.start}`}
              className="claim-suggestion"
              data-testid="suggestion"
              data-source-id={suggestion.sourceId}
            >
              <div className="claim-suggestion__meta">
                <span className="source-label">{label(suggestion.sourceId)}</span>
                {suggestion.stance === 'contradicts' ? (
                  <span className="stance-badge" data-stance="contradicts">
                    possible contradiction
                  </span>
                ) : null}
                <span className="claim-suggestion__how">
                  {finderText(suggestion)} · {formatScore(suggestion.score)}
                </span>
              </div>
              <p className="claim-suggestion__quote">{suggestion.quote}</p>
              <ul className="claim-suggestion__reasons" data-testid="suggestion-reasons">
                {suggestion.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              <p
                className="claim-suggestion__independence"
                data-adds={suggestion.independence.adds}
                data-testid="suggestion-independence"
              >
                {suggestion.independence.adds ? '+ ' : '= '}
                {suggestion.independence.explanation}
              </p>
              <div className="claim-suggestion__actions">
                <button
                  type="button"
                  className={`button button--compact${suggestion.stance === 'supports' ? ' button--primary' : ''}`}
                  data-testid="accept-suggestion"
                  onClick={() =>
                    void onRun(() => api.addOccurrence({ ...span(suggestion), stance: 'supports' }))
                  }
                >
                  Accept
                </button>
                <button
                  type="button"
                  className={`button button--compact${suggestion.stance === 'contradicts' ? ' button--primary' : ''}`}
                  data-testid="contradicts-suggestion"
                  onClick={() =>
                    void onRun(() =>
                      api.addOccurrence({ ...span(suggestion), stance: 'contradicts' }),
                    )
                  }
                >
                  Contradicts
                </button>
                <button
                  type="button"
                  className="button button--quiet button--compact"
                  data-testid="reject-suggestion"
                  onClick={() => void onRun(() => api.rejectSuggestion(span(suggestion)))}
                >
                  Reject
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
