// Per-token flags the classifier reads: which words are capitalised, and which pin a sentence
// to one particular fact (a number, a name) so that swapping them changes what is reported.

import type { Vocabulary } from './vocabulary';
import { isWordCharacterAt } from './word-scanner';

const CAPITAL = /^[\p{Lu}\p{Lt}]/u;
const HYPHEN = /[-‐‑]/;
const DIGIT = /^\p{N}/u;

/** Capitalisation of each token; a hyphenated part takes its word's ("Jong-un" is a name). */
export function capitals(text: string, starts: Int32Array): Uint8Array {
  const flags = new Uint8Array(starts.length);
  starts.forEach((start, token) => {
    if (token > 0 && HYPHEN.test(text.charAt(start - 1)) && isWordCharacterAt(text, start - 2)) {
      flags[token] = flags[token - 1] ?? 0;
      return;
    }
    const unit = text.charCodeAt(start);
    const capital =
      unit < 128 ? unit >= 65 && unit <= 90 : CAPITAL.test(text.slice(start, start + 2));
    flags[token] = capital ? 1 : 0;
  });
  return flags;
}

/**
 * Numbers, and capitalised content words that do not start their sentence. Mr., The and other
 * function words are not features, so they never count; a sentence's first word is capitalised
 * whatever it is.
 */
export function distinctiveTokens(
  ids: Int32Array,
  features: Int32Array,
  capitalized: Uint8Array,
  sentenceTokenStarts: Int32Array,
  vocabulary: Vocabulary,
): Uint8Array {
  const flags = new Uint8Array(ids.length);
  for (let sentence = 0; sentence + 1 < sentenceTokenStarts.length; sentence++) {
    const first = sentenceTokenStarts[sentence] ?? 0;
    const end = sentenceTokenStarts[sentence + 1] ?? 0;
    for (let token = first; token < end; token++) {
      const number = DIGIT.test(vocabulary.formOf(ids[token] ?? 0));
      const name = token > first && capitalized[token] === 1 && (features[token] ?? -1) >= 0;
      flags[token] = number || name ? 1 : 0;
    }
  }
  return flags;
}
