export { CONTEXT_LENGTH, anchorSpan, clusterSplitAt, reanchor, type TextAnchor } from './anchor';
