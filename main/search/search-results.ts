import type { SearchFilters, SearchHit, Span } from '../../preload/contract';
import { findPhrase } from '../core/search/phrase';
import { makeSnippet } from '../core/search/snippet';
import { tokenBounds, tokenize } from '../core/search/tokens';
import type { CaseDatabase } from '../storage/case-database';
import type { Analyzer, SearchField } from './analysis';
import { annotationDocs, titleOutlet } from './search-docs';
import type { ScoredDoc } from './scored-doc';
import type { SearchResult, TermPositions } from './search-engine';
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
  const tokens = tokenize(text);
  const marked = result.marked[field];
  const phrases = result.phrases.filter((phrase) => !phrase.field || phrase.field === field);
  const spans: Span[] = [];
  if (phrases.length > 0) {
    const indexed = tokens.map((token) => ({
      ...token,
      term: analyzer.indexTerm(token.term) ?? '',
    }));
    for (const phrase of phrases) spans.push(...findPhrase(indexed, phrase.terms));
  }
  if (marked.size === 0) return spans;
  for (const token of tokens) {
    const term = analyzer.indexTerm(token.term);
    if (term !== null && marked.has(term)) spans.push({ start: token.start, end: token.end });
  }
  return spans;
}

/**
 * `hitSpans` for a text the index holds as it is (a passage: its text never changes), from the
 * positions of the query's terms in it: the same spans, with only the tokens they cover found
 * in the text rather than every token analysed again.
 */
export function spansAtPositions(
  text: string,
  field: SearchField,
  result: Pick<SearchResult, 'marked' | 'phrases'>,
  held: TermPositions,
  analyzer: Analyzer,
): Span[] {
  // Token ranges [first, last] to mark: each phrase where its words stand, then each marked term.
  const ranges: number[] = [];
  for (const phrase of result.phrases) {
    if (phrase.field && phrase.field !== field) continue;
    const span = phrase.terms.length - 1;
    for (const first of phraseStarts(phrase.terms, held)) ranges.push(first, first + span);
  }
  for (const term of result.marked[field]) {
    for (const position of held.positions.get(term) ?? []) ranges.push(position, position);
  }
  if (ranges.length === 0) return [];
  let last = 0;
  for (const position of ranges) last = Math.max(last, position);
  const bounds = tokenBounds(text, last);
  // Positions past the text's tokens: the text is not what was indexed; analyse it instead.
  if (bounds.length < 2 * (last + 1)) return hitSpans(text, field, result, analyzer);
  const spans: Span[] = [];
  for (let i = 0; i < ranges.length; i += 2) {
    const first = ranges[i] ?? 0;
    const lastToken = ranges[i + 1] ?? 0;
    spans.push({ start: bounds[2 * first] ?? 0, end: bounds[2 * lastToken + 1] ?? 0 });
  }
  return spans;
}

/** The index terms whose positions `spansAtPositions` needs for a field. */
export function termsToMark(
  result: Pick<SearchResult, 'marked' | 'phrases'>,
  field: SearchField,
): Set<string> {
  const terms = new Set(result.marked[field]);
  for (const phrase of result.phrases) {
    if (phrase.field && phrase.field !== field) continue;
    for (const term of phrase.terms) if (term !== null) terms.add(term);
  }
  return terms;
}

/** The first token positions where a phrase's terms stand (null: any one token), as findPhrase does. */
function phraseStarts(terms: ReadonlyArray<string | null>, held: TermPositions): number[] {
  const length = terms.length;
  if (length === 0) return [];
  const words: Array<{ at: Set<number>; offset: number }> = [];
  let anchor: { positions: readonly number[]; offset: number } | null = null;
  terms.forEach((term, offset) => {
    if (term === null) return;
    const positions = held.positions.get(term) ?? [];
    if (!anchor) anchor = { positions, offset };
    else words.push({ at: new Set(positions), offset });
  });
  const fits = (first: number) => first >= 0 && first + length <= held.tokenCount;
  const starts: number[] = [];
  if (!anchor) {
    // Stop words alone: every run of that many tokens.
    for (let first = 0; fits(first); first++) starts.push(first);
    return starts;
  }
  const { positions, offset } = anchor as { positions: readonly number[]; offset: number };
  for (const position of positions) {
    const first = position - offset;
    if (fits(first) && words.every((word) => word.at.has(first + word.offset))) starts.push(first);
  }
  return starts;
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

/** Field texts of result documents: passages read in one batch, annotations once per query. */
export class TextCache {
  private readonly passages = new Map<string, string>();
  private annotations: Map<string, Partial<Record<SearchField, string>>> | null = null;

  constructor(private readonly database: CaseDatabase) {}

  /** Reads the texts of the passages among `docs`, in one go. */
  prefetch(docs: readonly ScoredDoc[]): void {
    const wanted = docs.filter((doc) => doc.meta.kind === 'passage' && !this.passages.has(doc.ref));
    const texts = this.database.paragraphTexts(
      wanted.map(({ meta }) => ({
        sourceId: meta.sourceId ?? -1,
        paragraph: meta.kind === 'passage' ? meta.paragraph : -1,
      })),
    );
    wanted.forEach((doc, i) => this.passages.set(doc.ref, texts[i] ?? ''));
  }

  field(
    doc: ScoredDoc,
    field: SearchField,
    sources: ReadonlyMap<number, { title: string; outlet: string; agency: string }>,
  ): string {
    const { meta } = doc;
    if (meta.kind === 'passage') {
      if (field !== 'body') return '';
      this.prefetch([doc]);
      return this.passages.get(doc.ref) ?? '';
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
}
