import type { Clause, TermClause } from '../core/search/query';
import { tokenize } from '../core/search/tokens';
import { analyzerFor, lunr, SEARCH_FIELD_NAMES } from './analysis';
import { languagePipeline } from './languages';
import { docRef, type SegmentDoc } from './segment';

// Lunr itself, as the reference the search engine is tested against: a real lunr.Index built
// with the same tokenizer and pipeline, asked the same term clauses through lunr's own query
// API. The engine stores and evaluates the index its own way for speed; it must find what
// Lunr finds.

function unicodeTokenizer(value?: unknown, metadata?: object): lunr.Token[] {
  if (value === null || value === undefined) return [];
  return tokenize(String(value)).map(
    (token) => new lunr.Token(token.term, { ...metadata, index: token.position }),
  );
}

/** The refs Lunr returns for term clauses over `docs` (English). */
export function lunrOracle(docs: readonly SegmentDoc[], clauses: readonly Clause[]): string[] {
  const { stemmer, stopWordFilter } = languagePipeline('en');
  const builder = new lunr.Builder();
  builder.pipeline.add(stopWordFilter, stemmer);
  builder.searchPipeline.add(stemmer);
  (builder as unknown as { tokenizer: typeof unicodeTokenizer }).tokenizer = unicodeTokenizer;
  builder.ref('ref');
  for (const field of SEARCH_FIELD_NAMES) builder.field(field);
  for (const doc of docs) builder.add({ ref: docRef(doc.meta), ...doc.fields });
  const index = builder.build();

  const analyzer = analyzerFor('en');
  const wanted = (clause: TermClause) =>
    clause.leadingWildcard || clause.trailingWildcard || !analyzer.isStopWord(clause.term);
  const terms = clauses.filter((clause): clause is TermClause => clause.kind === 'term');
  // As the engine: a query with no positive word asks for nothing.
  if (!terms.some((clause) => clause.presence !== 'not' && wanted(clause))) return [];
  return index
    .query((query) => {
      for (const clause of terms) {
        if (!wanted(clause)) continue;
        const wildcard =
          (clause.leadingWildcard ? lunr.Query.wildcard.LEADING : 0) |
          (clause.trailingWildcard ? lunr.Query.wildcard.TRAILING : 0);
        query.term(clause.term, {
          ...(clause.field ? { fields: [clause.field] } : {}),
          presence:
            clause.presence === 'must'
              ? lunr.Query.presence.REQUIRED
              : clause.presence === 'not'
                ? lunr.Query.presence.PROHIBITED
                : lunr.Query.presence.OPTIONAL,
          wildcard,
          ...(clause.editDistance > 0 ? { editDistance: clause.editDistance } : {}),
          usePipeline: wildcard === 0,
        });
      }
    })
    .map((result) => result.ref);
}
