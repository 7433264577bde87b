// Comparison of sources: aligned passages and relations. Part of the contract.

import type { Span } from './sources';

/**
 * How two passages relate: the same words (verbatim), the same sentence with words swapped for
 * synonyms, number words for digits or small insertions (spun), the same content reworded
 * (paraphrase), or the same quoted words, whoever they are attributed to (shared quote).
 */
export type PassageKind = 'verbatim' | 'spun' | 'paraphrase' | 'shared-quote';

/** A changed word run inside an aligned passage: removed from text A, or added in text B. */
export interface DiffMark extends Span {
  op: 'removed' | 'added';
}

/** One aligned passage pair; spans are code points into each source's text. */
export interface AlignedPassage {
  a: Span;
  b: Span;
  /** 0..1: how alike the two passages are. */
  score: number;
  kind: PassageKind;
  /** Word-level differences: removed words in A, added words in B. */
  diff: { a: DiffMark[]; b: DiffMark[] };
}

/** A word swap seen across the aligned passages of two sources ("leader → chief ×3"). */
export interface Substitution {
  from: string;
  to: string;
  count: number;
}

export type RelationVerdict = 'derived-copy' | 'shares-passages' | 'independent';

/**
 * How much of a derived copy was taken: the whole text, or a contiguous run of it (a content farm
 * that spun half an article and padded it with other text is a partial copy).
 */
export type CopyExtent = 'whole' | 'partial';

/** One continuous run copied (verbatim or spun) between two texts; code points into each. */
export interface CopiedRun {
  a: Span;
  b: Span;
}

export interface SourceRelation {
  a: number;
  b: number;
  /** 0..1 over both texts. */
  similarity: number;
  /** Share of each text (a, b) covered by aligned passages of any kind. */
  coverage: [number, number];
  verdict: RelationVerdict;
  /**
   * For a derived copy whose direction the texts give evidence for: which source copied which,
   * and the evidence in words (the attribution line, the two dates). Never a guess.
   */
  direction: { copy: number; origin: number; evidence: string } | null;
  /** For a derived copy: whole or partial; null for any other verdict. */
  extent: CopyExtent | null;
  /**
   * Set for a derived copy whose two whole texts align verbatim word for word: the same text
   * republished (syndication). Absent otherwise.
   */
  identical?: true;
  /** The copied runs behind a derived copy, sorted by `a.start`; empty for other verdicts. */
  copiedRuns: CopiedRun[];
  /** The verdict in words an analyst can check: coverage, evidence, example substitutions. */
  explanation: string;
  passageCounts: Record<PassageKind, number>;
}

export interface PairComparison {
  relation: SourceRelation;
  /** Oriented as requested: `a` spans are in the first source asked for. */
  passages: AlignedPassage[];
  substitutions: Substitution[];
}

export interface RelationsState {
  /** `computing` while the worker compares sources that are new or changed. */
  status: 'ready' | 'computing';
  progress: { done: number; total: number } | null;
  /** Every pair of sources that is not independent; absent pairs are independent. */
  relations: SourceRelation[];
  sourceCount: number;
}
