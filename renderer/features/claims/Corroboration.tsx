import type { ClaimDetail, OccurrenceStance } from '../../../preload/contract';
import { api } from '../../api';
import { independentText } from './grades';

const stanceText: Record<OccurrenceStance, string> = {
  origin: 'origin',
  supports: 'supports',
  contradicts: 'contradicts',
};

interface CorroborationProps {
  claim: ClaimDetail;
  label(sourceId: number): string;
  onRun(action: () => Promise<unknown>): Promise<void>;
}

/** How many independent sources say this, why some count as one, and where it is said. */
export function Corroboration({ claim, label, onRun }: CorroborationProps) {
  const { corroboration } = claim;
  const contradictions = corroboration.independentContradictions;
  return (
    <section className="claim-section" aria-label="Corroboration">
      <h4 className="claim-section__title">
        <span data-testid="independent-count">
          {independentText(corroboration.independentSources)}
        </span>
        {contradictions > 0 ? (
          <span className="claim-section__contradictions" data-testid="contradiction-count">
            {contradictions} {contradictions === 1 ? 'contradiction' : 'contradictions'}
          </span>
        ) : null}
      </h4>
      {corroboration.groups.length > 0 ? (
        <ul className="claim-groups" data-testid="independence-groups">
          {corroboration.groups.map((group, index) => (
            <li key={index} className="claim-group" data-stance={group.stance}>
              <span className="claim-group__sources">
                {group.sourceIds.map((id) => (
                  <span key={id} className="source-label">
                    {label(id)}
                  </span>
                ))}
              </span>
              <span className="claim-group__stance">{group.stance}</span>
              {group.reason ? <span className="claim-group__reason">{group.reason}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {corroboration.sameOutlet.map((entry) => (
        <p key={entry.outlet} className="claim-section__hint">
          Same outlet ({entry.outlet}): {entry.sourceIds.map(label).join(', ')}
        </p>
      ))}
      <h4 className="claim-section__subtitle">Occurrences</h4>
      <ul className="claim-occurrences" data-testid="occurrences">
        {claim.occurrences.map((occurrence) => (
          <li
            key={occurrence.id}
            className="claim-occurrence"
            data-testid="occurrence"
            data-stance={occurrence.stance}
          >
            <span className="source-label">{label(occurrence.sourceId)}</span>
            <span className="claim-occurrence__quote">{occurrence.quote}</span>
            <span className="claim-occurrence__side">
              <span className="stance-badge" data-stance={occurrence.stance}>
                {stanceText[occurrence.stance]}
              </span>
              {occurrence.stance !== 'origin' ? (
                <button
                  type="button"
                  className="button button--quiet button--compact"
                  data-testid="remove-occurrence"
                  onClick={() =>
                    void onRun(() => api.removeOccurrence({ occurrenceId: occurrence.id }))
                  }
                >
                  Remove
                </button>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
