import type { SearchLanguage } from '../../preload/contract';
import type { Clause, PhraseClause, TermClause } from '../core/search/query';
import {
  analyzerFor,
  SEARCH_FIELDS,
  SEARCH_FIELD_NAMES,
  type Analyzer,
  type SearchField,
} from './analysis';
import { compareDocs, MatchList, ScoredDoc } from './scored-doc';
import { phraseMatches } from './phrase-matches';
import type { Segment } from './segment';
import { termsWithinEdits } from './fuzzy-terms';
import { firstMatching, MAX_EXPANSIONS } from './term-expansion';

interface Scratch {
  scores: Float64Array;
  matchedFields: Uint8Array;
  required: Uint16Array;
  excluded: Uint8Array;
  clauseHit: Uint32Array;
  touched: Uint32Array;
}

function newScratch(docCount: number): Scratch {
  return {
    scores: new Float64Array(docCount),
    matchedFields: new Uint8Array(docCount),
    required: new Uint16Array(docCount),
    excluded: new Uint8Array(docCount),
    clauseHit: new Uint32Array(docCount),
    touched: new Uint32Array(docCount),
  };
}

/** What a query matched: documents best first, and per field the index terms to mark in a hit. */
export interface SearchResult {
  docs: ScoredDoc[];
  marked: Record<SearchField, Set<string>>;
  /** Each positive phrase as index terms (null where a stop word stands), to mark in a hit. */
  phrases: Array<{ field?: SearchField; terms: Array<string | null> }>;
}

/** What a query matched, in no order (see `MatchList`). */
export interface MatchResult {
  matches: MatchList;
  marked: Record<SearchField, Set<string>>;
  /** Each positive phrase as index terms (null where a stop word stands), to mark in a hit. */
  phrases: Array<{ field?: SearchField; terms: Array<string | null> }>;
}

/** Token positions of index terms in one field of a document, and its number of tokens. */
export interface TermPositions {
  positions: Map<string, number[]>;
  tokenCount: number;
}

/** A segment in the engine, and the sources whose passages and title it holds. */
export interface EngineSegment {
  segment: Segment;
  kind: 'passages' | 'annotations';
  sourceIds: readonly number[];
}

const K1 = 1.2;
const B = 0.75;
const FIELD_COUNT = SEARCH_FIELD_NAMES.length;
const BODY = SEARCH_FIELD_NAMES.indexOf('body');
/** The kind number of title documents in a segment (see segment.ts). */
const TITLE_KIND = 1;

/** One clause, resolved: its index terms (after expansion), fields and how it must match. */
interface Resolved {
  clause: Clause;
  terms: string[];
  fields: number[];
  /** For a phrase: each index term's offset from the phrase's first word. */
  phrase?: Array<{ term: string; offset: number }>;
}

/**
 * Queries segments as one index, with Lunr's query semantics: a document must match every
 * `+must` clause and phrase, no `-not` clause, and at least one clause; terms are stemmed by
 * the case language's pipeline; `*` expands over the term dictionary, `~N` to terms within N
 * edits (insert, delete, substitute, transpose). Ranking is BM25 per field over the statistics
 * of all segments together (document count, document frequency, average field length), so a
 * case split into segments ranks exactly as one index would. A source's passages and title
 * count only in the newest segment that holds it, so a re-indexed source is never found twice.
 */
export class SearchEngine {
  private readonly parts: EngineSegment[];
  private readonly docCount: number;
  private readonly averageLength: Float64Array;
  private readonly analyzer: Analyzer;
  /** The part that holds each source's passages and title. */
  private readonly owner = new Map<number, number>();
  private readonly frequencies = new Map<string, number>();
  private readonly scratch: Array<Scratch | undefined> = [];
  /** Marks documents touched by a query and counted for a clause; never 0, never repeated. */
  private stamps = 0;

  constructor(parts: readonly EngineSegment[], language?: SearchLanguage) {
    this.parts = [...parts];
    this.analyzer = analyzerFor(language ?? parts[0]?.segment.language ?? 'en');
    this.parts.forEach((part, index) => {
      if (part.kind === 'passages') for (const id of part.sourceIds) this.owner.set(id, index);
    });
    let count = 0;
    const totals = new Float64Array(FIELD_COUNT);
    this.parts.forEach(({ segment, kind, sourceIds }, index) => {
      // A segment no newer one overrides (the usual case) counts whole, without a look per document.
      if (kind === 'annotations' || sourceIds.every((id) => this.owner.get(id) === index)) {
        count += segment.docCount;
        segment.addFieldLengths(totals);
        return;
      }
      for (let doc = 0; doc < segment.docCount; doc++) {
        if (!this.live(index, doc)) continue;
        count += 1;
        for (let field = 0; field < FIELD_COUNT; field++) {
          totals[field] = (totals[field] ?? 0) + segment.fieldLength(doc, field);
        }
      }
    });
    this.docCount = count;
    this.averageLength = totals.map((total) => (count === 0 ? 0 : total / count));
  }

  get size(): number {
    return this.docCount;
  }

  /** The title key of each source's indexed title (see DocMeta). */
  titleKeys(): Map<number, number> {
    const keys = new Map<number, number>();
    this.parts.forEach(({ segment }, index) => {
      for (let doc = 0; doc < segment.docCount; doc++) {
        if (segment.kinds[doc] !== TITLE_KIND || !this.live(index, doc)) continue;
        keys.set(segment.sourceIds[doc] ?? -1, segment.titleKey(doc));
      }
    });
    return keys;
  }

  /** How many sources some segment holds the passages of. */
  get coveredCount(): number {
    return this.owner.size;
  }

  /** Sources whose passages some segment holds. */
  coveredSources(): Set<number> {
    return new Set(this.owner.keys());
  }

  /** The matches of `clauses`, best first (see `compareDocs`). */
  search(clauses: readonly Clause[]): SearchResult {
    const { matches, marked, phrases } = this.match(clauses);
    const docs = Array.from({ length: matches.count }, (_, i) => this.scoredDoc(matches, i));
    return { docs: docs.sort(compareDocs), marked, phrases };
  }

  /**
   * The words of `clauses` that no document holds (plain terms to look for, not wildcards,
   * fuzzy terms or stop words), each with the index terms one or two edits away that documents
   * do hold, most documents first (at most `max`).
   */
  missingWords(
    clauses: readonly Clause[],
    max = 3,
  ): Array<{ word: string; suggestions: Array<{ term: string; documents: number }> }> {
    const missing: Array<{
      word: string;
      suggestions: Array<{ term: string; documents: number }>;
    }> = [];
    for (const clause of clauses) {
      if (clause.kind !== 'term' || clause.presence === 'not') continue;
      if (clause.leadingWildcard || clause.trailingWildcard || clause.editDistance > 0) continue;
      if (this.queryTerms(clause).length === 0) continue;
      const stemmed = this.analyzer.stem(clause.term);
      if (this.documentsWith(stemmed) > 0) continue;
      const near = new Set<string>();
      const edits = stemmed.length > 4 ? 2 : 1;
      for (const { segment } of this.parts)
        for (const term of termsWithinEdits(segment.terms, stemmed, edits, MAX_EXPANSIONS))
          near.add(term);
      const suggestions = Array.from(near, (term) => ({
        term,
        documents: this.documentsWith(term),
      }))
        .filter(({ documents }) => documents > 0)
        .sort((a, b) => b.documents - a.documents || (a.term < b.term ? -1 : 1))
        .slice(0, max);
      missing.push({ word: clause.term, suggestions });
    }
    return missing;
  }

  /** How many documents hold the index term in some field (a document counted once a field). */
  private documentsWith(term: string): number {
    let documents = 0;
    for (const { segment } of this.parts) {
      const id = segment.termId(term);
      if (id < 0) continue;
      for (let field = 0; field < FIELD_COUNT; field++)
        documents += segment.documentFrequency(id, field);
    }
    return documents;
  }

  /** A passage holding the index term in its body, where the engine holds it; null if none. */
  firstPassageWith(term: string): ScoredDoc | null {
    for (const [part, { segment }] of this.parts.entries()) {
      const id = segment.termId(term);
      if (id < 0) continue;
      let found: ScoredDoc | null = null;
      segment.forEachPosting(id, BODY, (doc) => {
        if (segment.kinds[doc] !== 0 || !this.live(part, doc)) return false;
        found = new ScoredDoc(segment, doc, 0, 'body', part);
        return true;
      });
      if (found) return found;
    }
    return null;
  }

  /** The i-th of `matches`. */
  scoredDoc(matches: MatchList, i: number): ScoredDoc {
    const part = matches.part(i);
    const { segment } = this.parts[part] as EngineSegment;
    return new ScoredDoc(segment, matches.doc(i), matches.score(i), matches.field(i), part);
  }

  /** The source of the i-th of `matches`, null for a note on the case (see DocMeta). */
  sourceIdOf(matches: MatchList, i: number): number | null {
    return this.parts[matches.part(i)]?.segment.sourceIdOf(matches.doc(i)) ?? null;
  }

  /** The matches of `clauses` in no particular order: for callers that rank only some of them. */
  match(clauses: readonly Clause[]): MatchResult {
    const marked = Object.fromEntries(
      SEARCH_FIELD_NAMES.map((field) => [field, new Set<string>()]),
    ) as Record<SearchField, Set<string>>;
    const phrases: SearchResult['phrases'] = [];
    const positive = clauses.filter((clause) => clause.presence !== 'not');
    const matches = new MatchList();
    if (!positive.some((clause) => this.queryTerms(clause).length > 0)) {
      return { matches, marked, phrases };
    }
    for (const clause of positive) {
      if (clause.kind !== 'phrase') continue;
      phrases.push({
        ...(clause.field ? { field: clause.field as SearchField } : {}),
        terms: clause.terms.map((term) => this.analyzer.indexTerm(term)),
      });
    }
    // Stronger clauses first, so a term in two clauses is scored once, with the larger boost.
    const ordered = [...clauses].sort((a, b) => b.boost - a.boost);
    this.parts.forEach((part, index) => {
      const resolved = ordered.map((clause) => this.resolve(clause, part.segment));
      for (const { clause, terms, fields } of resolved) {
        if (clause.presence === 'not') continue;
        for (const term of terms)
          for (const field of fields) marked[SEARCH_FIELD_NAMES[field] ?? 'body'].add(term);
      }
      this.searchPart(index, resolved, matches);
    });
    return { matches, marked, phrases };
  }

  private searchPart(index: number, resolved: readonly Resolved[], out: MatchList): void {
    const { segment } = this.parts[index] as EngineSegment;
    // Per-document accumulators, kept between queries: only the documents a query touches are
    // visited at the end and reset, so a query costs what it matches, not the segment's size.
    const scratch = (this.scratch[index] ??= newScratch(segment.docCount));
    const { scores, matchedFields, required, excluded, clauseHit } = scratch;
    const touched: number[] = [];
    const query = this.nextStamp();
    let requiredCount = 0;
    const scored = new Set<string>();
    const touch = (doc: number) => {
      if (scratch.touched[doc] === query) return;
      scratch.touched[doc] = query;
      touched.push(doc);
    };

    resolved.forEach(({ clause, terms, fields, phrase }) => {
      const stamp = this.nextStamp();
      // A phrase of one index word (the rest stop words) matches wherever that word is.
      const matches = phrase && phrase.length !== 1 ? phraseMatches(segment, phrase, fields) : null;
      // A required clause of stop words alone asks nothing of the index (they are not in it).
      const requires =
        clause.presence !== 'not' &&
        (clause.presence === 'must' || clause.kind === 'phrase') &&
        this.queryTerms(clause).length > 0;
      if (requires) requiredCount += 1;
      for (const term of terms) {
        const id = segment.termId(term);
        if (id < 0) continue;
        for (const field of fields) {
          if (segment.documentFrequency(id, field) === 0) continue;
          const key = `${field}\u0000${term}`;
          const scoreIt = clause.presence !== 'not' && !scored.has(key);
          scored.add(key);
          const idf = scoreIt ? this.idf(term, field) : 0;
          const weight =
            idf * (SEARCH_FIELDS[SEARCH_FIELD_NAMES[field] ?? 'body'] ?? 1) * clause.boost;
          const average = this.averageLength[field] || 1;
          segment.forEachPosting(id, field, (doc, tf) => {
            if (matches && !matches.has(doc)) return;
            touch(doc);
            if (clause.presence === 'not') {
              excluded[doc] = 1;
              return;
            }
            if (clauseHit[doc] !== stamp) {
              clauseHit[doc] = stamp;
              if (requires) required[doc] = (required[doc] ?? 0) + 1;
            }
            matchedFields[doc] = (matchedFields[doc] ?? 0) | (1 << field);
            if (!scoreIt) return;
            const length = segment.fieldLength(doc, field);
            const norm = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / average));
            scores[doc] = (scores[doc] ?? 0) + weight * norm;
          });
        }
      }
    });

    for (const doc of touched) {
      const fieldsMask = matchedFields[doc] ?? 0;
      const score = scores[doc] ?? 0;
      const keep =
        fieldsMask !== 0 &&
        !excluded[doc] &&
        (required[doc] ?? 0) >= requiredCount &&
        this.live(index, doc);
      scores[doc] = 0;
      matchedFields[doc] = 0;
      required[doc] = 0;
      excluded[doc] = 0;
      if (!keep) continue;
      const field = fieldsMask & (1 << BODY) ? BODY : 31 - Math.clz32(fieldsMask & -fieldsMask);
      out.push(index, doc, score, field);
    }
  }

  /**
   * Where each of `terms` stands in `field` of each of `docs`, read from the postings, with the
   * field's token count: what marking a hit needs, without tokenizing its text again. One pass
   * over each term's postings per segment, stopping past the last document asked for.
   */
  termPositions(
    docs: readonly ScoredDoc[],
    field: SearchField,
    terms: ReadonlySet<string>,
  ): Map<ScoredDoc, TermPositions> {
    const found = new Map<ScoredDoc, TermPositions>();
    const fieldNo = SEARCH_FIELD_NAMES.indexOf(field);
    const byPart = new Map<number, Map<number, TermPositions>>();
    for (const scored of docs) {
      const { part, doc } = scored;
      const segment = this.parts[part]?.segment;
      if (!segment || fieldNo < 0) continue;
      let wanted = byPart.get(part);
      if (!wanted) byPart.set(part, (wanted = new Map()));
      const entry = wanted.get(doc) ?? {
        positions: new Map<string, number[]>(),
        tokenCount: segment.fieldLength(doc, fieldNo),
      };
      wanted.set(doc, entry);
      found.set(scored, entry);
    }
    for (const [part, wanted] of byPart) {
      const { segment } = this.parts[part] as EngineSegment;
      let last = 0;
      for (const doc of wanted.keys()) last = Math.max(last, doc);
      for (const term of terms) {
        const id = segment.termId(term);
        if (id < 0) continue;
        segment.forEachPosting(id, fieldNo, (doc, tf, at) => {
          if (doc > last) return true;
          wanted.get(doc)?.positions.set(term, segment.positions(at, tf));
          return false;
        });
      }
    }
    return found;
  }

  private nextStamp(): number {
    this.stamps += 1;
    if (this.stamps >= 0xffffffff) {
      for (const scratch of this.scratch) {
        scratch?.touched.fill(0);
        scratch?.clauseHit.fill(0);
      }
      this.stamps = 1;
    }
    return this.stamps;
  }

  private resolve(clause: Clause, segment: Segment): Resolved {
    const fields = clause.field
      ? [SEARCH_FIELD_NAMES.indexOf(clause.field as SearchField)].filter((f) => f >= 0)
      : SEARCH_FIELD_NAMES.map((_, i) => i);
    if (clause.kind === 'phrase') {
      const phrase = clause.terms.flatMap((word, offset) => {
        const term = this.analyzer.indexTerm(word);
        return term === null ? [] : [{ term, offset }];
      });
      return { clause, terms: [...new Set(phrase.map((word) => word.term))], fields, phrase };
    }
    return { clause, terms: this.expand(clause, segment), fields };
  }

  /** The words of a clause the index is asked for: stop words are not indexed, so never required. */
  private queryTerms(clause: Clause): string[] {
    if (clause.kind === 'phrase')
      return clause.terms.filter((term) => !this.analyzer.isStopWord(term));
    const wildcard = clause.leadingWildcard || clause.trailingWildcard;
    return wildcard || !this.analyzer.isStopWord(clause.term) ? [clause.term] : [];
  }

  /** The index terms a term clause stands for in `segment`. */
  private expand(clause: TermClause, segment: Segment): string[] {
    if (this.queryTerms(clause).length === 0) return [];
    if (clause.leadingWildcard || clause.trailingWildcard) {
      // As in Lunr, wildcard terms skip the pipeline: they match index terms as written.
      if (!clause.leadingWildcard) {
        const [from, to] = segment.prefixRange(clause.term);
        return segment.terms.slice(from, Math.min(to, from + MAX_EXPANSIONS));
      }
      const matches = clause.trailingWildcard
        ? (term: string) => term.includes(clause.term)
        : (term: string) => term.endsWith(clause.term);
      return firstMatching(segment.terms, matches);
    }
    const stemmed = this.analyzer.stem(clause.term);
    if (clause.editDistance > 0) {
      return termsWithinEdits(segment.terms, stemmed, clause.editDistance, MAX_EXPANSIONS);
    }
    return [stemmed];
  }

  private live(part: number, doc: number): boolean {
    const { segment } = this.parts[part] as EngineSegment;
    const kind = segment.kinds[doc];
    if (kind !== 0 && kind !== 1) return true; // claims and notes: the annotations segment is whole
    const owner = this.owner.get(segment.sourceIds[doc] ?? -1);
    return owner === undefined || owner === part;
  }

  private idf(term: string, field: number): number {
    const key = `${field}\u0000${term}`;
    let df = this.frequencies.get(key);
    if (df === undefined) {
      df = 0;
      for (const { segment } of this.parts) {
        const id = segment.termId(term);
        if (id >= 0) df += segment.documentFrequency(id, field);
      }
      this.frequencies.set(key, df);
    }
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }
}

export type { PhraseClause };
