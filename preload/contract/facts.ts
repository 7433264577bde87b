// Quotes and speakers, attributions, entities and fact discrepancies across the case's sources.
// Part of the contract. All spans are code points into each source's stored text.

import type { Span } from './sources';

/** One source's rendering of a quote: where it is and whom that source credits. */
export interface QuoteOccurrence extends Span {
  sourceId: number;
  /** The speaker as this source names them (fullest form in that source), or null. */
  speaker: string | null;
}

/** The same quote across sources (matched by its words), with who each source credits. */
export interface QuoteGroup {
  /** Stable within one computation: the first occurrence's source and start. */
  id: string;
  /** The quote's words as its first occurrence gives them. */
  text: string;
  occurrences: QuoteOccurrence[];
  /** The distinct speakers credited, names merged through the entity list. */
  speakers: string[];
  /**
   * Sources credit different speakers: a misattribution, or a line two people repeated. The
   * flag says which sources credit whom.
   */
  speakerConflict: string | null;
}

/**
 * `quote`: the sentence quotes the originator directly; `reported`: reported speech or an
 * "according to" credit; `citation`: the originator is another outlet of the case.
 */
export type AttributionKind = 'quote' | 'reported' | 'citation';

/** Whom a sentence of a source credits for what it says. */
export interface Attribution extends Span {
  sourceId: number;
  /** As the text names it, fullest form in the source: "South Korea’s Unification Ministry". */
  originator: string;
  /** The entity the originator is, when the entity list knows it (merges applied). */
  entityKey: string | null;
  kind: AttributionKind;
  /** For a citation: the case's sources of the outlet credited. */
  citedSourceIds: number[];
}

/** Sources citing each other around a loop: A cites B, B cites A, or a longer chain. */
export interface CircularReporting {
  /** In citation order, the first repeated at the end of the loop implicitly. */
  sourceIds: number[];
  explanation: string;
}

export type EntityKind = 'person' | 'place' | 'organization';

/** A person, place or organisation, with its spelling variants merged. */
export interface EntitySummary {
  /** Stable across recomputation; analyst edits refer to it. */
  key: string;
  name: string;
  kind: EntityKind;
  variants: string[];
  /** Mentions per source, most first. */
  counts: Array<{ sourceId: number; count: number }>;
  total: number;
}

/** An analyst's edit to the grouping: merge two entities, or split a variant into its own. */
export type EntityEdit =
  { kind: 'merge'; from: string; into: string } | { kind: 'split'; variant: string };

export interface StoredEntityEdit {
  id: number;
  edit: EntityEdit;
}

export type DiscrepancyKind = 'number' | 'date' | 'time' | 'place' | 'person' | 'speaker' | 'other';

/** One side of a discrepancy: the differing words and the passage around them. */
export interface DiscrepancySide extends Span {
  sourceId: number;
  /** The differing words: "lunch". */
  text: string;
  /** The sentence that states it. */
  passage: Span & { text: string };
}

/** A fact two passages that say the same thing state differently. */
export interface Discrepancy {
  /** Stable within one computation. */
  id: string;
  kind: DiscrepancyKind;
  /** In words: "lunch ≠ dinner". */
  description: string;
  a: DiscrepancySide;
  b: DiscrepancySide;
}

export interface FactsStatus {
  state: 'ready' | 'computing' | 'failed';
  /** Sources whose facts are extracted, of all sources. */
  done: number;
  total: number;
  /** Why the last computation failed; null otherwise. */
  error: string | null;
}

/** The three lists of the Facts views. */
export type FactsList = 'quotes' | 'entities' | 'discrepancies';

/** `facts:get`: one view's list (the other two come back empty, with their counts), or all. */
export interface GetFactsRequest {
  list?: FactsList;
}

/** Everything the Quotes, Entities and Discrepancies views show. */
export interface CaseFacts {
  quotes: QuoteGroup[];
  attributions: Attribution[];
  entities: EntitySummary[];
  discrepancies: Discrepancy[];
  circular: CircularReporting[];
  entityEdits: StoredEntityEdit[];
  status: FactsStatus;
  /** How long each list is, asked for or not. */
  counts: Record<FactsList, number>;
}

/** Where an entity is mentioned, to filter the views by it. */
export interface EntityMentions {
  key: string;
  mentions: Array<Span & { sourceId: number }>;
}
