import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ClaimSummary, SourceSummary, TagInfo } from '../../../preload/contract';
import { EntityChip } from '../facts/EntityChip';
import { claimsMentioning } from '../facts/factsFilters';
import { useMentionedClaimMarks } from '../facts/useFacts';
import type { EntityScope } from '../facts/useFacts';
import { formatCount } from '../sources/format';
import { ClaimFilters } from './ClaimFilters';
import {
  emptyClaimFilter,
  filterClaims,
  isFiltering,
  sortClaims,
  withDescendants,
} from './claimFilters';
import type { ClaimFilter, ClaimSort } from './claimFilters';
import { credibilityLabels, independentText } from './grades';
import { TagChip } from './TagChip';
import { useClaims } from './useClaimsData';

interface ClaimsPanelProps {
  tags: readonly TagInfo[];
  tagsById: ReadonlyMap<number, TagInfo>;
  sources: readonly SourceSummary[];
  selectedClaimId: number | null;
  onSelect(claimId: number): void;
  onReveal(claimId: number, sourceId: number): void;
  /** Opens the export dialog with the claims shown (null: no filter is set). */
  onExport(filteredClaimIds: number[] | null): void;
  /** Only claims mentioning this entity (Facts › Entities), when one is chosen. */
  entityScope?: EntityScope | null;
  onClearEntity?(): void;
}

const rowHeight = 92;

/** Every claim in the case, filtered and sorted; a virtual list so thousands stay smooth. */
export function ClaimsPanel(props: ClaimsPanelProps) {
  const { tags, tagsById, sources, selectedClaimId, onSelect, onReveal, onExport } = props;
  const entityScope = props.entityScope ?? null;
  const { state } = useClaims(true);
  const entityMarks = useMentionedClaimMarks(entityScope);
  const [filter, setFilter] = useState<ClaimFilter>(emptyClaimFilter);
  const [sort, setSort] = useState<ClaimSort>('newest');
  const scrollRef = useRef<HTMLDivElement>(null);

  const sourceOrder = useMemo(
    () => new Map(sources.map((source, index) => [source.id, index])),
    [sources],
  );
  const labels = useMemo(
    () => new Map(sources.map((source) => [source.id, source.label])),
    [sources],
  );
  const all = state.status === 'ready' ? state.data : null;
  const marks = entityMarks.state.status === 'ready' ? entityMarks.state.data : null;
  const mentioning = useMemo(() => {
    if (!all || !entityScope) return null;
    if (!entityScope.mentions || !marks) return new Set<number>();
    return claimsMentioning(all, marks, entityScope.mentions, entityScope.entity.variants);
  }, [all, entityScope, marks]);
  const claims = useMemo(() => {
    if (!all) return [];
    const tagIds = withDescendants(filter.tagIds, tags);
    const names = new Map(tags.map((tag) => [tag.id, tag.name]));
    const inScope = mentioning ? all.filter((claim) => mentioning.has(claim.id)) : all;
    return sortClaims(filterClaims(inScope, { ...filter, tagIds }, names), sort, sourceOrder);
  }, [all, filter, sort, tags, sourceOrder, mentioning]);
  const narrowed = isFiltering(filter) || mentioning !== null;

  // TanStack Virtual hands back functions React Compiler cannot memoise; this list is not compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: claims.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });

  const selectedIndex = claims.findIndex((claim) => claim.id === selectedClaimId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (claims.length === 0) return;
    const move = (index: number) => {
      const claim = claims[Math.max(0, Math.min(index, claims.length - 1))];
      if (claim) onSelect(claim.id);
    };
    if (event.key === 'ArrowDown') move(selectedIndex + 1);
    else if (event.key === 'ArrowUp') move(selectedIndex < 0 ? 0 : selectedIndex - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(claims.length - 1);
    else if (event.key === 'PageDown') move(selectedIndex + 8);
    else if (event.key === 'PageUp') move(selectedIndex - 8);
    else if (event.key === 'Enter') {
      const claim = claims[selectedIndex];
      if (claim) onReveal(claim.id, claim.sourceId);
    } else return;
    event.preventDefault();
  };

  return (
    <section className="claims-panel" data-testid="claims-panel" aria-label="Claims">
      <ClaimFilters
        filter={filter}
        sort={sort}
        tags={tags}
        tagsById={tagsById}
        sources={sources}
        labels={labels}
        onFilter={setFilter}
        onSort={setSort}
      />
      {entityScope ? (
        <EntityChip
          scope={entityScope}
          detail={
            mentioning && all
              ? `${mentioning.size} of ${formatCount(all.length, 'claim')} ${mentioning.size === 1 ? 'mentions' : 'mention'} it${entityMarks.partial ? ' (in many sources: matched by quote words past the first 300)' : ''}`
              : undefined
          }
          onClear={() => props.onClearEntity?.()}
        />
      ) : null}
      <div className="claims-panel__bar">
        <span className="claims-panel__count" data-testid="claims-count">
          {all === null
            ? state.status === 'error'
              ? state.error.message
              : 'Loading claims…'
            : narrowed
              ? `${formatCount(claims.length, 'claim')} of ${all.length}`
              : formatCount(all.length, 'claim')}
        </span>
        <button
          type="button"
          className="button button--quiet claims-panel__export"
          disabled={all === null || all.length === 0}
          title={narrowed ? 'Export the claims shown' : 'Export every claim'}
          onClick={() => onExport(narrowed ? claims.map((claim) => claim.id) : null)}
        >
          Export…
        </button>
      </div>
      <div
        ref={scrollRef}
        className="claims-panel__scroll"
        role="listbox"
        aria-label="Claims"
        tabIndex={0}
        aria-activedescendant={selectedIndex >= 0 ? `claim-row-${selectedClaimId}` : undefined}
        data-testid="claims-list"
        onKeyDown={onKeyDown}
      >
        {all !== null && all.length === 0 ? (
          <p className="claims-panel__empty">
            No claims yet. Select a passage in a column and choose “Tag as claim”.
          </p>
        ) : null}
        <div className="claims-panel__sizer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const claim = claims[item.index];
            if (!claim) return null;
            return (
              <ClaimRow
                key={claim.id}
                claim={claim}
                top={item.start}
                index={item.index}
                measure={virtualizer.measureElement}
                selected={claim.id === selectedClaimId}
                label={labels.get(claim.sourceId) ?? `#${claim.sourceId}`}
                tagsById={tagsById}
                onSelect={onSelect}
                onReveal={onReveal}
              />
            );
          })}
        </div>
      </div>
    </section>
  );
}

interface ClaimRowProps {
  claim: ClaimSummary;
  top: number;
  index: number;
  measure(element: HTMLElement | null): void;
  selected: boolean;
  label: string;
  tagsById: ReadonlyMap<number, TagInfo>;
  onSelect(claimId: number): void;
  onReveal(claimId: number, sourceId: number): void;
}

function ClaimRow({
  claim,
  top,
  index,
  measure,
  selected,
  label,
  tagsById,
  onSelect,
  onReveal,
}: ClaimRowProps) {
  return (
    <div
      ref={measure}
      id={`claim-row-${claim.id}`}
      role="option"
      aria-selected={selected}
      data-index={index}
      data-testid="claim-row"
      data-claim-id={claim.id}
      className="claim-row"
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onSelect(claim.id)}
      onDoubleClick={() => onReveal(claim.id, claim.sourceId)}
    >
      <div className="claim-row__quote">{claim.quote}</div>
      <div className="claim-row__meta">
        <span className="source-label">{label}</span>
        {claim.tagIds.slice(0, 3).map((id) => {
          const tag = tagsById.get(id);
          return tag ? <TagChip key={id} tag={tag} /> : null;
        })}
        {claim.tagIds.length > 3 ? (
          <span className="claim-row__more">+{claim.tagIds.length - 3}</span>
        ) : null}
      </div>
      <div className="claim-row__grades tabular">
        <span
          className="grade-badge"
          data-grade={claim.credibility}
          title={`Your grade: ${claim.credibility} ${credibilityLabels[claim.credibility]}`}
          data-testid="row-credibility"
        >
          {claim.credibility}
        </span>
        <span
          className="grade-badge grade-badge--suggested"
          title={`Suggested: ${claim.suggestedCredibility} ${credibilityLabels[claim.suggestedCredibility]}`}
          data-testid="row-suggested"
        >
          {claim.suggestedCredibility}?
        </span>
        <span className="claim-row__independent" data-testid="row-independent">
          {independentText(claim.independentSources)}
        </span>
        {claim.independentContradictions > 0 ? (
          <span
            className="claim-row__contradicted"
            title={`${claim.independentContradictions} independent ${claim.independentContradictions === 1 ? 'contradiction' : 'contradictions'}`}
          >
            {claim.independentContradictions} against
          </span>
        ) : null}
      </div>
    </div>
  );
}
