import type { Span } from '../../../preload/contract';
import { overlaps } from './alignment';
import type { PairList } from './alignment';

// "Differences only" hides what every open column says in the same words, so what remains is
// what differs. With two columns that is each verbatim passage; with more, a verbatim passage
// is hidden only if it continues verbatim through every neighbour to both ends of the chain.

function intersection(x: Span, y: Span): Span {
  return { start: Math.max(x.start, y.start), end: Math.min(x.end, y.end) };
}

/**
 * Per column, the spans shared verbatim by all `columnCount` columns. Nothing is hidden until
 * every pair has loaded, so a slow pair never makes text flicker in and out.
 */
export function sharedVerbatimSpans(columnCount: number, pairs: PairList): Span[][] {
  const none = Array.from({ length: columnCount }, (): Span[] => []);
  if (columnCount < 2) return none;
  const loaded = pairs.slice(0, columnCount - 1);
  if (loaded.length < columnCount - 1 || loaded.some((pair) => !pair)) return none;

  // Each chain is one span per column reached so far; it grows by one column per pair.
  let chains: Span[][] = [[]];
  loaded.forEach((pair, column) => {
    const verbatim = (pair?.comparison.passages ?? []).filter(
      (passage) => passage.kind === 'verbatim',
    );
    const grown: Span[][] = [];
    for (const chain of chains) {
      const last = chain[chain.length - 1];
      for (const passage of verbatim) {
        if (column === 0) {
          grown.push([passage.a, passage.b]);
        } else if (last && overlaps(last, passage.a)) {
          const shared = intersection(last, passage.a);
          grown.push([...chain.slice(0, -1), shared, passage.b]);
        }
      }
    }
    chains = grown;
  });

  const result = none.map((): Span[] => []);
  for (const chain of chains) {
    chain.forEach((span, column) => {
      const list = result[column];
      if (!list || span.end <= span.start) return;
      if (!list.some((other) => other.start === span.start && other.end === span.end)) {
        list.push(span);
      }
    });
  }
  for (const list of result) list.sort((x, y) => x.start - y.start || x.end - y.end);
  return result;
}
