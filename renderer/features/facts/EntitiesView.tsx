import { useMemo, useState } from 'react';
import type { EntityEdit, EntityKind, EntitySummary } from '../../../preload/contract';
import type { EntityChoice } from '../../app/store';
import { formatCount } from '../sources/format';
import { filterEntities } from './factsFilters';
import { FactsList } from './FactsList';

interface EntitiesViewProps {
  entities: readonly EntitySummary[];
  chosenKey: string | null;
  label(sourceId: number): string;
  onChoose(entity: EntityChoice | null): void;
  onEdit(edit: EntityEdit): void;
  /** An edit is on its way: actions wait. */
  busy: boolean;
}

export const entityKindLabels: Record<EntityKind, string> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organisation',
};

const kindOptions: { value: EntityKind | ''; label: string }[] = [
  { value: '', label: 'All kinds' },
  { value: 'person', label: 'People' },
  { value: 'place', label: 'Places' },
  { value: 'organization', label: 'Organisations' },
];

/** How many sources a row names before "+n more". */
const countsShown = 6;

/** People, places and organisations with their variants and counts; choose one to narrow. */
export function EntitiesView(props: EntitiesViewProps) {
  const { entities, chosenKey, label, onChoose, onEdit, busy } = props;
  const [kind, setKind] = useState<EntityKind | null>(null);
  const [text, setText] = useState('');
  const [merging, setMerging] = useState<string | null>(null);
  const shown = useMemo(() => filterEntities(entities, { kind, text }), [entities, kind, text]);
  const choose = (entity: EntitySummary) =>
    onChoose(
      entity.key === chosenKey
        ? null
        : { key: entity.key, name: entity.name, variants: entity.variants },
    );
  return (
    <div className="facts-view" data-testid="facts-entities">
      <div className="facts-toolbar">
        <input
          className="input facts-toolbar__text"
          type="search"
          placeholder="Filter names"
          aria-label="Filter entities"
          data-testid="entities-filter"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <select
          className="select"
          aria-label="Kind"
          data-testid="entities-kind"
          value={kind ?? ''}
          onChange={(event) => setKind((event.target.value || null) as EntityKind | null)}
        >
          {kindOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <p className="facts-count tabular" role="status" data-testid="entities-count">
        {shown.length === entities.length
          ? formatCount(entities.length, 'entity', 'entities')
          : `${formatCount(shown.length, 'entity', 'entities')} of ${entities.length}`}
      </p>
      <FactsList
        items={shown}
        getKey={(entity) => entity.key}
        estimateSize={96}
        label="Entities"
        testId="entities-list"
        onActivate={choose}
        rowProps={(entity) => ({
          'data-testid': 'entity-row',
          'data-entity-key': entity.key,
          'aria-current': entity.key === chosenKey ? 'true' : undefined,
        })}
        renderRow={(entity) => (
          <EntityRow
            entity={entity}
            entities={entities}
            chosen={entity.key === chosenKey}
            merging={merging === entity.key}
            busy={busy}
            label={label}
            onChoose={() => choose(entity)}
            onStartMerge={() => setMerging(merging === entity.key ? null : entity.key)}
            onEdit={(edit) => {
              setMerging(null);
              onEdit(edit);
            }}
          />
        )}
      />
    </div>
  );
}

interface EntityRowProps {
  entity: EntitySummary;
  entities: readonly EntitySummary[];
  chosen: boolean;
  merging: boolean;
  busy: boolean;
  label(sourceId: number): string;
  onChoose(): void;
  onStartMerge(): void;
  onEdit(edit: EntityEdit): void;
}

function EntityRow(props: EntityRowProps) {
  const { entity, chosen, merging, busy, label, onChoose, onStartMerge, onEdit } = props;
  const more = entity.counts.length - countsShown;
  return (
    <>
      <div className="facts-entity__head">
        <span className="facts-entity__name" data-testid="entity-name">
          {entity.name}
        </span>
        <span className="facts-kind" data-kind={entity.kind}>
          {entityKindLabels[entity.kind]}
        </span>
        <span className="facts-entity__total tabular" title="Mentions in all sources">
          {formatCount(entity.total, 'mention')}
        </span>
      </div>
      {entity.variants.length > 1 ? (
        <ul className="facts-variants" aria-label="Spellings merged" data-testid="entity-variants">
          {entity.variants.map((variant) => (
            <li key={variant} className="facts-variant" data-testid="entity-variant">
              <span>{variant}</span>
              <button
                type="button"
                className="facts-variant__split"
                aria-label={`Split “${variant}” out of ${entity.name}`}
                title="Split this spelling out into its own entity"
                disabled={busy}
                onClick={() => onEdit({ kind: 'split', variant })}
              >
                Split
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p
        className="facts-counts tabular"
        data-testid="entity-counts"
        title="Mentions in each source, most first"
      >
        {entity.counts.slice(0, countsShown).map((count) => (
          <span key={count.sourceId} className="facts-counts__item">
            <span className="source-label">{label(count.sourceId)}</span>
            {count.count}
          </span>
        ))}
        {more > 0 ? <span className="facts-counts__more">+{more} more sources</span> : null}
      </p>
      <div className="facts-actions">
        <button
          type="button"
          className="button button--compact"
          data-testid="choose-entity"
          aria-pressed={chosen}
          onClick={onChoose}
        >
          {chosen ? 'Clear filter' : 'Filter by this'}
        </button>
        <button
          type="button"
          className="button button--quiet button--compact"
          aria-expanded={merging}
          data-testid="merge-entity"
          disabled={busy}
          onClick={onStartMerge}
        >
          Merge into…
        </button>
      </div>
      {merging ? <MergePicker {...props} /> : null}
    </>
  );
}

/** Finds the entity to merge this one into, by name; the same kind first. */
function MergePicker({ entity, entities, onEdit }: EntityRowProps) {
  const [text, setText] = useState('');
  const candidates = useMemo(() => {
    const others = filterEntities(entities, { kind: null, text }).filter(
      (other) => other.key !== entity.key,
    );
    const sameKind = others.filter((other) => other.kind === entity.kind);
    return [...sameKind, ...others.filter((other) => other.kind !== entity.kind)].slice(0, 6);
  }, [entities, entity, text]);
  return (
    <div className="facts-merge" data-testid="merge-picker">
      <input
        className="input"
        type="search"
        // The picker opens on request, so the field it asks for takes the focus.
        autoFocus
        aria-label={`Merge ${entity.name} into`}
        placeholder={`Merge ${entity.name} into…`}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <ul className="facts-merge__options">
        {candidates.map((other) => (
          <li key={other.key}>
            <button
              type="button"
              className="facts-merge__option"
              data-testid="merge-candidate"
              onClick={() => onEdit({ kind: 'merge', from: entity.key, into: other.key })}
            >
              {other.name}
              <span className="facts-kind" data-kind={other.kind}>
                {entityKindLabels[other.kind]}
              </span>
            </button>
          </li>
        ))}
        {candidates.length === 0 ? <li className="facts-empty">No entity by that name.</li> : null}
      </ul>
    </div>
  );
}
