// What the facts extractors find in one text: direct quotes with their speakers, each sentence's
// attribution, named entities, and the facts two passages state differently. Offsets here are
// UTF-16 indices into the string given (end exclusive); the case layer converts them to code
// points, as the contract stores spans.

/** A stretch of one text: UTF-16 offsets, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** A direct quote. Its range covers the quoted words without the quotation marks. */
export interface QuoteFact extends TextRange {
  /** The quoted words, as in the text (`text.slice(start, end)`). */
  text: string;
  /**
   * Who the text says spoke them, with the fullest name the text gives for that person or body
   * ("Dmitry Peskov" for "Peskov said" when an earlier sentence named "Dmitry Peskov"), or null
   * when the text names nobody.
   */
  speaker: string | null;
  /** Where the speaker is named for this quote, or null. */
  speakerRange: TextRange | null;
}

/**
 * How a sentence is attributed: `quote` when it carries a direct quote credited to the
 * originator, `reported` for reported speech and "according to …" credits.
 */
export type AttributionKind = 'quote' | 'reported';

/** A sentence's attribution: the originator the text credits for what the sentence says. */
export interface AttributionFact extends TextRange {
  /** The originator as the text names it, fullest form in the text: "South Korea's Unification Ministry". */
  originator: string;
  /** Where the originator is named (possibly in an earlier sentence for "He added …"). */
  originatorRange: TextRange;
  kind: AttributionKind;
}

export type EntityKind = 'person' | 'place' | 'organization';

/** One mention of a named entity. */
export interface EntityMention extends TextRange {
  text: string;
  kind: EntityKind;
}

/** The kinds of fact two passages can state differently. */
export type DiscrepancyKind = 'number' | 'date' | 'time' | 'place' | 'person' | 'other';

/** A fact one passage states one way and the other another way. */
export interface FactDifference {
  kind: DiscrepancyKind;
  /** The differing words in the first passage (range into that passage's text). */
  a: TextRange & { text: string };
  /** The differing words in the second passage (range into that passage's text). */
  b: TextRange & { text: string };
  /** In words: "lunch ≠ dinner", "2,000 tonnes ≠ 3,000 tonnes". */
  description: string;
}
