// Phrase matching over a segment's postings: documents where a phrase's index terms stand at
// their offsets from one another.

import type { Segment } from './segment';

/** Documents where the phrase's index terms stand at their offsets, in one of `fields`. */
export function phraseMatches(
  segment: Segment,
  phrase: ReadonlyArray<{ term: string; offset: number }>,
  fields: readonly number[],
): Set<number> {
  const found = new Set<number>();
  const ids = phrase.map(({ term }) => segment.termId(term));
  if (ids.some((id) => id < 0)) return found;
  for (const field of fields) {
    // Positions per document of each word, narrowed to documents holding every word so far,
    // starting from the rarest word.
    const order = phrase
      .map((word, i) => ({ ...word, id: ids[i] ?? -1 }))
      .sort(
        (a, b) => segment.documentFrequency(a.id, field) - segment.documentFrequency(b.id, field),
      );
    // Each candidate document's possible phrase starts, ascending (positions are stored so).
    let candidates: Map<number, number[]> | null = null;
    for (const word of order) {
      const next = new Map<number, number[]>();
      const previous = candidates;
      segment.forEachPosting(word.id, field, (doc, tf, at) => {
        const before = previous?.get(doc);
        if (previous && !before) return;
        const starts = segment.positions(at, tf);
        for (let i = 0; i < starts.length; i++) starts[i] = (starts[i] ?? 0) - word.offset;
        const kept = before ? intersectSorted(before, starts) : starts;
        if (kept.length > 0) next.set(doc, kept);
      });
      candidates = next;
      if (candidates.size === 0) break;
    }
    for (const doc of candidates?.keys() ?? []) found.add(doc);
  }
  return found;
}

/** The values in both ascending arrays, ascending. */
function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) out.push(x);
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return out;
}
