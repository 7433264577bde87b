// The pairwise alignment engine. Other layers import from here only.

export { ALIGNMENT_ENGINE_VERSION, alignPrepared, alignTexts, type PairAlignment } from './align';
export { judgeRelation } from './judge-relation';
export { prepareText, type PreparedText } from './prepare';
export { splitSentences } from './sentences';
export type { SourceFacts } from './source-facts';
export { Vocabulary } from './vocabulary';
export { swapAlignment } from './swap-alignment';
