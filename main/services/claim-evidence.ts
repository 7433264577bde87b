// What claims read about the case to count independent sources and to suggest passages: the
// copy evidence of the comparison, the sources' labels and grades, their texts, and the passage
// index. Read once per request; the rules themselves are in main/core/claims.

import type {
  ClaimOccurrence,
  OccurrenceSuggestion,
  SearchResponse,
  Span,
} from '../../preload/contract';
import {
  findSuggestions,
  type CopyEvidence,
  type CorroborationSource,
  type SuggestionSource,
} from '../core/claims';
import { STOP_WORDS } from '../core/align/stop-words';
import { sliceByCodePoints } from '../core/text/code-points';
import type { CaseStore } from '../storage/case-database';
import type { CaseService } from './case-service';
import type { CompareService } from './compare-service';

/** The passage index, as suggestions use it. */
export interface PassageSearch {
  query(request: { query: string; limit: number; hitsPerGroup: number }): SearchResponse;
  status(): { state: 'ready' | 'indexing' };
}

export interface EvidenceContext {
  evidence: CopyEvidence;
  sources: CorroborationSource[];
}

/** Past this much text in a case, only sources the index or the alignment point to are scanned. */
export const SCAN_ALL_MAX_CODE_POINTS = 3_000_000;
/** Words of the claim asked of the passage index. */
const QUERY_TERMS = 16;
const WORD = /[\p{L}\p{N}]{3,}/gu;

export class ClaimEvidence {
  constructor(
    private readonly cases: CaseService,
    private readonly compare: CompareService,
    private readonly search: PassageSearch | null = null,
  ) {}

  context(): EvidenceContext {
    const evidence = this.compare.copyEvidence();
    const sources = this.cases.database.read((store) => store.listSources());
    return {
      evidence,
      sources: sources.map((source) => ({
        id: source.id,
        outlet: source.outlet,
        label: source.label,
        reliability: source.reliability,
      })),
    };
  }

  /** Passages in other sources that may say the claim, or contradict it; the most useful first. */
  suggestions(
    claimId: number,
    read: (store: CaseStore) => {
      origin: ClaimOccurrence;
      occurrences: ClaimOccurrence[];
      rejected: Array<Span & { sourceId: number }>;
    },
  ): OccurrenceSuggestion[] {
    const { evidence, sources: labels } = this.context();
    const database = this.cases.database;
    const claim = database.read(read);
    const { origin } = claim;
    const originSource = database.getSource(origin.sourceId);
    const context = originSource.paragraphs
      .filter((paragraph) => paragraph.start < origin.end && origin.start < paragraph.end)
      .map((paragraph) => paragraph.text)
      .join('\n');
    const searchHits = this.searchHits(`${context} ${origin.quote}`, origin.quote);
    const summaries = database.listSources();
    const totalWords = summaries.reduce((sum, source) => sum + source.wordCount, 0);
    const scanAll = searchHits === null || totalWords * 6 <= SCAN_ALL_MAX_CODE_POINTS;
    const aligned = new Set<number>();
    for (const passage of evidence.copied) {
      if (passage.a === origin.sourceId) aligned.add(passage.b);
      if (passage.b === origin.sourceId) aligned.add(passage.a);
    }
    const wanted = new Set(searchHits?.map((hit) => hit.sourceId) ?? []);
    const sources: SuggestionSource[] = [];
    for (const summary of summaries) {
      if (summary.id === origin.sourceId) continue;
      if (!scanAll && !wanted.has(summary.id) && !aligned.has(summary.id)) continue;
      const source = database.getSource(summary.id);
      sources.push({ id: source.id, text: source.text, paragraphs: source.paragraphs });
    }
    return findSuggestions({
      ...claim,
      originContext: context || sliceByCodePoints(originSource.text, origin.start, origin.end),
      sources,
      searchHits: searchHits ?? [],
      alignedPassages: (other) =>
        aligned.has(other) || scanAll ? this.compare.pair(origin.sourceId, other).passages : [],
      evidence,
      corroborationSources: labels,
    });
  }

  /**
   * Paragraphs the passage index returns for the claim's words (any of them), as code-point
   * spans; null when there is no index to ask (not built yet, or no search in this shell).
   */
  private searchHits(context: string, quote: string): Array<Span & { sourceId: number }> | null {
    if (!this.search || this.search.status().state !== 'ready') return null;
    const terms = new Set<string>();
    for (const text of [quote, context]) {
      for (const match of text.matchAll(WORD)) {
        const word = match[0].toLowerCase();
        if (!STOP_WORDS.has(word)) terms.add(word);
        if (terms.size >= QUERY_TERMS) break;
      }
    }
    if (terms.size === 0) return [];
    let response: SearchResponse;
    try {
      response = this.search.query({ query: [...terms].join(' '), limit: 200, hitsPerGroup: 10 });
    } catch {
      return null;
    }
    if (response.error) return null;
    const hits: Array<Span & { sourceId: number }> = [];
    for (const group of response.groups) {
      if (group.sourceId === null) continue;
      for (const hit of group.hits) {
        if (hit.kind !== 'passage') continue;
        for (const span of hit.spans) hits.push({ sourceId: group.sourceId, ...span });
      }
    }
    return hits;
  }
}
