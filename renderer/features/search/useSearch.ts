import { useCallback, useEffect, useState } from 'react';
import type {
  SearchFilters,
  SearchLanguage,
  SearchResponse,
  SearchStatus,
} from '../../../preload/contract';
import { api } from '../../api';
import { toError } from '../../lib/useQuery';
import { onSourcesChanged } from '../sources/sourceChanges';
import { scopedFilters } from './searchScope';

const DEBOUNCE_MS = 150;
const STATUS_POLL_MS = 1000;

export interface SearchState {
  query: string;
  filters: SearchFilters;
  response: SearchResponse | null;
  /** A request failed (main unreachable): not a malformed query, which is response.error. */
  failure: string | null;
  pending: boolean;
  status: SearchStatus | null;
  setQuery(query: string): void;
  setFilters(filters: SearchFilters): void;
  setLanguage(language: SearchLanguage): void;
  clear(): void;
}

/**
 * Search as you type: the query runs a moment after the last keystroke, again when the index
 * catches up (new sources, edits), and answers that arrive out of order are dropped. `scope`
 * keeps hits to those sources (the sources mentioning the entity chosen in Facts › Entities).
 */
export function useSearch(caseOpen: boolean, scope: readonly number[] | null = null): SearchState {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [answer, setAnswer] = useState<{
    key: string;
    response: SearchResponse | null;
    failure: string | null;
  } | null>(null);
  const [status, setStatus] = useState<SearchStatus | null>(null);
  const [revision, setRevision] = useState(0);
  const active = caseOpen && query.trim() !== '';
  const key = JSON.stringify([query, filters, revision, scope]);

  useEffect(() => {
    if (!caseOpen) return;
    void api.getSearchStatus().then(setStatus, () => {});
    const stopSearch = api.onDidChangeSearch((next) => {
      setStatus(next);
      if (next.state === 'ready') setRevision((value) => value + 1);
    });
    const stopSources = onSourcesChanged(() => setRevision((value) => value + 1));
    return () => {
      stopSearch();
      stopSources();
    };
  }, [caseOpen]);

  // An event sent before the event stream connected is lost: while main says it is indexing,
  // ask again now and then, so "indexing…" never outlives the indexing.
  const indexing = status?.state === 'indexing';
  useEffect(() => {
    if (!caseOpen || !indexing) return;
    const timer = setTimeout(() => {
      void api.getSearchStatus().then(
        (next) => {
          setStatus(next);
          if (next.state === 'ready') setRevision((value) => value + 1);
        },
        () => {},
      );
    }, STATUS_POLL_MS);
    return () => clearTimeout(timer);
  }, [caseOpen, indexing, status]);

  useEffect(() => {
    if (!active) return;
    let current = true;
    const scoped = scopedFilters(filters, scope);
    const timer = setTimeout(() => {
      if (!scoped) {
        setAnswer({ key, response: null, failure: 'No source mentions the entity chosen.' });
        return;
      }
      api.search({ query, filters: scoped }).then(
        (response) => {
          if (!current) return;
          setAnswer({ key, response, failure: null });
          setStatus(response.status);
        },
        (error: unknown) => {
          if (current) setAnswer({ key, response: null, failure: toError(error).message });
        },
      );
    }, DEBOUNCE_MS);
    // A newer query supersedes this one, even if its answer is already on the way.
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [active, key, query, filters, scope]);

  // While a new answer is on its way the previous results stay up, marked as pending.
  const response = active ? (answer?.response ?? null) : null;
  const failure = active ? (answer?.failure ?? null) : null;
  const pending = active && answer?.key !== key;

  const setLanguage = useCallback((language: SearchLanguage) => {
    void api.setSearchLanguage({ language }).then(setStatus, () => {});
  }, []);

  const clear = useCallback(() => {
    setQuery('');
    setFilters({});
  }, []);

  return {
    query,
    filters,
    response,
    failure,
    pending,
    status,
    setQuery,
    setFilters,
    setLanguage,
    clear,
  };
}
