import type { SourceSummary, TagInfo } from '../../../preload/contract';
import type { ClaimFilter, ClaimSort } from './claimFilters';
import { claimSortLabels } from './claimFilters';
import { credibilities, credibilityText, isCredibility } from './grades';
import { tagPath } from './tagOptions';

interface ClaimFiltersProps {
  filter: ClaimFilter;
  sort: ClaimSort;
  tags: readonly TagInfo[];
  tagsById: ReadonlyMap<number, TagInfo>;
  sources: readonly SourceSummary[];
  labels: ReadonlyMap<number, string>;
  onFilter(filter: ClaimFilter): void;
  onSort(sort: ClaimSort): void;
}

const sorts = Object.keys(claimSortLabels) as ClaimSort[];

export function ClaimFilters({
  filter,
  sort,
  tags,
  tagsById,
  sources,
  labels,
  onFilter,
  onSort,
}: ClaimFiltersProps) {
  return (
    <div className="claim-filters">
      <input
        className="input input--compact claim-filters__text"
        type="search"
        placeholder="Filter claims…"
        aria-label="Filter claims by text"
        data-testid="claims-filter-text"
        value={filter.text}
        onChange={(event) => onFilter({ ...filter, text: event.target.value })}
      />
      <div className="claim-filters__row">
        <select
          className="select select--compact"
          aria-label="Filter by tag"
          data-testid="claims-filter-tag"
          value={filter.tagIds[0] ?? ''}
          onChange={(event) => {
            const id = Number(event.target.value);
            onFilter({ ...filter, tagIds: id ? [id] : [] });
          }}
        >
          <option value="">All tags</option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tagPath(tag, tagsById)}
            </option>
          ))}
        </select>
        <select
          className="select select--compact"
          aria-label="Filter by source"
          data-testid="claims-filter-source"
          value={filter.sourceId ?? ''}
          onChange={(event) => {
            const id = Number(event.target.value);
            onFilter({ ...filter, sourceId: id ? id : null });
          }}
        >
          <option value="">All sources</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {labels.get(source.id) ?? source.fileName}
            </option>
          ))}
        </select>
        <select
          className="select select--compact"
          aria-label="Filter by grade"
          data-testid="claims-filter-grade"
          value={filter.credibility ?? ''}
          onChange={(event) => {
            const grade = Number(event.target.value);
            onFilter({ ...filter, credibility: isCredibility(grade) ? grade : null });
          }}
        >
          <option value="">All grades</option>
          {credibilities.map((grade) => (
            <option key={grade} value={grade}>
              {credibilityText(grade)}
            </option>
          ))}
        </select>
        <select
          className="select select--compact"
          aria-label="Sort claims"
          data-testid="claims-sort"
          value={sort}
          onChange={(event) => {
            const value = sorts.find((each) => each === event.target.value);
            if (value) onSort(value);
          }}
        >
          {sorts.map((each) => (
            <option key={each} value={each}>
              {claimSortLabels[each]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
