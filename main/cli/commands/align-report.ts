import type { AlignedPassage, SourceRelation } from '../../../preload/contract';
import type { PairAlignment } from '../../core/align';
import { sliceByCodePoints } from '../../core/text/code-points';

const EXCERPT_LENGTH = 72;

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The one-line JSON result of aligning a pair, as `align --json` and `align --batch` print it. */
export function relationLine(
  id: string | number | null,
  relation: SourceRelation,
  alignment: PairAlignment,
): string {
  return JSON.stringify({
    id,
    relation: relation.verdict,
    similarity: round(relation.similarity),
    coverage: [round(relation.coverage[0]), round(relation.coverage[1])],
    extent: relation.extent,
    // Which text is the origin, on evidence the texts carry; null when nothing decides it.
    direction: relation.direction && {
      origin: relation.direction.origin === relation.a ? 'a' : 'b',
      evidence: relation.direction.evidence,
    },
    copiedRuns: relation.copiedRuns.map((run) => ({
      a: [run.a.start, run.a.end],
      b: [run.b.start, run.b.end],
    })),
    passages: alignment.passages.map((passage) => ({
      a: [passage.a.start, passage.a.end],
      b: [passage.b.start, passage.b.end],
      score: round(passage.score),
      kind: passage.kind,
    })),
  });
}

/** A batch line that could not be aligned; `line` counts from 1. */
export function errorLine(id: string | number | null, line: number, error: string): string {
  return JSON.stringify({ id, line, error });
}

/** One line of a passage's text, at most EXCERPT_LENGTH code points, whitespace collapsed. */
export function excerpt(text: string, passage: { start: number; end: number }): string {
  const clipped = sliceByCodePoints(text, passage.start, passage.start + EXCERPT_LENGTH * 2);
  const flat = clipped.replace(/\s+/g, ' ').trim();
  const characters = Array.from(flat);
  const whole =
    passage.end - passage.start <= EXCERPT_LENGTH && characters.length <= EXCERPT_LENGTH;
  return whole
    ? flat
    : `${characters
        .slice(0, EXCERPT_LENGTH - 1)
        .join('')
        .trimEnd()}…`;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** The report `align` prints for a person: verdict, figures, passages and word swaps. */
export function readableReport(
  texts: { a: string; b: string; labelA: string; labelB: string },
  relation: SourceRelation,
  alignment: PairAlignment,
): string[] {
  const lines = [
    `${relation.verdict}: ${texts.labelA} ↔ ${texts.labelB}`,
    `similarity ${relation.similarity.toFixed(2)} · coverage A ${percent(relation.coverage[0])}, B ${percent(relation.coverage[1])}`,
    relation.explanation,
    '',
    `Passages (${alignment.passages.length}; spans are code points):`,
  ];
  alignment.passages.forEach((passage: AlignedPassage, index) => {
    lines.push(
      `${String(index + 1).padStart(4)}. ${passage.kind.padEnd(12)} ${passage.score.toFixed(2)}  A ${passage.a.start}–${passage.a.end}  B ${passage.b.start}–${passage.b.end}`,
      `      A: ${excerpt(texts.a, passage.a)}`,
      `      B: ${excerpt(texts.b, passage.b)}`,
    );
  });
  if (alignment.substitutions.length > 0) {
    const swaps = alignment.substitutions.map(
      (swap) => `${swap.from} → ${swap.to}${swap.count > 1 ? ` ×${swap.count}` : ''}`,
    );
    lines.push('', `Substitutions: ${swaps.join(', ')}`);
  }
  return lines;
}
