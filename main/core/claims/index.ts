export {
  CREDIBILITY_NAMES,
  SUGGESTION_RULE,
  copiedPassagesOf,
  copyEvidenceFromRelations,
  corroborate,
  PreparedEvidence,
  shortQuote,
  suggest,
  type CopiedPassage,
  type CopyEvidence,
  type CorroborationSource,
  type EvidenceOccurrence,
} from './corroborate';
export { factDifferences } from './fact-differences';
export {
  creditKey,
  isVagueOriginator,
  type AttributionEvidence,
  type OccurrenceCredit,
} from './attribution-joins';
export {
  MIN_MATCH_SCORE,
  findSuggestions,
  type SuggestionInput,
  type SuggestionSource,
} from './find-suggestions';
export { domainOf, fileNumber, shortDate, sourceLabel, sourceNumbers } from './source-label';
