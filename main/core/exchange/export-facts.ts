// What the exports say about facts (issue 17): quotes with the speaker each source credits,
// each claim's originator note and the analyst's joins and splits, and fact discrepancies.
// The human-facing formats list a bounded number of quotes and discrepancies (a 2,000-source
// case can have thousands); the case JSON carries every one.
import type { CaseFacts, Discrepancy, QuoteGroup } from '../../../preload/contract';
import type { OccurrenceCredit } from '../claims';
import { codePointLength, sliceByCodePoints } from '../text/code-points';
import type { ExportClaim } from './export-view';

/** The derived facts of the case, as the facts service computed them. */
export type DerivedFacts = Pick<
  CaseFacts,
  'quotes' | 'attributions' | 'entities' | 'discrepancies' | 'circular'
>;

export interface ExportFacts extends DerivedFacts {
  /** Whom each claim's occurrences credit (the attributions and quotes they overlap). */
  credits: Array<{ claimId: number; credits: OccurrenceCredit[] }>;
}

/**
 * The facts about sources in the snapshot only: facts computed a moment before the snapshot
 * was read may still name a source deleted since.
 */
export function factsWithin(facts: ExportFacts, has: (sourceId: number) => boolean): ExportFacts {
  const quotes: ExportFacts['quotes'] = [];
  for (const quote of facts.quotes) {
    if (quote.occurrences.every((occurrence) => has(occurrence.sourceId))) quotes.push(quote);
    else {
      const occurrences = quote.occurrences.filter((occurrence) => has(occurrence.sourceId));
      if (occurrences.length > 0) quotes.push({ ...quote, occurrences });
    }
  }
  return {
    ...facts,
    quotes,
    attributions: facts.attributions.filter((attribution) => has(attribution.sourceId)),
    discrepancies: facts.discrepancies.filter(
      (discrepancy) => has(discrepancy.a.sourceId) && has(discrepancy.b.sourceId),
    ),
    circular: facts.circular.filter((loop) => loop.sourceIds.every(has)),
  };
}

/** How many quotes and how many discrepancies Markdown and the report list. */
export const FACT_LIST_LIMIT = 200;
/** A quote or passage longer than this is cut (with "…") where a list shows it. */
export const PASSAGE_LIMIT = 400;

/**
 * The quotes worth listing: said in two sources or more, or credited to different speakers.
 * Speaker conflicts first, then by how many sources quote it; otherwise in the given order.
 */
export function sharedQuotes(quotes: readonly QuoteGroup[]): QuoteGroup[] {
  const listed: Array<{ quote: QuoteGroup; sources: number; index: number }> = [];
  quotes.forEach((quote, index) => {
    const sources = new Set(quote.occurrences.map((occurrence) => occurrence.sourceId)).size;
    if (sources >= 2 || quote.speakerConflict !== null) listed.push({ quote, sources, index });
  });
  listed.sort(
    (a, b) =>
      Number(b.quote.speakerConflict !== null) - Number(a.quote.speakerConflict !== null) ||
      b.sources - a.sources ||
      a.index - b.index,
  );
  return listed.map((entry) => entry.quote);
}

/** The first `limit` items and how many were left out. */
export function firstOf<T>(
  items: readonly T[],
  limit = FACT_LIST_LIMIT,
): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** Text cut to `limit` code points, with "…" when cut. */
export function clip(text: string, limit = PASSAGE_LIMIT): string {
  return codePointLength(text) <= limit ? text : `${sliceByCodePoints(text, 0, limit - 1)}…`;
}

/**
 * A discrepancy side's passage split around the differing words, so a format can mark them:
 * `before` + `differing` + `after` is the passage (cut around the words when long).
 */
export function passageParts(side: Discrepancy['a']): {
  before: string;
  differing: string;
  after: string;
} {
  const { passage } = side;
  const length = codePointLength(passage.text);
  const from = Math.min(Math.max(0, side.start - passage.start), length);
  const to = Math.min(Math.max(from, side.end - passage.start), length);
  const around = Math.max(40, Math.floor((PASSAGE_LIMIT - (to - from)) / 2));
  const start = Math.max(0, from - around);
  const end = Math.min(length, to + around);
  return {
    before: `${start > 0 ? '…' : ''}${sliceByCodePoints(passage.text, start, from)}`,
    differing: sliceByCodePoints(passage.text, from, to),
    after: `${sliceByCodePoints(passage.text, to, end)}${end < length ? '…' : ''}`,
  };
}

/** "Originator: South Korea’s Unification Ministry (#002, #003)", one per originator credited. */
export function originatorLines(
  claim: ExportClaim,
  number: (sourceId: number) => string,
): string[] {
  return claim.corroboration.originators.map(
    (entry) => `Originator: ${entry.originator} (${entry.sourceIds.map(number).join(', ')})`,
  );
}

/** The analyst's joins and splits for the claim, in words. */
export function overrideLines(claim: ExportClaim, number: (sourceId: number) => string): string[] {
  return claim.corroboration.overrides.map(({ sourceIds: [a, b], action }) =>
    action === 'split'
      ? `You counted ${number(a)} and ${number(b)} apart`
      : `You joined ${number(a)} and ${number(b)} as one line of evidence`,
  );
}
