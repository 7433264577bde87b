// Claims, codebook, grading, notes and history. Part of the contract.

import type { PassageKind } from './compare';
import type { AttributionKind } from './facts';
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

/** Why two occurrences of a claim are one line of evidence. */
export interface EvidenceJoin {
  occurrenceIds: [number, number];
  sourceIds: [number, number];
  /**
   * `copy`: one of the passages lies in text aligned as verbatim or spun between the two sources
   * (a whole or partial copy, or syndication); `same-source`: both are in one source;
   * `originator`: both credit the same originator for it ("according to the ministry");
   * `citation`: one report credits the other's outlet ("…, the AP reported"); `analyst`: the
   * analyst joined the two sources by hand for this claim.
   */
  reason: 'copy' | 'same-source' | 'originator' | 'citation' | 'analyst';
  /** The kind of the copied passage that shows it; null for `same-source`. */
  passageKind: PassageKind | null;
  /** In words: "#001 copies #000 here: “held his first … Vladivostok” is spun". */
  explanation: string;
}

/** One line of evidence: occurrences joined by copying, counted once. */
export interface IndependenceGroup {
  stance: 'supports' | 'contradicts';
  sourceIds: number[];
  occurrenceIds: number[];
  /** Why these count as one, the joins' explanations joined by "; ". Empty for a lone source. */
  reason: string;
  joins: EvidenceJoin[];
}

/** The analyst's word on whether two sources are one line of evidence for a claim. Wins. */
export interface JoinOverride {
  sourceIds: [number, number];
  /** `join`: one line whatever the evidence; `split`: independent whatever the evidence. */
  action: 'join' | 'split';
}

/** Whom a claim's occurrences credit: the originator note. */
export interface ClaimOriginator {
  originator: string;
  entityKey: string | null;
  sourceIds: number[];
  occurrenceIds: number[];
  kinds: AttributionKind[];
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
  /** The rule the suggestion follows, one row per case, and the row that applied. */
  suggestionRule: { rows: string[]; applied: number };
  /** Who the occurrences credit ("South Korea’s Unification Ministry": #002, #003). */
  originators: ClaimOriginator[];
  /** The analyst's joins and splits for this claim. */
  overrides: JoinOverride[];
}

export interface ClaimDetail extends ClaimSummary {
  occurrences: ClaimOccurrence[];
  corroboration: Corroboration;
}

/** How a suggestion was found. */
export type SuggestionFinder = 'alignment' | 'search' | 'paraphrase' | 'text-match';

/** A passage in another source that may say the same as a claim, or contradict it. */
export interface OccurrenceSuggestion extends Span {
  sourceId: number;
  quote: string;
  score: number;
  /** How it was first found: the case's alignment, the passage index, or paraphrase scoring. */
  foundBy: SuggestionFinder;
  /** The aligned passage's kind when the alignment found it. */
  kind: PassageKind | null;
  /** `contradicts` when its facts differ from the claim's (lunch against dinner). */
  stance: 'supports' | 'contradicts';
  /** Why it was suggested: "aligned paraphrase", "same names and numbers: 2019, Vladivostok". */
  reasons: string[];
  /** Facts that differ from the claim's: "lunch ≠ dinner". */
  differences: string[];
  /** Whether accepting it (with `stance`) adds an independent line of evidence, and why not. */
  independence: { adds: boolean; explanation: string };
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
  /** Passages linked as contradicting in the same edit (a discrepancy turned into a claim). */
  contradictions?: PassageRef[];
}

export interface UpdateClaimRequest {
  id: number;
  tagIds?: number[];
  note?: string;
  credibility?: Credibility;
}

/** What an edit, undo or redo changed, so the UI refetches only that. */
export interface CaseEdit {
  changed: Array<'claims' | 'tags' | 'sources' | 'notes' | 'entities'>;
  history: HistoryState;
}

/** What an occurrence other than the origin says about its claim. */
export type LinkStance = 'supports' | 'contradicts';

/** A passage of one source, to link to a claim. */
export interface PassageRef extends Span {
  sourceId: number;
}

/** Sets or clears (`auto`) the analyst's join or split of two sources for one claim. */
export interface SetJoinRequest {
  claimId: number;
  sourceIds: [number, number];
  action: 'join' | 'split' | 'auto';
}

export interface SetStanceRequest {
  occurrenceId: number;
  stance: LinkStance;
}

/** Moves an occurrence (the origin too) to another passage, possibly of another source. */
export interface ReanchorOccurrenceRequest extends PassageRef {
  occurrenceId: number;
}

/** Links many passages to one claim with one stance, as one undoable edit ("Tag all hits"). */
export interface AddOccurrencesRequest {
  claimId: number;
  stance: LinkStance;
  passages: PassageRef[];
}

export interface AddOccurrencesResult {
  claim: ClaimDetail;
  added: number;
  /** Passages already linked to the claim (or repeated in the request), left as they were. */
  skipped: number;
}

/** Every operation: channel name -> request and response. */
