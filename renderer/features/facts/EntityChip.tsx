import { CloseIcon } from '../../components/icons';
import type { EntityScope } from './useFacts';
import './facts.css';

interface EntityChipProps {
  scope: EntityScope;
  /** What the narrowing applies to, in words: "2 of 5 sources". */
  detail?: string | undefined;
  onClear(): void;
}

/** "Entity: Jo Chun Ryong ×": what a list is narrowed to, and the way back. */
export function EntityChip({ scope, detail, onClear }: EntityChipProps) {
  return (
    <div className="entity-scope" data-testid="entity-scope">
      <span className="entity-chip" data-testid="entity-chip">
        <span className="entity-chip__name">Entity: {scope.entity.name}</span>
        <button
          type="button"
          className="entity-chip__clear"
          aria-label={`Clear the filter by ${scope.entity.name}`}
          title="Show everything again"
          data-testid="clear-entity"
          onClick={onClear}
        >
          <CloseIcon />
        </button>
      </span>
      {scope.error ? (
        <span className="entity-scope__detail" role="alert">
          {scope.error}
        </span>
      ) : scope.mentions === null ? (
        <span className="entity-scope__detail">Finding mentions…</span>
      ) : detail ? (
        <span className="entity-scope__detail tabular">{detail}</span>
      ) : null}
    </div>
  );
}
