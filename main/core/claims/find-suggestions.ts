// Where else a claim may be said, or contradicted: passages the case's alignment ties to the
// claim, and sentences of other sources that state the same fact in other words (found through
// the passage index, or by scoring every sentence of a small case). Each candidate says why it
// was found, which facts differ, and whether accepting it adds an independent line of evidence.

import type {
  AlignedPassage,
  ClaimOccurrence,
  Corroboration,
  OccurrenceSuggestion,
  Span,
  SuggestionFinder,
} from '../../../preload/contract';
import { alignTexts } from '../align';
import { segmentText } from '../align/sentences';
import { sliceByCodePoints, utf16ToCodePointOffset } from '../text/code-points';
import {
  corroborate,
  PreparedEvidence,
  type CopyEvidence,
  type CorroborationSource,
  type EvidenceOccurrence,
} from './corroborate';
import { factDifferences } from './fact-differences';
import { matchTerms, scoreSentence, TermWeights, type MatchTerms } from './passage-match';

/**
 * Sentences scoring below this are too loose to be worth an analyst's look: the highest cut that
 * keeps recall at 0.9 on the dev split of bench/eval's hand-labelled sentence pairs (test split:
 * precision 0.55, recall 0.86; `tsx bench/eval/suggestions.ts`).
 */
export const MIN_MATCH_SCORE = 0.54;
/** A sentence whose facts differ from the claim's is offered from this score on. */
export const MIN_CONTRADICTION_SCORE = 0.3;
/** Most suggestions per source, and in all. */
export const MAX_PER_SOURCE = 3;
export const MAX_SUGGESTIONS = 30;
/** Up to this many sources to look in, the claim is also aligned with each by the engine. */
export const MAX_ENGINE_SOURCES = 60;

export interface SuggestionSource {
  id: number;
  text: string;
  /** Code points; sentences are looked for inside them. */
  paragraphs: readonly Span[];
}

export interface SuggestionInput {
  origin: ClaimOccurrence;
  occurrences: readonly ClaimOccurrence[];
  rejected: ReadonlyArray<Span & { sourceId: number }>;
  /** The origin's paragraph(s): the names and numbers around the claim. */
  originContext: string;
  /** Sources to look in (the origin's own is skipped). */
  sources: readonly SuggestionSource[];
  /** Paragraphs the passage index returned for the claim's words. */
  searchHits: ReadonlyArray<Span & { sourceId: number }>;
  /** The case's alignment of the origin's source with another, oriented origin first. */
  alignedPassages(otherSourceId: number): readonly AlignedPassage[];
  evidence: CopyEvidence;
  corroborationSources: readonly CorroborationSource[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

interface Candidate extends Span {
  sourceId: number;
  score: number;
  foundBy: SuggestionFinder;
  kind: AlignedPassage['kind'] | null;
  reasons: string[];
}

interface Sentence extends Span {
  paragraph: Span;
  terms: MatchTerms;
}

function sentencesOf(source: SuggestionSource): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of source.paragraphs) {
    const text = sliceByCodePoints(source.text, paragraph.start, paragraph.end);
    for (const sentence of segmentText(text).sentences) {
      const start = paragraph.start + utf16ToCodePointOffset(text, sentence.start);
      const end = paragraph.start + utf16ToCodePointOffset(text, sentence.end);
      sentences.push({
        start,
        end,
        paragraph,
        terms: matchTerms(text.slice(sentence.start, sentence.end)),
      });
    }
  }
  return sentences;
}

const list = (words: readonly string[], most = 5) =>
  words.length > most ? `${words.slice(0, most).join(', ')} …` : words.join(', ');

/**
 * Candidates for a claim, best first:
 * - aligned passages of another source overlapping the claim's span ("aligned spun");
 * - sentences of other sources scoring at least MIN_MATCH_SCORE on the claim's weighted words
 *   and the names and numbers around it ("same names and numbers: 2019, Vladivostok"); found by
 *   the passage index when it returned their paragraph, else by paraphrase scoring.
 * A candidate whose facts differ from the claim's is offered as a possible contradiction.
 * Overlapping candidates in one source keep the aligned passage, else the best scoring; those
 * overlapping an occurrence already recorded or a rejected suggestion are dropped. Candidates
 * that would add an independent line come first.
 */
export function findSuggestions(input: SuggestionInput): OccurrenceSuggestion[] {
  const { origin } = input;
  const claim = matchTerms(origin.quote);
  const context = matchTerms(`${input.originContext} ${origin.quote}`);
  const others = input.sources.filter((source) => source.id !== origin.sourceId);
  const sentencesBySource = new Map(others.map((source) => [source.id, sentencesOf(source)]));
  const claimSentences = Math.max(1, segmentText(origin.quote).sentences.length);
  const weights = new TermWeights();
  weights.add(claim.stems);
  for (const sentences of sentencesBySource.values()) {
    for (const sentence of sentences) weights.add(sentence.terms.stems);
  }
  const paragraphTerms = new Map<string, MatchTerms>();
  const hitsBySource = new Map<number, Span[]>();
  for (const hit of input.searchHits) {
    const spans = hitsBySource.get(hit.sourceId) ?? [];
    spans.push(hit);
    hitsBySource.set(hit.sourceId, spans);
  }

  const prepared = new PreparedEvidence(input.evidence, input.corroborationSources);
  const current = corroborate(input.occurrences, prepared);
  const suggestions: OccurrenceSuggestion[] = [];
  for (const source of others) {
    const candidates: Candidate[] = [];
    const sentences = sentencesBySource.get(source.id) ?? [];
    const aligned = input.alignedPassages(source.id);
    // Text copied from the claim's own source says what that source says, not something new.
    const copiedHere = aligned
      .filter((passage) => passage.kind === 'verbatim' || passage.kind === 'spun')
      .map((passage) => passage.b);
    for (const passage of aligned) {
      if (!overlaps(passage.a, origin)) continue;
      candidates.push({
        sourceId: source.id,
        ...claimPartOf(passage.b, sentences, claim, claimSentences, weights),
        score: passage.score,
        foundBy: 'alignment',
        kind: passage.kind,
        reasons: [`aligned ${passage.kind === 'shared-quote' ? 'shared quote' : passage.kind}`],
      });
    }
    // The alignment engine's own paraphrase scoring of the claim against the source, where the
    // case's comparison (sentence against sentence) had nothing: a few sources only, as it
    // aligns the claim with each whole text.
    if (others.length <= MAX_ENGINE_SOURCES) {
      for (const passage of alignTexts(origin.quote, source.text).passages) {
        if (passage.kind !== 'paraphrase' || passage.score < MIN_MATCH_SCORE) continue;
        candidates.push({
          sourceId: source.id,
          ...passage.b,
          score: passage.score,
          foundBy: 'paraphrase',
          kind: passage.kind,
          reasons: ['the alignment engine’s paraphrase scoring'],
        });
      }
    }
    const hits = hitsBySource.get(source.id) ?? [];
    for (const sentence of sentences) {
      const key = `${source.id}:${sentence.paragraph.start}`;
      let paragraph = paragraphTerms.get(key);
      if (!paragraph) {
        paragraph = matchTerms(
          sliceByCodePoints(source.text, sentence.paragraph.start, sentence.paragraph.end),
        );
        paragraphTerms.set(key, paragraph);
      }
      if (copiedHere.some((span) => overlaps(span, sentence))) continue;
      const match = scoreSentence(claim, context, sentence.terms, paragraph, weights);
      if (match.score < MIN_CONTRADICTION_SCORE) continue;
      // A sentence giving another meal, day or quantity of the same kind speaks of the same
      // thing: worth showing as a possible contradiction at a lower score.
      const differs =
        factDifferences(origin.quote, sliceByCodePoints(source.text, sentence.start, sentence.end))
          .length > 0;
      if (match.score < MIN_MATCH_SCORE && !differs) continue;
      const reasons: string[] = [];
      if (match.sharedKeys.length > 0) {
        reasons.push(`same names and numbers: ${list(match.sharedKeys)}`);
      }
      if (match.sharedWords.length > 0) reasons.push(`shared words: ${list(match.sharedWords)}`);
      const found = hits.some((hit) => overlaps(hit, sentence));
      candidates.push({
        sourceId: source.id,
        start: sentence.start,
        end: sentence.end,
        score: match.score,
        foundBy: found ? 'search' : 'paraphrase',
        kind: null,
        reasons: [found ? 'found in the passage index' : 'paraphrase scoring', ...reasons],
      });
    }

    const taken = input.occurrences.filter((occurrence) => occurrence.sourceId === source.id);
    const rejected = input.rejected.filter((span) => span.sourceId === source.id);
    // The alignment's passage wins over a sentence it overlaps: it says how the text was copied.
    candidates.sort(
      (x, y) =>
        (x.foundBy === y.foundBy
          ? 0
          : x.foundBy === 'alignment'
            ? -1
            : y.foundBy === 'alignment'
              ? 1
              : 0) || y.score - x.score,
    );
    const kept: Candidate[] = [];
    for (const candidate of candidates) {
      if (kept.length >= MAX_PER_SOURCE) break;
      const same = kept.find((other) => overlaps(other, candidate));
      if (same) {
        // Found more than one way: the kept candidate says each reason once.
        for (const reason of candidate.reasons) {
          if (!same.reasons.includes(reason)) same.reasons.push(reason);
        }
        continue;
      }
      if (taken.some((occurrence) => overlaps(occurrence, candidate))) continue;
      if (rejected.some((span) => overlaps(span, candidate))) continue;
      kept.push(candidate);
    }
    for (const candidate of kept) {
      const quote = sliceByCodePoints(source.text, candidate.start, candidate.end);
      suggestions.push(describe(candidate, quote, input, prepared, current));
    }
  }
  // What would add an independent line first: copies of the claim's own source come last.
  return suggestions
    .sort(
      (x, y) =>
        Number(y.independence.adds) - Number(x.independence.adds) ||
        y.score - x.score ||
        x.sourceId - y.sourceId ||
        x.start - y.start,
    )
    .slice(0, MAX_SUGGESTIONS);
}

/**
 * The part of an aligned passage that says the claim. A copied run can be a whole article: the
 * sentence in it matching the claim best, and as many following as the claim has sentences.
 */
function claimPartOf(
  passage: Span,
  sentences: readonly Sentence[],
  claim: MatchTerms,
  claimSentences: number,
  weights: TermWeights,
): Span {
  const inside = sentences.filter(
    (sentence) => sentence.start >= passage.start && sentence.end <= passage.end,
  );
  if (inside.length <= claimSentences) return { start: passage.start, end: passage.end };
  let best = 0;
  let bestScore = -1;
  inside.forEach((sentence, index) => {
    const score = scoreSentence(claim, claim, sentence.terms, sentence.terms, weights).score;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  const first = Math.min(best, inside.length - claimSentences);
  const start = inside[first]?.start ?? passage.start;
  const end = inside[first + claimSentences - 1]?.end ?? passage.end;
  return { start, end };
}

/** The candidate with its stance, differing facts and what accepting it would change. */
function describe(
  candidate: Candidate,
  quote: string,
  input: SuggestionInput,
  prepared: PreparedEvidence,
  current: Corroboration,
): OccurrenceSuggestion {
  const differences =
    candidate.kind === 'verbatim' ? [] : factDifferences(input.origin.quote, quote);
  const stance = differences.length > 0 ? 'contradicts' : 'supports';
  const reasons = [...candidate.reasons];
  if (differences.length > 0) reasons.push(`facts differ: ${differences.join('; ')}`);
  const probe: EvidenceOccurrence = {
    id: Number.MAX_SAFE_INTEGER,
    sourceId: candidate.sourceId,
    stance,
    start: candidate.start,
    end: candidate.end,
    quote,
  };
  const after = corroborate([...input.occurrences, probe], prepared);
  const count = (result: Corroboration) =>
    stance === 'supports' ? result.independentSources : result.independentContradictions;
  const adds = count(after) > count(current);
  const line = after.groups.find(
    (group) => group.stance === stance && group.occurrenceIds.includes(probe.id),
  );
  const explanation = adds
    ? stance === 'supports'
      ? 'adds an independent source'
      : 'adds an independent contradiction'
    : `counts with a line already there${line?.reason ? `: ${line.reason}` : ''}`;
  return {
    sourceId: candidate.sourceId,
    start: candidate.start,
    end: candidate.end,
    quote,
    score: Math.round(candidate.score * 1000) / 1000,
    foundBy: candidate.foundBy,
    kind: candidate.kind,
    stance,
    reasons,
    differences,
    independence: { adds, explanation },
  };
}
