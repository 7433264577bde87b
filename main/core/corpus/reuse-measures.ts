import type { Span } from '../../../preload/contract';

// The character-level measures of the PAN plagiarism-detection evaluations (Potthast et al.,
// "An Evaluation Framework for Plagiarism Detection", COLING 2010), used to score aligned
// passages against known reuse. A case or a detection is a pair of spans, one in each text; as a
// set of characters it is both spans together. A detection detects a case when they overlap in
// both texts.

export interface ReusePair {
  a: Span;
  b: Span;
}

/** Sums over any number of text pairs; `reuseScores` turns them into the figures. */
export interface ReuseTally {
  /** Σ over detections of the share of the detection that lies in cases it detects. */
  precisionSum: number;
  detections: number;
  /** Σ over cases of the share of the case covered by detections that detect it. */
  recallSum: number;
  cases: number;
  /** Cases detected at least once, and Σ over them of the number of detections detecting them. */
  detectedCases: number;
  detectionsPerDetectedCase: number;
}

export const EMPTY_TALLY: ReuseTally = {
  precisionSum: 0,
  detections: 0,
  recallSum: 0,
  cases: 0,
  detectedCases: 0,
  detectionsPerDetectedCase: 0,
};

export interface ReuseScores {
  /** Macro-averaged over detections; 1 when there are none (nothing claimed, nothing wrong). */
  precision: number;
  /** Macro-averaged over cases; 1 when there are none. */
  recall: number;
  /** Mean number of detections per detected case, ≥ 1; 1 when none was detected. */
  granularity: number;
  /** F1 of precision and recall, divided by log₂(1 + granularity). */
  plagdet: number;
}

function length(span: Span): number {
  return Math.max(0, span.end - span.start);
}

function intersect(x: Span, y: Span): Span | null {
  const start = Math.max(x.start, y.start);
  const end = Math.min(x.end, y.end);
  return end > start ? { start, end } : null;
}

/** Characters covered by a set of spans, overlaps counted once. */
export function unionLength(spans: readonly Span[]): number {
  const sorted = spans.filter((span) => span.end > span.start).sort((x, y) => x.start - y.start);
  let total = 0;
  let reach = -Infinity;
  for (const span of sorted) {
    const start = Math.max(span.start, reach);
    if (span.end > start) total += span.end - start;
    reach = Math.max(reach, span.end);
  }
  return total;
}

function detects(detection: ReusePair, reuse: ReusePair): boolean {
  return intersect(detection.a, reuse.a) !== null && intersect(detection.b, reuse.b) !== null;
}

/** Characters of `target` that lie in its overlaps with the pairs in `others` it detects. */
function coveredShare(target: ReusePair, others: readonly ReusePair[]): number {
  const size = length(target.a) + length(target.b);
  if (size === 0) return 0;
  const hits = others.filter((other) => detects(target, other));
  const inA = hits.flatMap((other) => intersect(target.a, other.a) ?? []);
  const inB = hits.flatMap((other) => intersect(target.b, other.b) ?? []);
  return (unionLength(inA) + unionLength(inB)) / size;
}

/** The tally of one text pair: its known reuse `cases` and what was `detected`. */
export function tallyReuse(
  cases: readonly ReusePair[],
  detected: readonly ReusePair[],
): ReuseTally {
  let detectedCases = 0;
  let detectionsPerDetectedCase = 0;
  for (const reuse of cases) {
    const count = detected.filter((detection) => detects(detection, reuse)).length;
    if (count > 0) {
      detectedCases++;
      detectionsPerDetectedCase += count;
    }
  }
  return {
    precisionSum: detected.reduce((sum, detection) => sum + coveredShare(detection, cases), 0),
    detections: detected.length,
    recallSum: cases.reduce((sum, reuse) => sum + coveredShare(reuse, detected), 0),
    cases: cases.length,
    detectedCases,
    detectionsPerDetectedCase,
  };
}

export function addTallies(x: ReuseTally, y: ReuseTally): ReuseTally {
  return {
    precisionSum: x.precisionSum + y.precisionSum,
    detections: x.detections + y.detections,
    recallSum: x.recallSum + y.recallSum,
    cases: x.cases + y.cases,
    detectedCases: x.detectedCases + y.detectedCases,
    detectionsPerDetectedCase: x.detectionsPerDetectedCase + y.detectionsPerDetectedCase,
  };
}

export function reuseScores(tally: ReuseTally): ReuseScores {
  const precision = tally.detections === 0 ? 1 : tally.precisionSum / tally.detections;
  const recall = tally.cases === 0 ? 1 : tally.recallSum / tally.cases;
  const granularity =
    tally.detectedCases === 0 ? 1 : tally.detectionsPerDetectedCase / tally.detectedCases;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, granularity, plagdet: f1 / Math.log2(1 + granularity) };
}
