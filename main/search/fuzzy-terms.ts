// Terms within a few edits of a query term, found by walking the sorted term list as a trie:
// terms that share a prefix share the rows of the edit-distance table for it, and once every
// cell of a row exceeds the allowed edits no term under that prefix can match, so the walk
// jumps past them all by binary search. A scan checks every term of the vocabulary; this
// visits the prefixes within reach of the query, a few thousand at most for one or two edits.

/** Rows of the table, one per prefix length of the term walked; grown as needed. */
interface Table {
  rows: Int32Array[];
  width: number;
}

/** The first index at or after `from` whose term does not start with `prefix`. */
function pastPrefix(terms: readonly string[], from: number, prefix: string): number {
  let low = from;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((terms[middle] ?? '').startsWith(prefix)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function commonPrefix(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * The terms of `terms` (sorted by UTF-16 code units) within `max` edits of `query`, as
 * `withinEdits(query, term, max)` counts them (insertions, deletions, substitutions and
 * adjacent transpositions, in code units), in order, at most `limit` of them.
 */
export function termsWithinEdits(
  terms: readonly string[],
  query: string,
  max: number,
  limit: number,
): string[] {
  const out: string[] = [];
  const width = query.length + 1;
  const table: Table = { rows: [], width };
  const row = (depth: number): Int32Array => {
    let found = table.rows[depth];
    if (!found) table.rows[depth] = found = new Int32Array(width);
    return found;
  };
  // Row 0: the empty prefix against each prefix of the query.
  const first = row(0);
  for (let j = 0; j < width; j++) first[j] = j;
  /** The prefix of the last term whose rows are filled in, and their minimum per depth. */
  let filled = '';
  const minimum: number[] = [0];
  let index = 0;
  while (index < terms.length && out.length < limit) {
    const term = terms[index] ?? '';
    let depth = commonPrefix(filled, term);
    let pruned = -1;
    // Rows for the new characters of this term, each from the one or two above it.
    for (; depth < term.length; depth++) {
      const i = depth + 1;
      const current = row(i);
      const previous = row(depth);
      const previous2 = depth > 0 ? row(depth - 1) : previous;
      const bi = term.charCodeAt(depth);
      current[0] = i;
      let best = i;
      for (let j = 1; j < width; j++) {
        const aj = query.charCodeAt(j - 1);
        let value = Math.min(
          (previous[j] as number) + 1,
          (current[j - 1] as number) + 1,
          (previous[j - 1] as number) + (aj === bi ? 0 : 1),
        );
        if (i > 1 && j > 1 && bi === query.charCodeAt(j - 2) && term.charCodeAt(depth - 1) === aj) {
          value = Math.min(value, (previous2[j - 2] as number) + 1);
        }
        current[j] = value;
        if (value < best) best = value;
      }
      minimum[i] = best;
      if (best > max) {
        pruned = i;
        break;
      }
    }
    if (pruned >= 0) {
      // No term under this prefix can come within reach: skip them all.
      const prefix = term.slice(0, pruned);
      filled = prefix;
      index = pastPrefix(terms, index + 1, prefix);
      continue;
    }
    filled = term;
    if ((row(term.length)[width - 1] as number) <= max) out.push(term);
    index++;
  }
  return out;
}
