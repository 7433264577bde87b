import type {
  AlignedPassage,
  DiffMark,
  PassageKind,
  SourceRelation,
} from '../../../preload/contract';
import { pairKey } from './alignment';
import type { PairAlignment } from './alignment';

// Test fixtures: compact pairs of passages for the compare feature's unit tests.

export function passage(
  a: [number, number],
  b: [number, number],
  kind: PassageKind = 'spun',
  diff: { a?: [number, number][]; b?: [number, number][] } = {},
): AlignedPassage {
  const marks = (spans: [number, number][] | undefined, op: DiffMark['op']) =>
    (spans ?? []).map(([start, end]) => ({ start, end, op }));
  return {
    a: { start: a[0], end: a[1] },
    b: { start: b[0], end: b[1] },
    score: 0.8,
    kind,
    diff: { a: marks(diff.a, 'removed'), b: marks(diff.b, 'added') },
  };
}

export function relation(a: number, b: number): SourceRelation {
  return {
    a,
    b,
    similarity: 0.5,
    coverage: [0.5, 0.5],
    verdict: 'shares-passages',
    direction: null,
    extent: null,
    copiedRuns: [],
    explanation: '',
    passageCounts: { verbatim: 0, spun: 0, paraphrase: 0, 'shared-quote': 0 },
  };
}

/** Pair `index` of the open columns: source `a` (left) beside source `b`. */
export function pair(
  index: number,
  a: number,
  b: number,
  passages: AlignedPassage[],
): PairAlignment {
  return {
    index,
    key: pairKey(a, b),
    a,
    b,
    comparison: { relation: relation(a, b), passages, substitutions: [] },
  };
}
