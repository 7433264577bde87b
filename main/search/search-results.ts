import type {
  SearchFilters,
  SearchHit,
  SourceDetail,
  SourceSummary,
  Span,
} from '../../preload/contract';
import { findPhrase } from '../core/search/phrase';
import { makeSnippet } from '../core/search/snippet';
import type { CaseDatabase } from '../storage/case-database';
import type { Analyzer, SearchField } from './analysis';
import { annotationDocs, titleOutlet } from './search-docs';
import type { ScoredDoc, SearchResult } from './search-engine';
import { docRef } from './segment';

// What the search service does with the documents the engine found: the spans to mark in the
// text shown, snippets, and the texts they are cut from.

export function hasSourceFilter(filters: SearchFilters): boolean {
  return Boolean(
    filters.sourceIds?.length ||
    filters.outlets?.length ||
    filters.grades?.length ||
    filters.tagIds?.length ||
    filters.dateFrom ||
    filters.dateTo,
  );
}

/**
 * Where a hit's field text matched: each phrase where its words stand together, then every
 * token whose index term the query matched in that field. Offsets are code points.
 */
export function hitSpans(
  text: string,
  field: SearchField,
  result: Pick<SearchResult, 'marked' | 'phrases'>,
  analyzer: Analyzer,
): Span[] {
  const tokens = analyzer.tokens(text);
  const marked = result.marked[field];
  const phraseSpans: Span[] = [];
  if (result.phrases.some((phrase) => !phrase.field || phrase.field === field)) {
    const indexed = tokens.map((token) => ({ ...token, term: token.indexTerm ?? '' }));
    for (const phrase of result.phrases) {
      if (phrase.field && phrase.field !== field) continue;
      phraseSpans.push(...findPhrase(indexed, phrase.terms));
    }
  }
  const termSpans = tokens
    .filter((token) => token.indexTerm !== null && marked.has(token.indexTerm))
    .map((token) => ({ start: token.start, end: token.end }));
  return [...phraseSpans, ...termSpans];
}

export function toHit(hit: { doc: ScoredDoc; spans: Span[] }, text: string): SearchHit {
  const { meta, score } = hit.doc;
  const snippet = makeSnippet(text, hit.spans);
  if (meta.kind === 'passage') {
    return {
      kind: 'passage',
      score,
      paragraph: meta.paragraph,
      spans: mergeSpans(hit.spans).map((span) => ({
        start: span.start + meta.start,
        end: span.end + meta.start,
      })),
      snippet,
    };
  }
  return {
    kind: meta.kind,
    score,
    spans: mergeSpans(hit.spans),
    ...(meta.kind === 'claim' ? { claimId: meta.claimId } : {}),
    snippet,
  };
}

function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Field texts of result documents, reading each source once per query. */
export class TextCache {
  private readonly details = new Map<number, SourceDetail>();
  private annotations: Map<string, Partial<Record<SearchField, string>>> | null = null;

  constructor(private readonly database: CaseDatabase) {}

  field(doc: ScoredDoc, field: SearchField, sources: ReadonlyMap<number, SourceSummary>): string {
    const { meta } = doc;
    if (meta.kind === 'passage') {
      if (field !== 'body') return '';
      return this.source(meta.sourceId).paragraphs[meta.paragraph]?.text ?? '';
    }
    if (meta.kind === 'title') {
      const source = sources.get(meta.sourceId);
      if (field === 'title') return source?.title ?? '';
      if (field === 'outlet') return titleOutlet(source ?? { outlet: '' });
      return '';
    }
    this.annotations ??= new Map(
      annotationDocs(this.database).map((d) => [docRef(d.meta), d.fields]),
    );
    return this.annotations.get(doc.ref)?.[field] ?? '';
  }

  private source(id: number): SourceDetail {
    let detail = this.details.get(id);
    if (!detail) this.details.set(id, (detail = this.database.getSource(id)));
    return detail;
  }
}
