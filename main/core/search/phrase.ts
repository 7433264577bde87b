// Lunr has no phrase query: it finds documents holding every word of the phrase, and this
// confirms the words stand next to each other, in order, and says where.

import type { Token } from './tokens';

/**
 * Code-point spans where `terms` occur consecutively among `tokens` (token positions adjacent).
 * A null term stands for any one word (a stop word, which the index does not keep).
 */
export function findPhrase(
  tokens: readonly Token[],
  terms: ReadonlyArray<string | null>,
): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  if (terms.length === 0) return spans;
  for (let first = 0; first + terms.length <= tokens.length; first++) {
    if (matchesAt(tokens, terms, first)) {
      const start = tokens[first]?.start ?? 0;
      const end = tokens[first + terms.length - 1]?.end ?? start;
      spans.push({ start, end });
    }
  }
  return spans;
}

/** Whether `terms` match the tokens from index `first`, each next to the one before. */
function matchesAt(
  tokens: readonly Token[],
  terms: ReadonlyArray<string | null>,
  first: number,
): boolean {
  for (let offset = 0; offset < terms.length; offset++) {
    const token = tokens[first + offset];
    const term = terms[offset];
    if (token === undefined || (term !== null && token.term !== term)) return false;
    const previous = tokens[first + offset - 1];
    if (offset > 0 && (previous === undefined || token.position !== previous.position + 1)) {
      return false;
    }
  }
  return true;
}
