import type { PreparedText } from '../align';
import { hashString } from './hash';

// What a sentence is to the candidate finder: the set of its content features (the engine's
// stems of non-stop words). Word order, punctuation, case and function words are gone, so a
// sentence that was re-punctuated, had a few words swapped for synonyms or a clause moved still
// shares most of its set with the original. Taken from the prepared text, so the corpus index
// and the aligner agree on what a word is.
//
// Features are identified by a hash of their spelling, not by vocabulary id: ids depend on the
// order texts were prepared in, and candidates must not (an incremental run must find the same
// pairs as a full one).

/** Feature id → hash of its form, for one vocabulary; share it across a corpus. */
export type FeatureHashes = Map<number, number>;

/** Each sentence of a prepared text as a sorted, duplicate-free set of feature hashes. */
export function sentenceSets(
  prepared: PreparedText,
  hashes: FeatureHashes = new Map(),
): Uint32Array[] {
  const hashOf = (feature: number): number => {
    let hash = hashes.get(feature);
    if (hash === undefined) {
      hash = hashString(prepared.vocabulary.formOf(feature));
      hashes.set(feature, hash);
    }
    return hash;
  };
  const sets: Uint32Array[] = [];
  for (let sentence = 0; sentence < prepared.sentenceCount; sentence++) {
    const from = prepared.sentenceFeatureStarts[sentence] ?? 0;
    const to = prepared.sentenceFeatureStarts[sentence + 1] ?? from;
    const set = new Uint32Array(to - from);
    for (let at = from; at < to; at++) {
      set[at - from] = hashOf(prepared.featureIds[prepared.sentenceFeatures[at] ?? 0] ?? 0);
    }
    sets.push(set.sort());
  }
  return sets;
}
