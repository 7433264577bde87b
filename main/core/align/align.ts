// The pairwise alignment engine: which passages of two texts say the same thing, and how.

import type { AlignedPassage, PassageKind, Span, Substitution } from '../../../preload/contract';
import { matchSentences } from './match-sentences';
import { buildPassages, isCopyKind } from './passages';
import { focusOn } from './focus';
import { prepareText, type PreparedText } from './prepare';
import { Vocabulary } from './vocabulary';
import { sortedSubstitutions } from './word-diff';
import { countWordCharacters } from './word-scanner';

/** Bump whenever results change: cached alignments from another version are recomputed. */
export const ALIGNMENT_ENGINE_VERSION = 2;

export interface PairAlignment {
  /** Spans are code points into each input string; sorted by `a.start`. */
  passages: AlignedPassage[];
  /** Share of each text's word characters covered by passages of any kind. */
  coverage: [number, number];
  /** Share of each text's word characters covered by verbatim and spun passages. */
  copyCoverage: [number, number];
  /** 0..1 over both texts: covered word characters weighted by passage score and kind. */
  similarity: number;
  /** Word swaps across the verbatim and spun passages, most frequent first. */
  substitutions: Substitution[];
  /**
   * Continuous runs copied (verbatim or spun) between the texts, each also one passage, with
   * the number of sentence pairs inside: what decides a partial copy.
   */
  copiedRuns: Array<{ a: Span; b: Span; sentences: number }>;
  /**
   * Set when the two texts were not aligned with each other: the alignment was composed from
   * their alignments with these representatives of copy clusters, in order from A to B (see
   * core/corpus/compose-alignment.ts). Its passages carry no word-level differences.
   */
  derivedVia?: number[];
}

/**
 * How much a passage of each kind counts towards similarity: rewording the same content or
 * quoting the same person makes two texts less alike than copying does.
 */
const SIMILARITY_WEIGHT: Record<PassageKind, number> = {
  verbatim: 1,
  spun: 1,
  paraphrase: 0.5,
  'shared-quote': 0.5,
};

function share(part: number, whole: number): number {
  return whole > 0 ? Math.round(Math.min(part / whole, 1) * 10000) / 10000 : 0;
}

/** Aligns two texts prepared with the same vocabulary. */
export function alignPrepared(a: PreparedText, b: PreparedText): PairAlignment {
  if (a.vocabulary !== b.vocabulary) {
    throw new RangeError('alignPrepared needs two texts prepared with the same Vocabulary.');
  }
  const pairs = matchSentences(a, b);
  const built = buildPassages(a, b, pairs);
  let coveredA = 0;
  let coveredB = 0;
  let copiedA = 0;
  let copiedB = 0;
  let weighted = 0;
  const passages: AlignedPassage[] = built.passages.map((passage) => {
    const { charactersA, charactersB, ...aligned } = passage;
    coveredA += charactersA;
    coveredB += charactersB;
    if (isCopyKind(passage.kind)) {
      copiedA += charactersA;
      copiedB += charactersB;
    }
    weighted += SIMILARITY_WEIGHT[passage.kind] * passage.score * (charactersA + charactersB);
    return aligned;
  });
  return {
    passages,
    coverage: [share(coveredA, a.wordCharacters), share(coveredB, b.wordCharacters)],
    copyCoverage: [share(copiedA, a.wordCharacters), share(copiedB, b.wordCharacters)],
    similarity: share(weighted, a.wordCharacters + b.wordCharacters),
    substitutions: sortedSubstitutions(built.substitutions),
    copiedRuns: built.runs,
  };
}

/** Prepares one side, cut down to what can align when it is far larger than the other. */
function prepareSide(text: string, other: string, vocabulary: Vocabulary): PreparedText {
  const focused = focusOn(text, other);
  const prepared = prepareText(focused.text, vocabulary, focused.wrapWidth);
  // Coverage is a share of the whole text, blanked paragraphs included.
  return focused.text === text
    ? prepared
    : { ...prepared, wordCharacters: countWordCharacters(text) };
}

/** Aligns two texts: spans in the result are code points into `a` and `b` as given. */
export function alignTexts(a: string, b: string): PairAlignment {
  const vocabulary = new Vocabulary();
  return alignPrepared(prepareSide(a, b, vocabulary), prepareSide(b, a, vocabulary));
}
