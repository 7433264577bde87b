import type {
  SearchFilters,
  SearchHit,
  SourceDetail,
  SourceSummary,
  Span,
} from '../../preload/contract';
import { findPhrase } from '../core/search/phrase';
import type { Clause, PhraseClause } from '../core/search/query';
import { makeSnippet } from '../core/search/snippet';
import { tokenize } from '../core/search/tokens';
import type { CaseDatabase } from '../storage/case-database';
import { SEARCH_FIELD_NAMES, type SearchField } from './lunr-index';
import { annotationDocs } from './search-docs';
import type { ScoredDoc } from './search-engine';

// What the search service does with the documents the engine found: phrase checks against the
// text, the field and spans to show, snippets, and the texts they are cut from.

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
 * Lunr found every word of each phrase in the document; keep it only where the words stand
 * together (and where no excluded phrase does). Returns the field to show and the spans to
 * mark: phrase occurrences where there are phrases, else the matched terms.
 */
export function verifyPhrases(
  doc: ScoredDoc,
  clauses: readonly Clause[],
  textOf: (field: SearchField) => string,
): { field: SearchField; spans: Span[] } | null {
  const phrases = clauses.filter((clause): clause is PhraseClause => clause.kind === 'phrase');
  const { field: shown, spans: termSpans } = termHit(doc);
  let spans = termSpans;
  if (phrases.length === 0) return { field: shown, spans };

  const tokensOf = new Map<SearchField, ReturnType<typeof tokenize>>();
  const tokens = (field: SearchField) => {
    let list = tokensOf.get(field);
    if (!list) tokensOf.set(field, (list = tokenize(textOf(field))));
    return list;
  };
  const phraseSpans: Span[] = [];
  for (const phrase of phrases) {
    const searched = phrase.field ? [phrase.field as SearchField] : SEARCH_FIELD_NAMES;
    const found = searched.flatMap((field) =>
      findPhrase(tokens(field), phrase.terms).map((span) => ({ field, span })),
    );
    if (phrase.presence === 'not') {
      if (found.length > 0) return null;
      continue;
    }
    if (found.length === 0) return null;
    phraseSpans.push(...found.filter((hit) => hit.field === shown).map((hit) => hit.span));
  }
  if (phraseSpans.length > 0) spans = [...phraseSpans, ...spans];
  return { field: shown, spans };
}

/** Where a document matched: the body if it did, else the first field that did. */
export function termHit(doc: ScoredDoc): { field: SearchField; spans: Span[] } {
  const matched = SEARCH_FIELD_NAMES.filter((field) => doc.spans[field]?.length);
  const field: SearchField = matched.includes('body') ? 'body' : (matched[0] ?? 'body');
  return { field, spans: [...(doc.spans[field] ?? [])] };
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
      if (field === 'outlet') return [source?.outlet, source?.agency].filter(Boolean).join(' ');
      return '';
    }
    this.annotations ??= new Map(
      annotationDocs(this.database, { titles: false }).map((d) => [d.ref, d.fields]),
    );
    return this.annotations.get(doc.ref)?.[field] ?? '';
  }

  private source(id: number): SourceDetail {
    let detail = this.details.get(id);
    if (!detail) this.details.set(id, (detail = this.database.getSource(id)));
    return detail;
  }
}
