export {
  computeCaseFacts,
  type CaseFactsInput,
  type ComputedFacts,
  type FactsSource,
} from './case-facts';
export { circularReporting, OutletIndex, type OutletSource } from './citations';
export { factDiscrepancies } from './discrepancies';
export { groupEntities, type EntityRecognizer } from './entities';
export { groupQuotes, quoteWords } from './quote-groups';
export { pairSentences, type FactSentence, type SentencePair } from './sentence-pairs';
export {
  extractSourceRecord,
  FACTS_ENGINE_VERSION,
  parseSourceRecord,
  type SourceRecord,
} from './source-record';
export type * from './types';
