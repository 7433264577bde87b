import type { AlignedPassage, PassageKind, Span } from '../../../preload/contract';
import type { PairAlignment } from '../align';

// Two members of a copy cluster are each aligned with the cluster's representative, not with each
// other (see copy-clusters.ts). What they share is read off those two alignments: a passage of X
// aligned with part of R, and a passage of Y aligned with an overlapping part of R, give a passage
// of X aligned with a passage of Y. Spans inside a passage are mapped in proportion, so a derived
// passage is exact at passage ends and approximate within; word-level differences and the swap
// list are not derived (the comparison view aligns such a pair word by word when it is opened).

/** How strongly a passage kind ties two texts: a composition is as weak as its weaker link. */
const KIND_STRENGTH: Record<PassageKind, number> = {
  verbatim: 3,
  spun: 2,
  'shared-quote': 1,
  paraphrase: 0,
};
const COPY_KINDS: ReadonlySet<PassageKind> = new Set(['verbatim', 'spun']);
const SIMILARITY_WEIGHT: Record<PassageKind, number> = {
  verbatim: 1,
  spun: 1,
  paraphrase: 0.5,
  'shared-quote': 0.5,
};

const length = (span: Span) => span.end - span.start;

/** The part of `to` that `part` of `from` corresponds to, in proportion. */
function mapSpan(part: Span, from: Span, to: Span): Span {
  const scale = length(from) > 0 ? length(to) / length(from) : 0;
  const start = to.start + Math.round((part.start - from.start) * scale);
  const end = to.start + Math.round((part.end - from.start) * scale);
  return { start: Math.max(to.start, start), end: Math.min(to.end, Math.max(start, end)) };
}

/**
 * Pairs of items whose middle spans overlap, found by one sweep over both lists sorted by their
 * middle span (the `b` side of the first alignment, the `a` side of the second).
 */
function overlapping<T, U>(
  first: readonly T[],
  firstMiddle: (item: T) => Span,
  second: readonly U[],
  secondMiddle: (item: U) => Span,
  visit: (x: T, y: U, overlap: Span) => void,
): void {
  const left = first.slice().sort((x, y) => firstMiddle(x).start - firstMiddle(y).start);
  const right = second.slice().sort((x, y) => secondMiddle(x).start - secondMiddle(y).start);
  let from = 0;
  for (const x of left) {
    const span = firstMiddle(x);
    while (from < right.length && secondMiddle(right[from] as U).end <= span.start) from++;
    for (let at = from; at < right.length; at++) {
      const y = right[at] as U;
      const other = secondMiddle(y);
      if (other.start >= span.end) break;
      const overlap = {
        start: Math.max(span.start, other.start),
        end: Math.min(span.end, other.end),
      };
      if (overlap.end > overlap.start) visit(x, y, overlap);
    }
  }
}

function spanTotal(passages: readonly AlignedPassage[], side: 'a' | 'b', copyOnly: boolean) {
  let total = 0;
  for (const passage of passages) {
    if (!copyOnly || COPY_KINDS.has(passage.kind)) total += length(passage[side]);
  }
  return total;
}

/** `share` of a side scaled by how much of the original passages' extent the derived ones keep. */
function scaledShare(share: number, kept: number, original: number): number {
  if (original <= 0) return 0;
  return Math.round(Math.min(1, (share * kept) / original) * 10000) / 10000;
}

/**
 * The alignment of X with Y derived from X aligned with R (`first`) and R aligned with Y
 * (`second`); `via` lists the representatives it was composed through, and `lengths` are X's and
 * Y's lengths in code points (for similarity).
 */
export function composeAlignments(
  first: PairAlignment,
  second: PairAlignment,
  lengths: readonly [number, number],
  via: readonly number[],
): PairAlignment {
  const passages: AlignedPassage[] = [];
  overlapping(
    first.passages,
    (passage) => passage.b,
    second.passages,
    (passage) => passage.a,
    (x, y, overlap) => {
      const a = mapSpan(overlap, x.b, x.a);
      const b = mapSpan(overlap, y.a, y.b);
      if (length(a) === 0 || length(b) === 0) return;
      const kind = KIND_STRENGTH[x.kind] <= KIND_STRENGTH[y.kind] ? x.kind : y.kind;
      const score = Math.round(x.score * y.score * 1000) / 1000;
      passages.push({ a, b, score, kind, diff: { a: [], b: [] } });
    },
  );
  passages.sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);

  const copiedRuns: PairAlignment['copiedRuns'] = [];
  overlapping(
    first.copiedRuns,
    (run) => run.b,
    second.copiedRuns,
    (run) => run.a,
    (x, y, overlap) => {
      const a = mapSpan(overlap, x.b, x.a);
      const b = mapSpan(overlap, y.a, y.b);
      if (length(a) === 0 || length(b) === 0) return;
      const share = (run: Span) => (length(run) > 0 ? length(overlap) / length(run) : 0);
      const sentences = Math.max(
        1,
        Math.round(Math.min(x.sentences * share(x.b), y.sentences * share(y.a))),
      );
      copiedRuns.push({ a, b, sentences });
    },
  );
  copiedRuns.sort((x, y) => x.a.start - y.a.start);

  let weighted = 0;
  for (const passage of passages) {
    weighted +=
      SIMILARITY_WEIGHT[passage.kind] * passage.score * (length(passage.a) + length(passage.b));
  }
  const [lengthX, lengthY] = lengths;
  return {
    passages,
    coverage: [
      scaledShare(
        first.coverage[0],
        spanTotal(passages, 'a', false),
        spanTotal(first.passages, 'a', false),
      ),
      scaledShare(
        second.coverage[1],
        spanTotal(passages, 'b', false),
        spanTotal(second.passages, 'b', false),
      ),
    ],
    copyCoverage: [
      scaledShare(
        first.copyCoverage[0],
        spanTotal(passages, 'a', true),
        spanTotal(first.passages, 'a', true),
      ),
      scaledShare(
        second.copyCoverage[1],
        spanTotal(passages, 'b', true),
        spanTotal(second.passages, 'b', true),
      ),
    ],
    similarity:
      lengthX + lengthY > 0
        ? Math.round(Math.min(1, weighted / (lengthX + lengthY)) * 10000) / 10000
        : 0,
    substitutions: [],
    copiedRuns,
    derivedVia: [...(first.derivedVia ?? []), ...via, ...(second.derivedVia ?? [])],
  };
}
