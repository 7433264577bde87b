import type { PairAlignment } from './align';

/** The same alignment seen from the other source: spans, diffs, coverage and swaps reversed. */
export function swapAlignment(alignment: PairAlignment): PairAlignment {
  return {
    ...alignment,
    passages: alignment.passages
      .map((passage) => ({
        ...passage,
        a: passage.b,
        b: passage.a,
        diff: {
          a: passage.diff.b.map((mark) => ({ ...mark, op: 'removed' as const })),
          b: passage.diff.a.map((mark) => ({ ...mark, op: 'added' as const })),
        },
      }))
      .sort((x, y) => x.a.start - y.a.start),
    copiedRuns: alignment.copiedRuns
      .map((run) => ({ a: run.b, b: run.a, sentences: run.sentences }))
      .sort((x, y) => x.a.start - y.a.start),
    coverage: [alignment.coverage[1], alignment.coverage[0]],
    copyCoverage: [alignment.copyCoverage[1], alignment.copyCoverage[0]],
    substitutions: alignment.substitutions.map((swap) => ({
      ...swap,
      from: swap.to,
      to: swap.from,
    })),
    ...(alignment.derivedVia ? { derivedVia: alignment.derivedVia.slice().reverse() } : {}),
  };
}
