import { describe, expect, it } from 'vitest';
import type { SourceRelation } from '../../../preload/contract';
import type { PairAlignment } from '../../core/align';
import { errorLine, excerpt, readableReport, relationLine } from './align-report';

const relation: SourceRelation = {
  a: 1,
  b: 2,
  similarity: 0.93456,
  coverage: [0.97049, 0.9],
  verdict: 'derived-copy',
  direction: { copy: 2, origin: 1, evidence: 'B carries the line “Via www.example.com”' },
  extent: 'whole',
  copiedRuns: [{ a: { start: 0, end: 5 }, b: { start: 2, end: 9 } }],
  explanation: 'B repeats 97% of A with words swapped.',
  passageCounts: { verbatim: 0, spun: 1, paraphrase: 0, 'shared-quote': 0 },
};

const alignment: PairAlignment = {
  passages: [
    {
      a: { start: 0, end: 5 },
      b: { start: 2, end: 9 },
      score: 0.88888,
      kind: 'spun',
      diff: { a: [], b: [] },
    },
  ],
  coverage: [0.97049, 0.9],
  copyCoverage: [0.97, 0.9],
  similarity: 0.93456,
  substitutions: [
    { from: 'leader', to: 'chief', count: 3 },
    { from: 'city', to: 'metropolis', count: 1 },
  ],
  copiedRuns: [{ a: { start: 0, end: 5 }, b: { start: 2, end: 9 }, sentences: 1 }],
};

describe('relationLine', () => {
  it('prints the documented one-line shape, rounded to three places', () => {
    const line = relationLine('x1', relation, alignment);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      id: 'x1',
      relation: 'derived-copy',
      similarity: 0.935,
      coverage: [0.97, 0.9],
      extent: 'whole',
      direction: { origin: 'a', evidence: 'B carries the line “Via www.example.com”' },
      copiedRuns: [{ a: [0, 5], b: [2, 9] }],
      passages: [{ a: [0, 5], b: [2, 9], score: 0.889, kind: 'spun' }],
    });
    expect(Object.keys(JSON.parse(line) as object)).toEqual([
      'id',
      'relation',
      'similarity',
      'coverage',
      'extent',
      'direction',
      'copiedRuns',
      'passages',
    ]);
  });

  it('prints a null direction and extent when nothing decides them', () => {
    const line = relationLine(
      7,
      { ...relation, verdict: 'shares-passages', direction: null, extent: null, copiedRuns: [] },
      alignment,
    );
    expect(JSON.parse(line)).toMatchObject({ direction: null, extent: null, copiedRuns: [] });
  });

  it('prints error lines with id, line and error in that order', () => {
    expect(errorLine(null, 3, 'id is missing')).toBe(
      '{"id":null,"line":3,"error":"id is missing"}',
    );
  });
});

describe('excerpt', () => {
  it('slices by code points and collapses whitespace', () => {
    expect(excerpt('𝔸𝔹 one\r\n two three', { start: 2, end: 16 })).toBe('one two three');
  });

  it('cuts long passages with an ellipsis', () => {
    const text = 'word '.repeat(100);
    const cut = excerpt(text, { start: 0, end: 500 });
    expect(Array.from(cut).length).toBeLessThanOrEqual(72);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('readableReport', () => {
  it('names the verdict, figures, passages and substitutions', () => {
    const lines = readableReport(
      { a: 'Hello world', b: 'Hi, hello there world', labelA: 'a.txt', labelB: 'b.txt' },
      relation,
      alignment,
    ).join('\n');
    expect(lines).toContain('derived-copy: a.txt ↔ b.txt');
    expect(lines).toContain('similarity 0.93 · coverage A 97%, B 90%');
    expect(lines).toContain('spun');
    expect(lines).toContain('A 0–5  B 2–9');
    expect(lines).toContain('A: Hello');
    expect(lines).toContain('Substitutions: leader → chief ×3, city → metropolis');
  });
});
