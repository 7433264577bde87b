export {
  compareCorpus,
  type CompareCorpusOptions,
  type CorpusComparison,
  type CorpusDocument,
} from './compare-corpus';
export {
  DEFAULT_LSH,
  findCandidatePairs,
  type CandidateResult,
  type CandidateStats,
  type LshParameters,
} from './candidate-pairs';
export { sentenceSets } from './sentence-sets';
export { composeAlignments } from './compose-alignment';
export {
  DEFAULT_COPY_CLUSTERS,
  documentWords,
  findCopyClusters,
  type CopyClusterParameters,
} from './copy-clusters';
export { seededRandom } from './hash';
export {
  addTallies,
  EMPTY_TALLY,
  reuseScores,
  tallyReuse,
  type ReusePair,
  type ReuseScores,
  type ReuseTally,
} from './reuse-measures';
