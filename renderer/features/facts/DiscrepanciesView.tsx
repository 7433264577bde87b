import type { Discrepancy, DiscrepancyKind, DiscrepancySide } from '../../../preload/contract';
import { formatCount } from '../sources/format';
import { FactsList } from './FactsList';
import { passageParts } from './passageParts';

interface DiscrepanciesViewProps {
  discrepancies: readonly Discrepancy[];
  label(sourceId: number): string;
  onReveal(side: DiscrepancySide): void;
  onMakeClaim(discrepancy: Discrepancy): void;
  /** The discrepancy being turned into a claim. */
  making: string | null;
}

const kindLabels: Record<DiscrepancyKind, string> = {
  number: 'Number',
  date: 'Date',
  time: 'Time',
  place: 'Place',
  person: 'Person',
  speaker: 'Speaker',
  other: 'Detail',
};

/** Facts that passages saying the same thing state differently, both passages side by side. */
export function DiscrepanciesView(props: DiscrepanciesViewProps) {
  const { discrepancies, label, onReveal, onMakeClaim, making } = props;
  return (
    <div className="facts-view" data-testid="facts-discrepancies">
      <p className="facts-count tabular" role="status" data-testid="discrepancies-count">
        {formatCount(discrepancies.length, 'discrepancy', 'discrepancies')}
      </p>
      {discrepancies.length === 0 ? (
        <p className="facts-empty">No facts differ between passages that say the same thing.</p>
      ) : null}
      <FactsList
        items={discrepancies}
        getKey={(discrepancy) => discrepancy.id}
        estimateSize={170}
        label="Discrepancies"
        testId="discrepancies-list"
        onActivate={(discrepancy) => onReveal(discrepancy.a)}
        rowProps={() => ({ 'data-testid': 'discrepancy' })}
        renderRow={(discrepancy) => (
          <>
            <div className="facts-discrepancy__head">
              <span className="facts-kind" data-kind={discrepancy.kind}>
                {kindLabels[discrepancy.kind]}
              </span>
              <span
                className="facts-discrepancy__description"
                data-testid="discrepancy-description"
              >
                {discrepancy.description}
              </span>
            </div>
            <div className="facts-sides">
              {[discrepancy.a, discrepancy.b].map((side, index) => (
                <button
                  key={index}
                  type="button"
                  className="facts-side"
                  data-testid="discrepancy-side"
                  data-source-id={side.sourceId}
                  title="Show this passage in the reader"
                  onClick={() => onReveal(side)}
                >
                  <span className="source-label">{label(side.sourceId)}</span>
                  <span className="facts-side__text" data-testid="discrepancy-passage">
                    {passageParts(side).map((part, partIndex) =>
                      part.differs ? (
                        <mark key={partIndex} className="facts-mark" data-testid="discrepancy-mark">
                          {part.text}
                        </mark>
                      ) : (
                        <span key={partIndex}>{part.text}</span>
                      ),
                    )}
                  </span>
                </button>
              ))}
            </div>
            <div className="facts-actions">
              <button
                type="button"
                className="button button--compact"
                data-testid="make-claim"
                disabled={making !== null}
                title={`A claim on ${label(discrepancy.a.sourceId)}’s passage, contradicted by ${label(discrepancy.b.sourceId)}’s`}
                onClick={() => onMakeClaim(discrepancy)}
              >
                {making === discrepancy.id ? 'Making claim…' : 'Make claim'}
              </button>
            </div>
          </>
        )}
      />
    </div>
  );
}
