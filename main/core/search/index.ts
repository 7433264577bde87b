export { findPhrase } from './phrase';
export {
  parseQuery,
  type Clause,
  type ParsedQuery,
  type PhraseClause,
  type Presence,
  type TermClause,
} from './query';
export { makeSnippet, type Snippet } from './snippet';
export { normalizeTerm, tokenize, type Token } from './tokens';
