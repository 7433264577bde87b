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

/**
 * Up to this much text (code points, estimated from word counts), a case is read whole for
 * suggestions; past it, only paragraphs the passage index returns and sources the comparison
 * relates to the claim's.
 */
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
    // A small case is read whole, and pairs the comparison did not keep are aligned on the spot;
    // a large one only where the passage index or the stored comparison points.
    const small = totalWords * 6 <= SCAN_ALL_MAX_CODE_POINTS;
    const related = new Set<number>();
    for (const relation of evidence.relations) {
      if (relation.a === origin.sourceId) related.add(relation.b);
      if (relation.b === origin.sourceId) related.add(relation.a);
    }
    for (const passage of evidence.copied) {
      if (passage.a === origin.sourceId) related.add(passage.b);
      if (passage.b === origin.sourceId) related.add(passage.a);
    }
    const hitsBySource = new Map<number, Span[]>();
    for (const hit of searchHits ?? []) {
      const spans = hitsBySource.get(hit.sourceId);
      if (spans) spans.push(hit);
      else hitsBySource.set(hit.sourceId, [hit]);
    }
    const sources: SuggestionSource[] = [];
    for (const summary of summaries) {
      if (summary.id === origin.sourceId) continue;
      const hits = hitsBySource.get(summary.id);
      if (!small && !hits && !related.has(summary.id)) continue;
      const source = database.getSource(summary.id);
      const paragraphs =
        small || related.has(summary.id)
          ? source.paragraphs
          : source.paragraphs.filter((paragraph) =>
              (hits ?? []).some((hit) => hit.start < paragraph.end && paragraph.start < hit.end),
            );
      sources.push({ id: source.id, text: source.text, paragraphs });
    }
    return findSuggestions({
      ...claim,
      originContext: context || sliceByCodePoints(originSource.text, origin.start, origin.end),
      sources,
      searchHits: searchHits ?? [],
      alignedPassages: (other) =>
        small
          ? this.compare.pair(origin.sourceId, other).passages
          : related.has(other)
            ? (this.compare.storedPassages(origin.sourceId, other) ?? [])
            : [],
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
      response = this.search.query({ query: [...terms].join(' '), limit: 60, hitsPerGroup: 3 });
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
