import lunr from 'lunr';
import type { SearchLanguage } from '../../preload/contract';
import { tokenize } from '../core/search/tokens';
import { isStopWordIn, languagePipeline, stemWith } from './languages';

// Lunr, set up for any script. Stock Lunr splits on whitespace and hyphens and its trimmer strips
// every non-ASCII letter, so it finds nothing in Cyrillic, Greek, Arabic or CJK, nor "café".
// Here the tokenizer is Corroborate's Unicode one (NFC, lower case, CJK characters as tokens,
// positions in code points), there is no trimmer, and the stemmer and stop words are the case's
// language's: English by default (its stemmer touches ASCII words only), or one from
// lunr-languages. Positions are whitelisted so hits can be highlighted.

/** The fields of every search document, with the weight a match in each carries. */
export const SEARCH_FIELDS = { title: 3, body: 1, tags: 2, outlet: 1 } as const;
export type SearchField = keyof typeof SEARCH_FIELDS;
export const SEARCH_FIELD_NAMES = Object.keys(SEARCH_FIELDS) as SearchField[];

/** A search document: a passage, a source's title line, a claim or a note. */
export interface SearchDoc {
  ref: string;
  fields: Partial<Record<SearchField, string>>;
}

/** Changes whenever tokenizing or the pipeline changes: stored segments of another version are rebuilt. */
export const SEARCH_ENGINE_VERSION = 1;

/** Stems a query or text term as the index for `language` does. */
export function stemTerm(term: string, language: SearchLanguage = 'en'): string {
  return stemWith(language, term);
}

export function isStopWord(term: string, language: SearchLanguage = 'en'): boolean {
  return isStopWordIn(language, term);
}

function unicodeTokenizer(value?: unknown, metadata?: object): lunr.Token[] {
  if (value === null || value === undefined) return [];
  return tokenize(String(value)).map(
    (token) =>
      new lunr.Token(token.term, {
        ...metadata,
        position: [token.start, token.end - token.start],
        index: token.position,
      }),
  );
}

/** A Lunr index over `docs`, configured as above, stemming for `language`. */
export function buildLunrIndex(
  docs: readonly SearchDoc[],
  language: SearchLanguage = 'en',
): lunr.Index {
  const { stemmer, stopWordFilter } = languagePipeline(language);
  const builder = new lunr.Builder();
  builder.pipeline.add(stopWordFilter, stemmer);
  builder.searchPipeline.add(stemmer);
  (builder as unknown as { tokenizer: typeof unicodeTokenizer }).tokenizer = unicodeTokenizer;
  builder.metadataWhitelist = ['position'];
  builder.ref('ref');
  for (const field of SEARCH_FIELD_NAMES) builder.field(field);
  for (const doc of docs) builder.add({ ref: doc.ref, ...doc.fields });
  return builder.build();
}

export function loadLunrIndex(serialized: object): lunr.Index {
  return lunr.Index.load(serialized);
}

export { lunr };
