import { useMemo } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type {
  PassageRef,
  Reliability,
  SearchFilters,
  SearchGroup,
  SearchHints,
  SearchHit,
  SearchSnippet,
  SourceSummary,
  TagInfo,
} from '../../../preload/contract';
import { AlertIcon, PlusIcon } from '../../components/icons';
import { hitPassage } from './hitPassages';
import type { SearchState } from './useSearch';

interface SearchResultsProps {
  search: SearchState;
  sources: readonly SourceSummary[];
  tags: readonly TagInfo[];
  onOpenHit(group: SearchGroup, hit: SearchHit): void;
  /** "Add to claim…" on a passage hit: its matched words become the claim's passage. */
  onAddHitToClaim(passage: PassageRef): void;
  /** "Tag all hits…": every passage hit of this search, reviewed, then linked to one claim. */
  onTagAllHits(): void;
  /** Set by the box's Arrow Down: focus the first hit. */
  listRef: React.RefObject<HTMLOListElement | null>;
}

const GRADES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/** Ranked results grouped by source, with highlighted snippets, counts and filters. */
export function SearchResults(props: SearchResultsProps) {
  const { search, sources, tags, onOpenHit, onAddHitToClaim, onTagAllHits, listRef } = props;
  const { response, failure, pending, status, filters } = search;
  const passageHits = (response?.groups ?? []).some((group) =>
    group.hits.some((hit) => hitPassage(group.sourceId, hit) !== null),
  );
  const outlets = useMemo(
    () => [...new Set(sources.map((source) => source.outlet).filter(Boolean))].sort(),
    [sources],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = Array.from(
      listRef.current?.querySelectorAll<HTMLButtonElement>('[data-testid="search-hit"]') ?? [],
    );
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      buttons[Math.min(buttons.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <div className="search-results" data-testid="search-results">
      <SearchFiltersBar
        filters={filters}
        onChange={search.setFilters}
        outlets={outlets}
        tags={tags}
      />
      <div className="search-results__bar">
        <p className="search-results__summary tabular" role="status" data-testid="search-summary">
          {summaryLine(search)}
          {status?.state === 'indexing' ? (
            <span className="search-results__indexing">
              {' '}
              · indexing {status.indexedSources} of {status.totalSources} sources…
            </span>
          ) : null}
        </p>
        {passageHits ? (
          <button
            type="button"
            className="button button--quiet button--compact search-results__tag-all"
            data-testid="tag-all-hits"
            title="Link every passage hit of this search to one claim, after a review"
            onClick={onTagAllHits}
          >
            Tag all hits…
          </button>
        ) : null}
      </div>
      {response?.hints ? (
        <SearchHintsLine hints={response.hints} onSearch={search.setQuery} />
      ) : null}
      {response?.error ? (
        <div className="search-error" role="alert" data-testid="search-error">
          <AlertIcon />
          <span>{response.error.message}</span>
        </div>
      ) : null}
      {failure ? (
        <div className="search-error" role="alert">
          <AlertIcon />
          <span>{failure}</span>
        </div>
      ) : null}
      <ol
        ref={listRef}
        className="search-groups"
        aria-label="Search results"
        aria-busy={pending}
        onKeyDown={onKeyDown}
      >
        {(response?.groups ?? []).map((group) => (
          <li
            key={group.sourceId ?? 'case'}
            className="search-group"
            data-testid="search-group"
            data-source-id={group.sourceId ?? ''}
          >
            <div className="search-group__header">
              <span className="search-group__title" data-testid="search-group-title">
                {group.title}
              </span>
              <span className="search-group__meta tabular">
                {[
                  group.label || group.outlet,
                  `${group.hitCount} ${group.hitCount === 1 ? 'hit' : 'hits'}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </div>
            <ul className="search-hits">
              {group.hits.map((hit, index) => {
                const passage = hitPassage(group.sourceId, hit);
                return (
                  <li key={index} className="search-hits__item">
                    <button
                      type="button"
                      className="search-hit"
                      data-testid="search-hit"
                      data-kind={hit.kind}
                      onClick={() => onOpenHit(group, hit)}
                    >
                      {hit.kind !== 'passage' ? (
                        <span className="search-hit__kind">{kindLabel[hit.kind]}</span>
                      ) : null}
                      <SnippetText snippet={hit.snippet} />
                    </button>
                    {passage ? (
                      <button
                        type="button"
                        className="search-hit__link"
                        data-testid="add-hit-to-claim"
                        aria-label={`Add this passage of ${group.label || `“${group.title}”`} to a claim`}
                        title="Add to claim…"
                        onClick={() => onAddHitToClaim(passage)}
                      >
                        <PlusIcon />
                      </button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

const kindLabel: Record<SearchHit['kind'], string> = {
  passage: 'Passage',
  title: 'Title',
  claim: 'Claim',
  note: 'Note',
};

function summaryLine(search: SearchState): string {
  const { response, pending } = search;
  if (!response) return pending ? 'Searching…' : '';
  if (response.error) return 'The query could not be run.';
  const hits = `${response.hitCount} ${response.hitCount === 1 ? 'hit' : 'hits'}`;
  const sources = `${response.sourceCount} ${response.sourceCount === 1 ? 'source' : 'sources'}`;
  return response.hitCount === 0 ? 'No hits.' : `${hits} in ${sources}`;
}

/** A snippet with its hits in <mark>, offsets in code points. */
export function SnippetText({ snippet }: { snippet: SearchSnippet }) {
  const points = Array.from(snippet.text);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [index, { start, end }] of snippet.highlights.entries()) {
    if (start > at) parts.push(points.slice(at, start).join(''));
    parts.push(
      <mark key={index} className="search-mark" data-testid="search-mark">
        {points.slice(start, end).join('')}
      </mark>,
    );
    at = end;
  }
  if (at < points.length) parts.push(points.slice(at).join(''));
  return <span className="search-hit__snippet">{parts}</span>;
}

function SearchFiltersBar({
  filters,
  onChange,
  outlets,
  tags,
}: {
  filters: SearchFilters;
  onChange(filters: SearchFilters): void;
  outlets: readonly string[];
  tags: readonly TagInfo[];
}) {
  const set = (patch: Partial<SearchFilters>) => {
    const next: SearchFilters = { ...filters, ...patch };
    for (const key of Object.keys(next) as Array<keyof SearchFilters>) {
      const value = next[key];
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
        delete next[key];
    }
    onChange(next);
  };
  return (
    <div className="search-filters" data-testid="search-filters">
      <select
        aria-label="Outlet"
        value={filters.outlets?.[0] ?? ''}
        onChange={(event) => set({ outlets: event.target.value ? [event.target.value] : [] })}
      >
        <option value="">Any outlet</option>
        {outlets.map((outlet) => (
          <option key={outlet} value={outlet}>
            {outlet}
          </option>
        ))}
      </select>
      <select
        aria-label="Grade"
        value={filters.grades?.[0] ?? ''}
        onChange={(event) =>
          set({ grades: event.target.value ? [event.target.value as Reliability] : [] })
        }
      >
        <option value="">Any grade</option>
        {GRADES.map((grade) => (
          <option key={grade} value={grade}>
            Grade {grade}
          </option>
        ))}
      </select>
      <select
        aria-label="Tag"
        value={filters.tagIds?.[0] ?? ''}
        onChange={(event) =>
          set({ tagIds: event.target.value ? [Number(event.target.value)] : [] })
        }
      >
        <option value="">Any tag</option>
        {tags.map((tag) => (
          <option key={tag.id} value={tag.id}>
            {tag.name}
          </option>
        ))}
      </select>
      <input
        type="date"
        aria-label="Published from"
        value={filters.dateFrom ?? ''}
        onChange={(event) => set({ dateFrom: event.target.value })}
      />
      <input
        type="date"
        aria-label="Published until"
        value={filters.dateTo ?? ''}
        onChange={(event) => set({ dateTo: event.target.value })}
      />
    </div>
  );
}

/**
 * How the query was read: a word no source holds, with the nearest one to search for instead;
 * several words looked for as any of them, and how to require one.
 */
function SearchHintsLine({
  hints,
  onSearch,
}: {
  hints: SearchHints;
  onSearch(query: string): void;
}) {
  const [first, second] = hints.anyOf ?? [];
  return (
    <div className="search-hints" data-testid="search-hints">
      {(hints.didYouMean ?? []).map(({ word, suggestion, query }) => (
        <p key={word} className="search-hints__line" data-testid="search-did-you-mean">
          No source has “{word}”. Did you mean{' '}
          <button
            type="button"
            className="search-hints__suggestion"
            title={`Search for ${query}`}
            onClick={() => onSearch(query)}
          >
            {suggestion}
          </button>
          ?
        </p>
      ))}
      {first && second ? (
        <p className="search-hints__line" data-testid="search-any-of">
          Hits hold any of {hints.anyOf?.map((word) => `“${word}”`).join(', ')}, those with more
          first. Put + before a word to require it:{' '}
          <code>
            +{first} +{second}
          </code>
          .
        </p>
      ) : null}
    </div>
  );
}
