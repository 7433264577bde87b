import type { SearchLanguage } from '../../preload/contract';
import type { Clause, TermClause } from '../core/search/query';
import {
  isStopWord,
  lunr,
  SEARCH_FIELDS,
  SEARCH_FIELD_NAMES,
  stemTerm,
  type SearchField,
} from './lunr-index';
import type { DocMeta, Segment } from './segment';

/** A matched document: its score, and per field the code-point spans of the matched terms. */
export interface ScoredDoc {
  ref: string;
  meta: DocMeta;
  score: number;
  spans: Partial<Record<SearchField, Array<{ start: number; end: number }>>>;
}

type InvertedIndex = Record<string, Record<string, Record<string, unknown>>>;

const K1 = 1.2;
const B = 0.75;

/**
 * Queries a set of segments as if they were one index. Lunr finds the candidates in each
 * segment; the ranking is BM25 computed here over statistics of all segments together (document
 * count, document frequency per field, average field length), so a case split into segments
 * ranks exactly as it would in a single index.
 */
export class SearchEngine {
  private readonly segments: Segment[];
  private readonly docCount: number;
  private readonly averageLength: Record<SearchField, number>;
  private readonly language: SearchLanguage;
  /** Document frequency per field and term: segments never change, so it is computed once. */
  private readonly frequencies = new Map<string, number>();

  constructor(segments: readonly Segment[]) {
    this.segments = [...segments];
    this.language = segments[0]?.language ?? 'en';
    let count = 0;
    const totals = Object.fromEntries(SEARCH_FIELD_NAMES.map((field) => [field, 0])) as Record<
      SearchField,
      number
    >;
    for (const segment of this.segments) {
      for (const { lengths } of Object.values(segment.docs)) {
        count += 1;
        for (const field of SEARCH_FIELD_NAMES) totals[field] += lengths[field] ?? 0;
      }
    }
    this.docCount = count;
    this.averageLength = Object.fromEntries(
      SEARCH_FIELD_NAMES.map((field) => [field, count === 0 ? 0 : totals[field] / count]),
    ) as Record<SearchField, number>;
  }

  get size(): number {
    return this.docCount;
  }

  /**
   * Documents matching the term and phrase clauses. Phrase clauses only ask Lunr for documents
   * holding all their words; the caller verifies adjacency against the text.
   */
  search(clauses: readonly Clause[]): ScoredDoc[] {
    const positive = clauses.filter((clause) => clause.presence !== 'not');
    const language = this.language;
    if (!positive.some((clause) => lunrTerms(clause, language).length > 0)) return [];
    const results: ScoredDoc[] = [];
    for (const segment of this.segments) {
      const matches = segment.index.query((query) => addClauses(query, clauses, language));
      for (const match of matches) {
        const doc = segment.docs[match.ref];
        if (!doc) continue;
        results.push(this.score(match, doc, positive, language));
      }
    }
    return results.sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref));
  }

  private score(
    match: lunr.Index.Result,
    doc: Segment['docs'][string],
    clauses: readonly Clause[],
    language: SearchLanguage,
  ): ScoredDoc {
    const metadata = match.matchData.metadata as Record<
      string,
      Record<string, { position?: Array<[number, number]> }>
    >;
    let score = 0;
    const spans: ScoredDoc['spans'] = {};
    for (const [term, fields] of Object.entries(metadata)) {
      const boost = clauseBoost(term, clauses, language);
      for (const [fieldName, data] of Object.entries(fields)) {
        const field = fieldName as SearchField;
        const positions = data.position ?? [];
        const tf = Math.max(1, positions.length);
        const df = this.documentFrequency(term, field);
        const idf = Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
        const length = doc.lengths[field] ?? 0;
        const average = this.averageLength[field] || 1;
        const norm = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / average));
        score += idf * norm * SEARCH_FIELDS[field] * boost;
        const list = (spans[field] ??= []);
        for (const [start, length] of positions) list.push({ start, end: start + length });
      }
    }
    return { ref: match.ref, meta: doc.meta, score, spans };
  }

  private documentFrequency(term: string, field: string): number {
    const key = `${field}\u0000${term}`;
    const known = this.frequencies.get(key);
    if (known !== undefined) return known;
    let df = 0;
    for (const segment of this.segments) {
      const inverted = (segment.index as unknown as { invertedIndex: InvertedIndex }).invertedIndex;
      const postings = inverted[term]?.[field];
      if (postings) df += Object.keys(postings).length;
    }
    this.frequencies.set(key, df);
    return df;
  }
}

/** The words of a clause Lunr is asked for: stop words are not indexed, so never required. */
function lunrTerms(clause: Clause, language: SearchLanguage): string[] {
  if (clause.kind === 'phrase') return clause.terms.filter((term) => !isStopWord(term, language));
  const wildcard = clause.leadingWildcard || clause.trailingWildcard;
  return wildcard || !isStopWord(clause.term, language) ? [clause.term] : [];
}

function addClauses(query: lunr.Query, clauses: readonly Clause[], language: SearchLanguage): void {
  for (const clause of clauses) {
    const fields = clause.field ? [clause.field] : undefined;
    if (clause.kind === 'phrase') {
      // A phrase to exclude is checked against the text: excluding its words would exclude
      // every document holding any one of them.
      if (clause.presence === 'not') continue;
      for (const term of lunrTerms(clause, language)) {
        query.term(term, {
          ...(fields ? { fields } : {}),
          presence: lunr.Query.presence.REQUIRED,
          boost: clause.boost,
          usePipeline: true,
        });
      }
      continue;
    }
    for (const term of lunrTerms(clause, language)) addTerm(query, clause, term, fields);
  }
}

function addTerm(
  query: lunr.Query,
  clause: TermClause,
  term: string,
  fields: string[] | undefined,
): void {
  const wildcard =
    (clause.leadingWildcard ? lunr.Query.wildcard.LEADING : 0) |
    (clause.trailingWildcard ? lunr.Query.wildcard.TRAILING : 0);
  const presence =
    clause.presence === 'must'
      ? lunr.Query.presence.REQUIRED
      : clause.presence === 'not'
        ? lunr.Query.presence.PROHIBITED
        : lunr.Query.presence.OPTIONAL;
  query.term(term, {
    ...(fields ? { fields } : {}),
    presence,
    wildcard,
    // Lunr reads any editDistance key, even 0, as fuzzy matching (which ignores wildcards).
    ...(clause.editDistance > 0 ? { editDistance: clause.editDistance } : {}),
    boost: clause.boost,
    usePipeline: wildcard === 0,
  });
}

/** The boost of the strongest positive clause that could have matched the index term. */
function clauseBoost(
  indexTerm: string,
  clauses: readonly Clause[],
  language: SearchLanguage,
): number {
  let boost = 0;
  for (const clause of clauses) {
    if (covers(clause, indexTerm, language)) boost = Math.max(boost, clause.boost);
  }
  return boost || 1;
}

function covers(clause: Clause, indexTerm: string, language: SearchLanguage): boolean {
  if (clause.kind === 'phrase') {
    return clause.terms.some((term) => stemTerm(term, language) === indexTerm);
  }
  if (clause.leadingWildcard || clause.trailingWildcard) {
    const head = clause.leadingWildcard ? '' : '^';
    const tail = clause.trailingWildcard ? '' : '$';
    return new RegExp(`${head}${escapeRegExp(clause.term)}${tail}`, 'u').test(indexTerm);
  }
  if (clause.editDistance > 0) return true;
  return stemTerm(clause.term, language) === indexTerm;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
