import type { ClaimDetail } from '../../../preload/contract';
import './evidence.css';
import { independentText } from './grades';

interface CorroborationProps {
  claim: ClaimDetail;
  label(sourceId: number): string;
}

/** How many independent lines of evidence say this, why some sources count as one, and the grade rule. */
export function Corroboration({ claim, label }: CorroborationProps) {
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
            <li
              key={index}
              className="claim-group"
              data-stance={group.stance}
              data-testid="independence-group"
            >
              <span className="claim-group__sources">
                {group.sourceIds.map((id) => (
                  <span key={id} className="source-label">
                    {label(id)}
                  </span>
                ))}
              </span>
              <span className="claim-group__stance">
                {group.stance === 'supports' ? 'supports' : 'contradicts'}
                {group.sourceIds.length > 1 ? ' · counts once' : ''}
              </span>
              {group.joins.length > 0 ? (
                <ul className="claim-group__joins" aria-label="Why these count once">
                  {group.joins.map((join, joinIndex) => (
                    <li key={joinIndex} className="claim-group__reason" data-testid="evidence-join">
                      {join.explanation}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="claim-rule" data-testid="grade-rule">
        <summary>How the suggested grade is worked out</summary>
        <p className="claim-section__hint">
          S is the number of independent supporting lines of evidence, C of contradicting ones;
          copies of one text count once. The first matching row gives the grade.
        </p>
        <ol className="claim-rule__rows">
          {corroboration.suggestionRule.rows.map((row, index) => (
            <li
              key={index}
              className="claim-rule__row"
              aria-current={index === corroboration.suggestionRule.applied ? 'true' : undefined}
              data-applied={index === corroboration.suggestionRule.applied || undefined}
            >
              {row}
            </li>
          ))}
        </ol>
      </details>
      {corroboration.sameOutlet.map((entry) => (
        <p key={entry.outlet} className="claim-section__hint">
          Same outlet ({entry.outlet}): {entry.sourceIds.map(label).join(', ')}
        </p>
      ))}
    </section>
  );
}
