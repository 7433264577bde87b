import { describe, expect, it } from 'vitest';
import type { EvalItem } from './datasets';
import type { EngineResult } from './engine';
import { scoreSplit, type Baselines } from './score';

const span = (start: number, end: number) => ({ start, end });

function item(id: string, fields: Partial<EvalItem> & Pick<EvalItem, 'dataset'>): EvalItem {
  return { id, a: 'a', b: 'b', cases: [], copy: null, note: id, ...fields };
}

const NO_BASELINES: Baselines = {
  seedExtend: new Map(),
  wordDiff: new Map(),
  jaccard: new Map(),
  containment: new Map(),
  jaccardThreshold: 0.5,
  containmentThreshold: 0.5,
};

function passage(a: [number, number], b: [number, number], kind = 'verbatim') {
  return { a, b, score: 1, kind } as NonNullable<EngineResult['passages']>[number];
}

function cell(rows: ReturnType<typeof scoreSplit>['rows'], dataset: string, measure: string) {
  const row = rows.find((r) => r.dataset === dataset && r.measure.startsWith(measure));
  if (!row) throw new Error(`no row ${dataset} / ${measure}`);
  return row;
}

describe('scoreSplit', () => {
  it('scores copied runs with the PAN measures over copy-kind passages only', () => {
    const items = [
      item('e1', { dataset: 'embedded-verbatim', cases: [{ a: span(0, 100), b: span(500, 600) }] }),
      item('e2', { dataset: 'embedded-verbatim', cases: [{ a: span(0, 100), b: span(50, 150) }] }),
    ];
    const results = new Map<string, EngineResult>([
      ['e1', { id: 'e1', passages: [passage([0, 100], [500, 600])] }],
      [
        'e2',
        {
          id: 'e2',
          passages: [
            passage([0, 50], [50, 100], 'spun'),
            passage([50, 100], [100, 150]),
            passage([300, 320], [700, 720], 'paraphrase'),
          ],
        },
      ],
    ]);
    const seed = new Map([['e1', [{ a: span(0, 50), b: span(500, 550) }]]]);
    const { rows, failures } = scoreSplit(items, results, { ...NO_BASELINES, seedExtend: seed });
    expect(cell(rows, 'embedded-verbatim', 'copy passages: precision').engine).toBe('1.000');
    expect(cell(rows, 'embedded-verbatim', 'copy passages: recall').engine).toBe('1.000');
    // e1 one passage, e2 two: 1.5 detections per detected case.
    const granularity = cell(rows, 'embedded-verbatim', 'copy passages: granularity');
    expect(granularity.engine).toBe('1.500');
    expect(granularity.met).toBe(false);
    // The baseline found half of e1 and nothing in e2.
    expect(cell(rows, 'embedded-verbatim', 'copy passages: recall').seedExtend).toBe('0.250');
    // With every kind, the stray paraphrase costs precision: mean of 1, 1, 1 and 0.
    expect(cell(rows, 'embedded-verbatim', 'all passage kinds').engine).toMatch(/^0\.750 \//);
    expect(failures.map((f) => f.what)).toContain(
      'embedded-verbatim: the run split into 2+ copy passages (1)',
    );
  });

  it('counts verdicts, extents and directions, treating missing fields as null', () => {
    const items = [
      item('p1', { dataset: 'partial-spun-copy', copy: true, extent: 'partial' }),
      item('p2', { dataset: 'partial-spun-copy', copy: true, extent: 'partial' }),
      item('s1', { dataset: 'same-topic-different-stories', copy: false }),
      item('t1', { dataset: 'attribution', copy: true, origin: 'a' }),
      item('t2', { dataset: 'attribution', copy: true, origin: 'a' }),
      item('t3', { dataset: 'attribution', copy: true, origin: 'b' }),
      item('t4', { dataset: 'attribution', copy: true, origin: null }),
    ];
    const results = new Map<string, EngineResult>([
      ['p1', { id: 'p1', relation: 'derived-copy', extent: 'partial' }],
      ['p2', { id: 'p2', relation: 'derived-copy' }],
      ['s1', { id: 's1', relation: 'independent', passages: [] }],
      ['t1', { id: 't1', relation: 'derived-copy', direction: { origin: 'a', evidence: 'x' } }],
      ['t2', { id: 't2', relation: 'derived-copy', direction: { origin: 'b', evidence: 'x' } }],
      ['t3', { id: 't3', relation: 'derived-copy' }],
      ['t4', { id: 't4', relation: 'derived-copy', direction: { origin: 'a' } }],
    ]);
    const { rows } = scoreSplit(items, results, NO_BASELINES);
    expect(cell(rows, 'partial-spun-copy', 'called derived-copy').engine).toBe('100.0% (2/2)');
    expect(cell(rows, 'partial-spun-copy', 'extent "partial"').engine).toBe('50.0% (1/2)');
    expect(cell(rows, 'same-topic-different-stories', 'called derived-copy').met).toBe(true);
    expect(cell(rows, 'attribution', 'credit line: direction right').engine).toBe('33.3% (1/3)');
    expect(cell(rows, 'attribution', 'credit line: direction wrong').engine).toBe('1');
    expect(cell(rows, 'attribution', 'credit line: no direction').engine).toBe('1');
    expect(cell(rows, 'attribution', 'no credit line: direction given').engine).toBe('1');
  });

  it('scores sentence pairs as any-passage decisions against the labels', () => {
    const items = [
      item('y1', { dataset: 'sentence-pairs', label: true }),
      item('y2', { dataset: 'sentence-pairs', label: true }),
      item('n1', { dataset: 'sentence-pairs', label: false }),
      item('n2', { dataset: 'sentence-pairs', label: false }),
      item('r1', { dataset: 'random-sentence-pairs', label: false }),
    ];
    const hit = { passages: [passage([0, 1], [0, 1], 'paraphrase')] };
    const results = new Map<string, EngineResult>([
      ['y1', { id: 'y1', ...hit }],
      ['y2', { id: 'y2', passages: [] }],
      ['n1', { id: 'n1', ...hit }],
      ['n2', { id: 'n2', passages: [] }],
      ['r1', { id: 'r1', ...hit }],
    ]);
    const jaccard = new Map([
      ['y1', 0.9],
      ['y2', 0.6],
      ['n1', 0.1],
      ['n2', 0.2],
      ['r1', 0.7],
    ]);
    const { rows } = scoreSplit(items, results, { ...NO_BASELINES, jaccard });
    const accuracy = cell(rows, 'sentence-pairs', 'accuracy');
    expect(accuracy.engine).toBe('0.500');
    expect(accuracy.wordOverlap).toBe('1.000');
    expect(accuracy.met).toBe(false);
    expect(cell(rows, 'sentence-pairs', 'precision').engine).toBe('0.500');
    expect(cell(rows, 'sentence-pairs', 'recall').engine).toBe('0.500');
    const random = cell(rows, 'random-sentence-pairs', 'pairs with anything aligned');
    expect([random.engine, random.wordOverlap, random.met]).toEqual(['1', '1', false]);
  });
});
