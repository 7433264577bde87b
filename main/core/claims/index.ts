export { CREDIBILITY_NAMES, corroborate, suggest, type CorroborationSource } from './corroborate';
export { MIN_TEXT_MATCH_SCORE, findSuggestions, type SuggestionInput } from './find-suggestions';
export { domainOf, fileNumber, shortDate, sourceLabel, sourceNumbers } from './source-label';
