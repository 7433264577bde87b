import type { ClaimDetail, EvidenceJoin, JoinOverride } from '../../../preload/contract';
import { api } from '../../api';
import './evidence.css';
import { independentText } from './grades';

interface CorroborationProps {
  claim: ClaimDetail;
  label(sourceId: number): string;
  /** "#002": for sentences, where the full label would crowd the line. */
  shortLabel(sourceId: number): string;
  /** Runs an edit of the claim, then refreshes it (errors shown by the detail). */
  onRun(action: () => Promise<unknown>): void;
}

/** How many independent lines of evidence say this, why some sources count as one, and the grade rule. */
export function Corroboration({ claim, label, shortLabel, onRun }: CorroborationProps) {
  const { corroboration } = claim;
  const contradictions = corroboration.independentContradictions;
  const setJoin = (sourceIds: [number, number], action: 'join' | 'split' | 'auto') =>
    onRun(() => api.setClaimJoin({ claimId: claim.id, sourceIds, action }));
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
      {corroboration.originators.length > 0 ? (
        <ul className="claim-originators" data-testid="claim-originators">
          {corroboration.originators.map((entry) => (
            <li
              key={`${entry.entityKey ?? entry.originator}`}
              className="claim-originator"
              data-testid="claim-originator"
            >
              Originator: <strong>{entry.originator}</strong> —{' '}
              {entry.sourceIds.map(shortLabel).join(', ')}
            </li>
          ))}
        </ul>
      ) : null}
      {corroboration.overrides.length > 0 ? (
        <ul className="claim-overrides" data-testid="claim-overrides">
          {corroboration.overrides.map((override) => (
            <li key={override.sourceIds.join(':')} data-testid="claim-override">
              {overrideText(override, shortLabel)} ·{' '}
              <button
                type="button"
                className="claim-group__action"
                data-testid="restore-join"
                onClick={() => setJoin(override.sourceIds, 'auto')}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {corroboration.groups.length > 0 ? (
        <ul className="claim-groups" data-testid="independence-groups">
          {corroboration.groups.map((group, index) => {
            const others = corroboration.groups
              .filter((other) => other !== group && other.stance === group.stance)
              .flatMap((other) => other.sourceIds);
            const first = group.sourceIds[0];
            return (
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
                {first !== undefined && others.length > 0 ? (
                  <select
                    className="select select--compact claim-group__join"
                    aria-label={`Count ${shortLabel(first)} as one line with another source`}
                    data-testid="join-with"
                    value=""
                    onChange={(event) => {
                      const other = Number(event.target.value);
                      if (other) setJoin([first, other], 'join');
                    }}
                  >
                    <option value="">Join with…</option>
                    {others.map((id) => (
                      <option key={id} value={id}>
                        {label(id)}
                      </option>
                    ))}
                  </select>
                ) : null}
                {group.joins.length > 0 ? (
                  <ul className="claim-group__joins" aria-label="Why these count once">
                    {uniquePairs(group.joins).map(({ join, first: firstOfPair }, joinIndex) => (
                      <li
                        key={joinIndex}
                        className="claim-group__reason"
                        data-testid="evidence-join-row"
                        data-reason={join.reason}
                      >
                        <span data-testid="evidence-join">{join.explanation}</span>
                        {firstOfPair &&
                        join.reason !== 'same-source' &&
                        join.reason !== 'analyst' ? (
                          <button
                            type="button"
                            className="claim-group__action"
                            data-testid="count-apart"
                            title={`Count ${shortLabel(join.sourceIds[0])} and ${shortLabel(join.sourceIds[1])} as independent lines of evidence`}
                            onClick={() => setJoin(join.sourceIds, 'split')}
                          >
                            Count apart
                          </button>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <details className="claim-rule" data-testid="grade-rule">
        <summary>How the suggested grade is worked out</summary>
        <p className="claim-section__hint">
          S is the number of independent supporting lines of evidence, C of contradicting ones;
          copies of one text, and reports crediting the same originator, count once. The first
          matching row gives the grade.
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

/** Each join, flagged when it is the first between its two sources (one action per pair). */
function uniquePairs(joins: readonly EvidenceJoin[]) {
  const seen = new Set<string>();
  return joins.map((join) => {
    const key = [...join.sourceIds].sort((a, b) => a - b).join(':');
    const first = !seen.has(key);
    seen.add(key);
    return { join, first };
  });
}

function overrideText(override: JoinOverride, shortLabel: (id: number) => string): string {
  const [a, b] = override.sourceIds;
  return override.action === 'split'
    ? `You counted ${shortLabel(a)} and ${shortLabel(b)} apart`
    : `You counted ${shortLabel(a)} and ${shortLabel(b)} as one`;
}
