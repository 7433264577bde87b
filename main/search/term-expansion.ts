// Expanding a wildcard or fuzzy query term over a segment's sorted term list. Lunr does this
// with a TokenSet automaton, but building one over 150,000 terms took 744 ms and a leading
// wildcard 504 ms. A trailing wildcard is a binary-searched range of the sorted terms, a fuzzy
// term a walk of them as a trie (fuzzy-terms.ts, which withinEdits defines); a leading
// wildcard, rare in practice, is still a scan.

/** Past this many expansions a wildcard or fuzzy term keeps the first ones (as sorted). */
export const MAX_EXPANSIONS = 2000;

export function firstMatching(
  terms: readonly string[],
  matches: (term: string) => boolean,
): string[] {
  const out: string[] = [];
  for (const term of terms) {
    if (matches(term)) {
      out.push(term);
      if (out.length >= MAX_EXPANSIONS) break;
    }
  }
  return out;
}

/** Rows of the edit-distance table, reused between calls (terms are short). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Whether `b` is within `max` edits of `a`: insertions, deletions, substitutions and
 * transpositions of adjacent characters (optimal string alignment), counted in code units as
 * Lunr counts them. Stops as soon as a whole row exceeds `max`.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  const width = b.length + 1;
  if ((rows[0]?.length ?? 0) < width) {
    rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  }
  let [previous2, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, (previous2[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return false;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return (previous[b.length] as number) <= max;
}
