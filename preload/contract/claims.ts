// Claims, codebook, grading, notes and history. Part of the contract.

import type { PassageKind } from './compare';
import type { Span } from './sources';

/** Admiralty information credibility: 1 confirmed … 5 improbable, 6 cannot be judged. */
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export interface TagInfo {
  id: number;
  name: string;
  /** #rrggbb */
  color: string;
  parentId: number | null;
  /** Order among siblings. */
  position: number;
  /** Claims tagged with this tag itself (not its children). */
  claimCount: number;
}

/** Where a claim is said: its first tagging (origin), or another source supporting or contradicting it. */
export type OccurrenceStance = 'origin' | 'supports' | 'contradicts';

/** A claim's passage in one source: code points, plus the exact quote to re-anchor it by. */
export interface ClaimOccurrence extends Span {
  id: number;
  claimId: number;
  sourceId: number;
  quote: string;
  prefix: string;
  suffix: string;
  stance: OccurrenceStance;
}

export interface ClaimSummary {
  id: number;
  /** The origin occurrence's source and quote. */
  sourceId: number;
  quote: string;
  tagIds: number[];
  note: string;
  /** The analyst's grade; never changed by the app. */
  credibility: Credibility;
  suggestedCredibility: Credibility;
  /** Supporting sources counted independently: a derived copy counts with its origin. */
  independentSources: number;
  independentContradictions: number;
  occurrenceCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface IndependenceGroup {
  stance: 'supports' | 'contradicts';
  sourceIds: number[];
  /** Why these sources count as one, e.g. "001 is a derived copy of 000". Empty for a lone source. */
  reason: string;
}

export interface Corroboration {
  independentSources: number;
  independentContradictions: number;
  groups: IndependenceGroup[];
  /** Sources of one outlet, shown as such. */
  sameOutlet: Array<{ outlet: string; sourceIds: number[] }>;
  suggestedCredibility: Credibility;
  /** The suggestion in words, e.g. "2 independent sources, no contradiction: probably true". */
  suggestionReason: string;
}

export interface ClaimDetail extends ClaimSummary {
  occurrences: ClaimOccurrence[];
  corroboration: Corroboration;
}

/** A passage in another source that may say the same as a claim. */
export interface OccurrenceSuggestion extends Span {
  sourceId: number;
  quote: string;
  score: number;
  /** How it was found: the case's alignment, or a text match on the claim's words. */
  foundBy: 'alignment' | 'text-match';
  kind: PassageKind | null;
}

/** A claim's occurrence in a source, with what the reader needs to highlight it. */
export interface SourceClaimMark extends Span {
  occurrenceId: number;
  claimId: number;
  stance: OccurrenceStance;
  tagIds: number[];
  note: string;
}

export type NoteOwner = { kind: 'case' } | { kind: 'source'; id: number };

export interface Note {
  owner: NoteOwner;
  text: string;
  updatedAt: string | null;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** What undo or redo would do, e.g. "Undo tag claim". */
  undoLabel: string | null;
  redoLabel: string | null;
}

export type TagDeletion =
  { claims: 'untag' } | { claims: 'reassign'; tagId: number } | { claims: 'delete' };

export interface CreateClaimRequest extends Span {
  sourceId: number;
  tagIds: number[];
  note?: string;
  credibility?: Credibility;
}

export interface UpdateClaimRequest {
  id: number;
  tagIds?: number[];
  note?: string;
  credibility?: Credibility;
}

/** What an edit, undo or redo changed, so the UI refetches only that. */
export interface CaseEdit {
  changed: Array<'claims' | 'tags' | 'sources' | 'notes'>;
  history: HistoryState;
}

/** Every operation: channel name -> request and response. */
