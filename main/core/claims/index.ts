export { CREDIBILITY_NAMES, corroborate, suggest, type CorroborationSource } from './corroborate';
export { MIN_TEXT_MATCH_SCORE, findSuggestions, type SuggestionInput } from './find-suggestions';
export { sourceLabel } from './source-label';
