import type { SourceSummary } from '../../../preload/contract';
import { sourceTitle } from '../sources/format';
import { PassageDetail } from './PassageDetail';
import { RelationSummary } from './RelationSummary';
import { SubstitutionTable } from './SubstitutionTable';
import './compare-panel.css';
import type { CompareModel } from './useCompareModel';

interface ComparePanelProps {
  model: CompareModel;
  activeColumn: number;
  summaries: ReadonlyMap<number, SourceSummary>;
  onActivateColumn(index: number): void;
}

/** The pair a column's panel describes: the one to its right, or to its left for the last. */
export function activePairIndex(activeColumn: number, columnCount: number): number {
  return Math.max(0, Math.min(activeColumn, columnCount - 2));
}

/**
 * Below the columns: how the active pair relates (verdict, figures, explanation, word swaps)
 * and, once a passage is selected, that passage beside its counterparts.
 */
export function ComparePanel({
  model,
  activeColumn,
  summaries,
  onActivateColumn,
}: ComparePanelProps) {
  const pairIndex = activePairIndex(activeColumn, model.sourceIds.length);
  const pair = model.pairStates[pairIndex];
  const label = (id: number) => model.labels.get(id) ?? `#${id}`;
  const name = (id: number) => model.names.get(id) ?? label(id);
  const title = (id: number) => {
    const summary = summaries.get(id);
    return summary ? `${name(id)}: ${sourceTitle(summary)}` : name(id);
  };
  const texts = new Map<number, string>();
  for (const [id, state] of model.details)
    if (state.status === 'ready') texts.set(id, state.data.text);
  const paragraphs = (id: number) => {
    const state = model.details.get(id);
    return state?.status === 'ready' ? state.data.paragraphs : undefined;
  };

  return (
    <section className="compare-panel" aria-label="Comparison" data-testid="compare-panel">
      {model.pairStates.length > 1 ? (
        <div className="compare-panel__tabs" role="tablist" aria-label="Column pairs">
          {model.pairStates.map((candidate, index) => (
            <button
              key={candidate.key}
              type="button"
              role="tab"
              aria-selected={index === pairIndex}
              className="compare-panel__tab tabular"
              data-testid="pair-tab"
              title={`${title(candidate.a)}\n${title(candidate.b)}`}
              onClick={() => onActivateColumn(index)}
            >
              <span className="column-pill" aria-hidden="true">
                {index + 1}
              </span>
              {label(candidate.a)} ↔ {label(candidate.b)}
              <span className="column-pill" aria-hidden="true">
                {index + 2}
              </span>
            </button>
          ))}
        </div>
      ) : null}
      <div className="compare-panel__body">
        <div className="compare-panel__pane compare-panel__pane--relation">
          {pair?.state.status === 'ready' ? (
            <RelationSummary
              relation={pair.state.data.relation}
              label={label}
              name={name}
              title={title}
              paragraphs={paragraphs}
            />
          ) : pair?.state.status === 'error' ? (
            <p className="compare-panel__empty" role="alert">
              {name(pair.a)} and {name(pair.b)} could not be compared: {pair.state.error.message}
            </p>
          ) : (
            <p className="compare-panel__empty" role="status">
              Comparing {pair ? `${name(pair.a)} and ${name(pair.b)}` : 'sources'}…
            </p>
          )}
        </div>
        <div className="compare-panel__pane compare-panel__pane--substitutions">
          {pair?.state.status === 'ready' ? (
            <SubstitutionTable
              substitutions={pair.state.data.substitutions}
              fromLabel={label(pair.a)}
              toLabel={label(pair.b)}
              fromTitle={title(pair.a)}
              toTitle={title(pair.b)}
            />
          ) : null}
        </div>
        <div className="compare-panel__pane compare-panel__pane--passage">
          <PassageDetail
            passages={model.marks?.direct ?? []}
            pairs={model.pairs}
            texts={texts}
            label={label}
            title={title}
          />
        </div>
      </div>
    </section>
  );
}
