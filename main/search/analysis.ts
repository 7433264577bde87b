import lunr from 'lunr';
import type { SearchLanguage } from '../../preload/contract';
import { tokenize, type Token } from '../core/search/tokens';
import { languagePipeline } from './languages';

// Text analysis for search: Lunr's pipeline, set up for any script. Stock Lunr splits on
// whitespace and hyphens and its trimmer strips every non-ASCII letter, so it finds nothing in
// Cyrillic, Greek, Arabic or CJK, nor "café". Here the tokenizer is Corroborate's Unicode one
// (NFC, lower case, CJK characters as tokens, positions in code points), there is no trimmer,
// and the stop-word filter and stemmer are the case's language's, run as a lunr.Pipeline:
// English by default (its stemmer touches ASCII words only), or one from lunr-languages.

/** The fields of every search document, with the weight a match in each carries. */
export const SEARCH_FIELDS = { title: 3, body: 1, tags: 2, outlet: 1 } as const;
export type SearchField = keyof typeof SEARCH_FIELDS;
export const SEARCH_FIELD_NAMES = Object.keys(SEARCH_FIELDS) as SearchField[];

/** Changes whenever tokenizing, the pipeline or the segment format changes: stored segments of another version are rebuilt. */
export const SEARCH_ENGINE_VERSION = 2;

/** A token of a text with the term the index keeps for it (null for a stop word). */
export interface AnalyzedToken extends Token {
  indexTerm: string | null;
}

/** Past this many distinct words the memo starts again, so a long session's memory stays bounded. */
const MEMO_LIMIT = 500_000;

/**
 * A language's analysis. Stemming is the slow part of indexing and a corpus repeats its words,
 * so each distinct token is run through Lunr's pipeline once and remembered.
 */
export class Analyzer {
  private readonly indexPipeline = new lunr.Pipeline();
  private readonly queryPipeline = new lunr.Pipeline();
  private readonly indexMemo = new Map<string, string | null>();
  private readonly stemMemo = new Map<string, string>();

  constructor(readonly language: SearchLanguage) {
    const { stemmer, stopWordFilter } = languagePipeline(language);
    this.indexPipeline.add(stopWordFilter, stemmer);
    this.queryPipeline.add(stemmer);
  }

  /** The term the index keeps for a (normalized) token, or null for a stop word. */
  indexTerm(term: string): string | null {
    const known = this.indexMemo.get(term);
    if (known !== undefined) return known;
    if (this.indexMemo.size >= MEMO_LIMIT) this.indexMemo.clear();
    const result = this.indexPipeline.runString(term)[0] ?? null;
    this.indexMemo.set(term, result);
    return result;
  }

  /** A query term stemmed as the index stems it (stop words are not dropped here). */
  stem(term: string): string {
    const known = this.stemMemo.get(term);
    if (known !== undefined) return known;
    if (this.stemMemo.size >= MEMO_LIMIT) this.stemMemo.clear();
    const result = this.queryPipeline.runString(term)[0] ?? term;
    this.stemMemo.set(term, result);
    return result;
  }

  isStopWord(term: string): boolean {
    return this.indexTerm(term) === null && term !== '';
  }

  /** Every token of `text`, with its index term. */
  tokens(text: string): AnalyzedToken[] {
    return tokenize(text).map((token) => ({ ...token, indexTerm: this.indexTerm(token.term) }));
  }
}

const analyzers = new Map<SearchLanguage, Analyzer>();

/** The shared analyzer of a language. */
export function analyzerFor(language: SearchLanguage = 'en'): Analyzer {
  let analyzer = analyzers.get(language);
  if (!analyzer) analyzers.set(language, (analyzer = new Analyzer(language)));
  return analyzer;
}

/** Stems a query or text term as the index for `language` does. */
export function stemTerm(term: string, language: SearchLanguage = 'en'): string {
  return analyzerFor(language).stem(term);
}

export function isStopWord(term: string, language: SearchLanguage = 'en'): boolean {
  return analyzerFor(language).isStopWord(term);
}

export { lunr };
