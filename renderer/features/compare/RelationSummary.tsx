import type { SourceRelation, Span } from '../../../preload/contract';
import { formatPercent, formatScore, kindLabels, passageKinds, verdictLabel } from './kinds';
import { copiedRunSides, copiedRunsHeading, directionText } from './relationText';

interface RelationSummaryProps {
  relation: SourceRelation;
  /** "#002", where space is tight: the heading, copied runs, coverage. */
  label(sourceId: number): string;
  /** "AP · 12 Sep 2023 · #002", in the sentence saying who copied whom. */
  name(sourceId: number): string;
  /** The full label and title, for tooltips. */
  title(sourceId: number): string;
  /** A source's paragraphs once its text has loaded, to place copied runs by paragraph. */
  paragraphs(sourceId: number): readonly Span[] | undefined;
}

/** Runs listed before "and N more": the card stays a summary. */
const listedRuns = 4;

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

/** "#000 ¶ 3–7 ↔ #001 ¶ 1–5", wrapping only between the two places. */
function CopiedRunPlaces({ sides }: { sides: readonly [string, string] }) {
  return (
    <>
      <span className="relation__run-place">{sides[0]}</span> ↔{' '}
      <span className="relation__run-place">{sides[1]}</span>
    </>
  );
}

/** The verdict on one pair of sources, with the figures and words that support it. */
export function RelationSummary({
  relation,
  label,
  name,
  title,
  paragraphs,
}: RelationSummaryProps) {
  const { a, b, direction, copiedRuns } = relation;
  const heading = direction
    ? `${label(direction.copy)} ← ${label(direction.origin)}`
    : `${label(a)} ↔ ${label(b)}`;
  return (
    <div
      className="relation"
      data-testid="relation-panel"
      data-verdict={relation.verdict}
      data-extent={relation.extent ?? undefined}
    >
      <div className="relation__head">
        <span
          className="verdict-badge"
          data-verdict={relation.verdict}
          data-extent={relation.extent ?? undefined}
          data-testid="verdict-badge"
        >
          {verdictLabel(relation)}
        </span>
        <span
          className="relation__pair tabular"
          data-testid="relation-pair"
          title={
            direction
              ? `${title(direction.copy)}\n← ${title(direction.origin)}`
              : `${title(a)}\n↔ ${title(b)}`
          }
        >
          {heading}
        </span>
      </div>
      <p className="relation__direction" data-testid="relation-direction">
        {directionText(relation, name)}
      </p>
      {direction?.evidence ? (
        <p className="relation__evidence" data-testid="relation-evidence">
          <span className="relation__evidence-label">Evidence</span> {direction.evidence}
        </p>
      ) : null}
      {copiedRuns.length > 0 ? (
        <div className="relation__runs" data-testid="copied-runs">
          <span className="relation__runs-heading">{copiedRunsHeading(copiedRuns)}</span>
          {/* One run reads as one line; several as a short list. */}
          <ul data-inline={copiedRuns.length === 1 || undefined}>
            {copiedRuns.slice(0, listedRuns).map((run) => (
              <li
                key={`${run.a.start}:${run.b.start}`}
                className="tabular"
                data-testid="copied-run"
              >
                <CopiedRunPlaces sides={copiedRunSides(run, relation, label, paragraphs)} />
              </li>
            ))}
            {copiedRuns.length > listedRuns ? (
              <li className="relation__runs-more">and {copiedRuns.length - listedRuns} more</li>
            ) : null}
          </ul>
        </div>
      ) : null}
      <dl className="relation__figures tabular">
        <dt>Similarity</dt>
        <dd data-testid="relation-similarity">
          <Meter value={relation.similarity} label="Similarity" />
          <span>{formatScore(relation.similarity)}</span>
        </dd>
        <dt title={`Share of ${name(a)} covered by aligned passages`}>Coverage {label(a)}</dt>
        <dd data-testid="relation-coverage" data-side="a">
          <Meter value={relation.coverage[0]} label={`Coverage of ${label(a)}`} />
          <span>{formatPercent(relation.coverage[0])}</span>
        </dd>
        <dt title={`Share of ${name(b)} covered by aligned passages`}>Coverage {label(b)}</dt>
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
