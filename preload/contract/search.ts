// Search: the query, its filters and ranked, highlighted results. Part of the contract
// (preload/contract.ts). Offsets are Unicode code points.

import type { Reliability, Span } from './sources';

export interface SearchFilters {
  sourceIds?: number[];
  outlets?: string[];
  /** Sources with a claim carrying any of these tags; claim hits must carry one. */
  tagIds?: number[];
  grades?: Reliability[];
  /** ISO dates, inclusive; sources without a date are left out when either is set. */
  dateFrom?: string;
  dateTo?: string;
}

export interface SearchRequest {
  query: string;
  filters?: SearchFilters;
  /** Most source groups returned (default 50). */
  limit?: number;
  /** Most hits listed per source (default 5); the reader asks for all of one source's. */
  hitsPerGroup?: number;
}

export interface SearchSnippet {
  text: string;
  highlights: Span[];
}

export type SearchHitKind = 'passage' | 'title' | 'claim' | 'note';

export interface SearchHit {
  kind: SearchHitKind;
  score: number;
  /** Passage hits: the paragraph, and the hits as code points into the source's text. */
  paragraph?: number;
  spans: Span[];
  claimId?: number;
  snippet: SearchSnippet;
}

export interface SearchGroup {
  /** Null for case notes. */
  sourceId: number | null;
  title: string;
  /** The source's label in the case ("AP · 12 Sep 2023 · #002"); empty for case notes. */
  label: string;
  outlet: string;
  score: number;
  hits: SearchHit[];
  /** Hits in this source, of which `hits` shows the best. */
  hitCount: number;
}

/** The languages whose stemming and stop words search can use (lunr-languages), English first. */
export type SearchLanguage =
  | 'en'
  | 'ar'
  | 'da'
  | 'de'
  | 'es'
  | 'fi'
  | 'fr'
  | 'hu'
  | 'it'
  | 'nl'
  | 'no'
  | 'pt'
  | 'ro'
  | 'ru'
  | 'sv'
  | 'tr';

export interface SearchStatus {
  state: 'ready' | 'indexing';
  /** The case's search language: how words are stemmed and which stop words are skipped. */
  language: SearchLanguage;
  indexedSources: number;
  totalSources: number;
}

export interface SearchResponse {
  /** Why the query could not be run, and where in it (code points); null when it ran. */
  error: { message: string; at: number } | null;
  groups: SearchGroup[];
  /** Hits and sources in all, before the limit. */
  hitCount: number;
  sourceCount: number;
  status: SearchStatus;
  /** How the query was read, where that is worth saying; absent when there is nothing to say. */
  hints?: SearchHints;
}

export interface SearchHints {
  /** Two or more words and none required: a hit holds any of them, those with more first. */
  anyOf?: string[];
  /**
   * Words no source holds, each with the nearest word the case does hold (one or two letters
   * away) and the query with that word in its place.
   */
  didYouMean?: Array<{ word: string; suggestion: string; query: string }>;
}
