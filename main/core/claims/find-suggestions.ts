// Where else a claim may be said: passages of the case's alignment that overlap the claim, and
// passages that match the claim's own words.

import type {
  AlignedPassage,
  ClaimOccurrence,
  OccurrenceSuggestion,
  Span,
} from '../../../preload/contract';
import { alignTexts } from '../align';
import { sliceByCodePoints } from '../text/code-points';

/** Text matches below this score are too loose to be worth an analyst's look. */
export const MIN_TEXT_MATCH_SCORE = 0.5;

export interface SuggestionInput {
  origin: ClaimOccurrence;
  occurrences: readonly ClaimOccurrence[];
  rejected: ReadonlyArray<Span & { sourceId: number }>;
  sources: ReadonlyArray<{ id: number; text: string }>;
  /** The case's alignment of the origin's source with another, oriented origin first. */
  alignedPassages(otherSourceId: number): readonly AlignedPassage[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * For each source other than the origin's: (a) aligned passages overlapping the claim's span,
 * (b) passages the engine aligns with the claim's quote scoring at least MIN_TEXT_MATCH_SCORE.
 * Overlapping candidates in one source keep the best (alignment wins ties); candidates that
 * overlap an occurrence already recorded or a rejected suggestion are dropped. Best score first.
 */
export function findSuggestions(input: SuggestionInput): OccurrenceSuggestion[] {
  const { origin } = input;
  const suggestions: OccurrenceSuggestion[] = [];
  for (const source of input.sources) {
    if (source.id === origin.sourceId) continue;
    const candidates: OccurrenceSuggestion[] = [];
    const add = (
      span: Span,
      score: number,
      foundBy: OccurrenceSuggestion['foundBy'],
      kind: AlignedPassage['kind'],
    ) =>
      candidates.push({
        sourceId: source.id,
        start: span.start,
        end: span.end,
        quote: sliceByCodePoints(source.text, span.start, span.end),
        score,
        foundBy,
        kind,
      });
    for (const passage of input.alignedPassages(source.id)) {
      if (overlaps(passage.a, origin)) add(passage.b, passage.score, 'alignment', passage.kind);
    }
    for (const passage of alignTexts(origin.quote, source.text).passages) {
      if (passage.score >= MIN_TEXT_MATCH_SCORE)
        add(passage.b, passage.score, 'text-match', passage.kind);
    }
    const taken = input.occurrences.filter((occurrence) => occurrence.sourceId === source.id);
    const rejected = input.rejected.filter((span) => span.sourceId === source.id);
    candidates.sort(
      (x, y) =>
        y.score - x.score || (x.foundBy === y.foundBy ? 0 : x.foundBy === 'alignment' ? -1 : 1),
    );
    const kept: OccurrenceSuggestion[] = [];
    for (const candidate of candidates) {
      if (kept.some((other) => overlaps(other, candidate))) continue;
      if (taken.some((occurrence) => overlaps(occurrence, candidate))) continue;
      if (rejected.some((span) => overlaps(span, candidate))) continue;
      kept.push(candidate);
    }
    suggestions.push(...kept);
  }
  return suggestions.sort(
    (x, y) => y.score - x.score || x.sourceId - y.sourceId || x.start - y.start,
  );
}
