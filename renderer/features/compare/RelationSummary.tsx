import type { SourceRelation } from '../../../preload/contract';
import { formatPercent, formatScore, kindLabels, passageKinds, verdictLabels } from './kinds';

interface RelationSummaryProps {
  relation: SourceRelation;
  label(sourceId: number): string;
  title(sourceId: number): string;
}

/** "001 copies 000", or why the direction is open. */
export function directionText(
  relation: Pick<SourceRelation, 'direction' | 'verdict'>,
  label: (sourceId: number) => string,
): string {
  if (relation.direction) {
    return `${label(relation.direction.copy)} copies ${label(relation.direction.origin)}`;
  }
  return relation.verdict === 'derived-copy'
    ? 'Direction undetermined'
    : 'Neither reads as a copy of the other';
}

function Meter({ value, label }: { value: number; label: string }) {
  return (
    <span
      className="meter"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={1}
      aria-valuenow={Math.round(value * 100) / 100}
    >
      <span
        className="meter__fill"
        style={{ width: formatPercent(Math.min(Math.max(value, 0), 1)) }}
      />
    </span>
  );
}

/** The verdict on one pair of sources, with the figures and words that support it. */
export function RelationSummary({ relation, label, title }: RelationSummaryProps) {
  const { a, b, direction } = relation;
  const heading = direction
    ? `${label(direction.copy)} ← ${label(direction.origin)}`
    : `${label(a)} ↔ ${label(b)}`;
  return (
    <div className="relation" data-testid="relation-panel" data-verdict={relation.verdict}>
      <div className="relation__head">
        <span className="verdict-badge" data-verdict={relation.verdict} data-testid="verdict-badge">
          {verdictLabels[relation.verdict]}
        </span>
        <span
          className="relation__pair tabular"
          title={direction ? `${title(direction.copy)} ← ${title(direction.origin)}` : undefined}
        >
          {heading}
        </span>
      </div>
      <p className="relation__direction" data-testid="relation-direction">
        {directionText(relation, label)}
      </p>
      <dl className="relation__figures tabular">
        <dt>Similarity</dt>
        <dd data-testid="relation-similarity">
          <Meter value={relation.similarity} label="Similarity" />
          <span>{formatScore(relation.similarity)}</span>
        </dd>
        <dt title={`Share of ${label(a)} covered by aligned passages`}>Coverage {label(a)}</dt>
        <dd data-testid="relation-coverage" data-side="a">
          <Meter value={relation.coverage[0]} label={`Coverage of ${label(a)}`} />
          <span>{formatPercent(relation.coverage[0])}</span>
        </dd>
        <dt title={`Share of ${label(b)} covered by aligned passages`}>Coverage {label(b)}</dt>
        <dd data-testid="relation-coverage" data-side="b">
          <Meter value={relation.coverage[1]} label={`Coverage of ${label(b)}`} />
          <span>{formatPercent(relation.coverage[1])}</span>
        </dd>
      </dl>
      <ul className="relation__counts" aria-label="Aligned passages by kind">
        {passageKinds.map((kind) => (
          <li key={kind} data-kind={kind}>
            <span className="kind-swatch" data-kind={kind} aria-hidden="true" />
            <span className="tabular">{relation.passageCounts[kind]}</span>{' '}
            {kindLabels[kind].toLowerCase()}
          </li>
        ))}
      </ul>
      <p className="relation__explanation" data-testid="relation-explanation">
        {relation.explanation}
      </p>
    </div>
  );
}
