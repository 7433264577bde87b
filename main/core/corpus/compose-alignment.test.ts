import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../testing/seeds';
import { alignTexts, judgeRelation, swapAlignment, type PairAlignment } from '../align';
import { isIdenticalText } from '../align/judge-relation';
import { composeAlignments } from './compose-alignment';
import { spin } from './test-corpus';

const seeds = readSeeds();
const codePoints = (text: string) => Array.from(text).length;
const facts = (id: number) => ({
  id,
  label: `#${id}`,
  attribution: '',
  outlet: '',
  url: '',
  publishedDate: '',
});

const passage = (
  a: [number, number],
  b: [number, number],
  kind: PairAlignment['passages'][number]['kind'] = 'verbatim',
  score = 1,
) => ({
  a: { start: a[0], end: a[1] },
  b: { start: b[0], end: b[1] },
  kind,
  score,
  diff: { a: [], b: [] },
});

const alignment = (passages: PairAlignment['passages'], coverage: [number, number]) => ({
  passages,
  coverage,
  copyCoverage: coverage,
  similarity: 0.5,
  substitutions: [],
  copiedRuns: passages.map((p) => ({ a: p.a, b: p.b, sentences: 4 })),
});

describe('composeAlignments', () => {
  it('maps the overlap on the middle text to both ends, in proportion', () => {
    // X[0,100) ↔ R[0,100); R[50,150) ↔ Y[0,200): X[50,100) ↔ Y[0,100).
    const xr = alignment([passage([0, 100], [0, 100])], [1, 0.5]);
    const ry = alignment([passage([50, 150], [0, 200], 'spun', 0.8)], [0.5, 1]);
    const xy = composeAlignments(xr, ry, [100, 200], [7]);
    expect(xy.passages).toEqual([passage([50, 100], [0, 100], 'spun', 0.8)]);
    expect(xy.coverage).toEqual([0.5, 0.5]);
    expect(xy.copiedRuns).toEqual([
      { a: { start: 50, end: 100 }, b: { start: 0, end: 100 }, sentences: 2 },
    ]);
    expect(xy.derivedVia).toEqual([7]);
  });

  it('finds nothing where the two alignments cover different parts of the middle text', () => {
    const xr = alignment([passage([0, 100], [0, 100])], [1, 0.5]);
    const ry = alignment([passage([100, 200], [0, 100])], [0.5, 1]);
    const xy = composeAlignments(xr, ry, [100, 100], [7]);
    expect(xy.passages).toEqual([]);
    expect(xy.coverage).toEqual([0, 0]);
    expect(judgeRelation(xy, facts(1), facts(2)).verdict).toBe('independent');
  });

  it('is as weak as its weaker link: a paraphrase of a copy is a paraphrase', () => {
    const xr = alignment([passage([0, 100], [0, 100], 'verbatim')], [1, 1]);
    const ry = alignment([passage([0, 100], [0, 90], 'paraphrase', 0.6)], [1, 1]);
    const xy = composeAlignments(xr, ry, [100, 90], [7]);
    expect(xy.passages.map((p) => [p.kind, p.score])).toEqual([['paraphrase', 0.6]]);
    expect(xy.copyCoverage).toEqual([0, 0]);
  });

  it('composes two republications into an identical pair', () => {
    const text = seeds[2] ?? '';
    const copy = alignTexts(text, text);
    const xy = composeAlignments(copy, copy, [codePoints(text), codePoints(text)], [3]);
    expect(isIdenticalText(xy)).toBe(true);
    expect(judgeRelation(xy, facts(1), facts(2)).identical).toBe(true);
  });

  it('judges two spun copies of one report derived copies of each other, as aligning them does', () => {
    const origin = seeds[2] ?? '';
    const [x, y] = [spin(origin, 0.1, 1), spin(origin, 0.1, 2)];
    const xy = composeAlignments(
      alignTexts(x, origin),
      alignTexts(origin, y),
      [codePoints(x), codePoints(y)],
      [3],
    );
    const derived = judgeRelation(xy, facts(1), facts(2));
    const direct = judgeRelation(alignTexts(x, y), facts(1), facts(2));
    expect(derived.verdict).toBe('derived-copy');
    expect(derived.verdict).toBe(direct.verdict);
    expect(derived.extent).toBe(direct.extent);
    expect(Math.abs(derived.coverage[0] - direct.coverage[0])).toBeLessThan(0.1);
    expect(derived.explanation).toMatch(/not by aligning them word by word/);
    expect(direct.explanation).not.toMatch(/word by word/);
    // Every derived passage lies inside the texts, in order, without overlaps.
    let end = 0;
    for (const p of xy.passages) {
      expect(p.a.start).toBeGreaterThanOrEqual(end);
      expect(p.a.end).toBeLessThanOrEqual(codePoints(x));
      expect(p.b.end).toBeLessThanOrEqual(codePoints(y));
      end = p.a.end;
    }
  });

  it('swaps like an aligned pair, the path reversed', () => {
    const xr = alignment([passage([0, 100], [0, 100])], [1, 1]);
    const xy = composeAlignments(composeAlignments(xr, xr, [100, 100], [5]), xr, [100, 100], [6]);
    expect(xy.derivedVia).toEqual([5, 6]);
    expect(swapAlignment(xy).derivedVia).toEqual([6, 5]);
  });
});
