import { describe, expect, it } from 'vitest';
import type { OccurrenceStance, Reliability, SourceRelation } from '../../../preload/contract';
import {
  copiedPassagesOf,
  copyEvidenceFromRelations,
  corroborate,
  shortQuote,
  suggest,
  type CopiedPassage,
  type CopyEvidence,
  type CorroborationSource,
  type EvidenceOccurrence,
} from './corroborate';

function relation(
  a: number,
  b: number,
  direction: SourceRelation['direction'] = { copy: b, origin: a, evidence: 'a credit line' },
  verdict: SourceRelation['verdict'] = 'derived-copy',
): SourceRelation {
  return {
    a,
    b,
    similarity: 0.9,
    coverage: [0.9, 0.9],
    verdict,
    direction,
    extent: verdict === 'derived-copy' ? 'whole' : null,
    copiedRuns: [],
    explanation: '',
    passageCounts: { verbatim: 1, spun: 0, paraphrase: 0, 'shared-quote': 0 },
  };
}

/** Text copied between a and b: [start, end) in each. */
const copied = (
  a: number,
  b: number,
  aSpan: [number, number],
  bSpan: [number, number],
  kind: CopiedPassage['kind'] = 'spun',
): CopiedPassage => ({
  a,
  b,
  aSpan: { start: aSpan[0], end: aSpan[1] },
  bSpan: { start: bSpan[0], end: bSpan[1] },
  kind,
});

const sources: CorroborationSource[] = [1, 2, 3, 4, 5].map((id) => ({
  id,
  label: `#00${id - 1}`,
  outlet: id <= 2 ? 'Washington Times' : id === 3 ? 'AP' : id === 4 ? 'washington times ' : '',
  reliability: 'F',
}));

let nextId = 1;
const at = (
  sourceId: number,
  stance: OccurrenceStance = 'supports',
  span: [number, number] = [0, 10],
  quote = 'held his first and so far only meeting with Mr. Putin in Vladivostok',
): EvidenceOccurrence => ({
  id: nextId++,
  sourceId,
  stance,
  start: span[0],
  end: span[1],
  quote,
});

const none: CopyEvidence = { relations: [], copied: [] };

describe('corroborate: independence per occurrence', () => {
  it('joins a claim and its spun copy in a whole copy, explaining the join (000/001)', () => {
    const evidence = { relations: [relation(1, 2)], copied: [copied(1, 2, [0, 50], [0, 48])] };
    const result = corroborate(
      [at(1, 'origin', [5, 20]), at(2, 'supports', [4, 19])],
      evidence,
      sources,
    );
    expect(result.independentSources).toBe(1);
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]?.sourceIds).toEqual([1, 2]);
    expect(result.groups[0]?.reason).toBe(
      '#001 copies #000 here: “held his first … Vladivostok” is spun',
    );
    expect(result.groups[0]?.joins[0]).toMatchObject({ reason: 'copy', passageKind: 'spun' });
  });

  it('joins on a copied passage whatever the document verdict (one copied paragraph)', () => {
    const shares = relation(1, 3, null, 'shares-passages');
    const evidence = {
      relations: [shares],
      copied: [copied(1, 3, [100, 200], [300, 400], 'verbatim')],
    };
    const joined = corroborate(
      [at(1, 'origin', [120, 150]), at(3, 'supports', [310, 340])],
      evidence,
      sources,
    );
    expect(joined.independentSources).toBe(1);
    expect(joined.groups[0]?.reason).toMatch(
      /^#000 and #002 share “.*” \(verbatim; which copied which is undetermined\)$/,
    );
    // Occurrences outside the copied text are independent even though the sources share text.
    const apart = corroborate(
      [at(1, 'origin', [0, 50]), at(3, 'supports', [500, 540])],
      evidence,
      sources,
    );
    expect(apart.independentSources).toBe(2);
  });

  it('counts a partial copy once when the occurrence in it lies in the copied run', () => {
    // #001 spun the first half of #000 and padded it with other text.
    const evidence = copyEvidenceFromRelations([
      {
        ...relation(1, 2),
        extent: 'partial',
        copiedRuns: [{ a: { start: 0, end: 400 }, b: { start: 1000, end: 1390 } }],
      },
    ]);
    const inRun = corroborate(
      [at(1, 'origin', [50, 90]), at(2, 'supports', [1040, 1080])],
      evidence,
      sources,
    );
    expect(inRun.independentSources).toBe(1);
    expect(inRun.groups[0]?.reason).toContain('is copied');
    const inPadding = corroborate(
      [at(1, 'origin', [600, 650]), at(2, 'supports', [100, 150])],
      evidence,
      sources,
    );
    expect(inPadding.independentSources).toBe(2);
  });

  it('joins when either passage is copied text, even at another place of the copy', () => {
    const evidence = { relations: [relation(1, 2)], copied: [copied(1, 2, [0, 50], [0, 48])] };
    const result = corroborate(
      [at(1, 'origin', [10, 30]), at(2, 'supports', [200, 240])],
      evidence,
      sources,
    );
    expect(result.independentSources).toBe(1);
    expect(result.groups[0]?.reason).toContain('elsewhere in its text');
  });

  it('counts syndicated identical copies once, origin unknown', () => {
    const evidence = {
      relations: [relation(1, 5, null)],
      copied: [copied(1, 5, [0, 900], [0, 900], 'verbatim')],
    };
    const result = corroborate(
      [at(1, 'origin', [10, 60]), at(5, 'supports', [10, 60])],
      evidence,
      sources,
    );
    expect(result.independentSources).toBe(1);
    expect(result.groups[0]?.reason).toContain('which copied which is undetermined');
  });

  it('the sample case: 000 + 001 one line, 002 and 004 two more; 003 contradicting', () => {
    const evidence = { relations: [relation(1, 2)], copied: [copied(1, 2, [0, 5000], [0, 4900])] };
    const occurrences = [
      at(1, 'origin', [3000, 3100]),
      at(2, 'supports', [2950, 3050]),
      at(3, 'supports', [100, 200]),
      at(5, 'supports', [700, 800]),
      at(4, 'contradicts', [10, 40]),
    ];
    const result = corroborate(occurrences, evidence, sources);
    expect(result).toMatchObject({ independentSources: 3, independentContradictions: 1 });
    expect(result.groups.map((g) => [g.stance, g.sourceIds])).toEqual([
      ['supports', [1, 2]],
      ['supports', [3]],
      ['supports', [5]],
      ['contradicts', [4]],
    ]);
    expect(result.suggestedCredibility).toBe(3);
  });

  it('counts occurrences in one source as one line; a source saying both counts on both sides', () => {
    const result = corroborate([at(1, 'origin'), at(1, 'contradicts', [50, 60])], none, sources);
    expect(result).toMatchObject({ independentSources: 1, independentContradictions: 1 });
    expect(result.suggestedCredibility).toBe(6);
  });

  it('collapses copies among contradicting occurrences too', () => {
    const evidence = { relations: [relation(3, 4)], copied: [copied(3, 4, [0, 100], [0, 100])] };
    const result = corroborate(
      [
        at(1, 'origin'),
        at(3, 'contradicts', [5, 20]),
        at(4, 'contradicts', [5, 20]),
        at(5, 'contradicts'),
      ],
      evidence,
      sources,
    );
    expect(result.independentSources).toBe(1);
    expect(result.independentContradictions).toBe(2);
    expect(result.groups.filter((g) => g.stance === 'contradicts').map((g) => g.sourceIds)).toEqual(
      [[3, 4], [5]],
    );
  });

  it('one supporting line against one contradicting copy pair does not read as improbable', () => {
    const evidence = { relations: [relation(3, 4)], copied: [copied(3, 4, [0, 100], [0, 100])] };
    const result = corroborate(
      [at(1, 'origin'), at(3, 'contradicts', [5, 20]), at(4, 'contradicts', [5, 20])],
      evidence,
      sources,
    );
    expect(result).toMatchObject({ independentSources: 1, independentContradictions: 1 });
    expect(result.suggestedCredibility).not.toBe(5);
    expect(result.suggestedCredibility).toBe(6);
  });

  it('shows sources of one outlet (ignoring case and spaces) without collapsing them', () => {
    const result = corroborate([at(1, 'origin'), at(4), at(3), at(5)], none, sources);
    expect(result.sameOutlet).toEqual([{ outlet: 'Washington Times', sourceIds: [1, 4] }]);
    expect(result.independentSources).toBe(4);
  });

  it('keeps only verbatim and spun passages as copy evidence', () => {
    const passage = (kind: 'verbatim' | 'spun' | 'paraphrase' | 'shared-quote') => ({
      a: { start: 0, end: 5 },
      b: { start: 0, end: 5 },
      score: 0.9,
      kind,
      diff: { a: [], b: [] },
    });
    const kept = copiedPassagesOf(1, 2, [
      passage('verbatim'),
      passage('spun'),
      passage('paraphrase'),
      passage('shared-quote'),
    ]);
    expect(kept.map((p) => p.kind)).toEqual(['verbatim', 'spun']);
  });

  it('handles thousands of occurrences without recursion', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      at(1 + (i % 5), 'supports', [i * 10, i * 10 + 5]),
    );
    const evidence = {
      relations: [],
      copied: [copied(1, 2, [0, 100000], [0, 100000], 'verbatim')],
    };
    const result = corroborate([at(1, 'origin'), ...many], evidence, sources);
    expect(result.independentSources).toBe(4);
  });

  it('shortens quotes for explanations', () => {
    expect(shortQuote('a dinner.')).toBe('“a dinner”');
    expect(
      shortQuote('held his first — and so far only — meeting with Mr. Putin in Vladivostok.'),
    ).toBe('“held his first … Vladivostok”');
  });
});

describe('suggest: the grade table', () => {
  it.each<[number, number, Reliability[], number, string]>([
    [3, 0, [], 1, '3 independent sources, no contradiction: confirmed'],
    [5, 0, [], 1, '5 independent sources, no contradiction: confirmed'],
    [2, 0, [], 2, '2 independent sources, no contradiction: probably true'],
    [1, 0, ['A'], 3, '1 independent source, reliability A, no contradiction: possibly true'],
    [1, 0, ['C', 'B'], 3, '1 independent source, reliability B, no contradiction: possibly true'],
    [
      1,
      0,
      ['C'],
      6,
      '1 independent source, reliability C (not A or B), no contradiction: cannot be judged',
    ],
    [
      1,
      0,
      ['F'],
      6,
      '1 independent source, reliability F (not A or B), no contradiction: cannot be judged',
    ],
    [3, 1, [], 3, '3 independent sources against 1 independent contradiction: possibly true'],
    [5, 2, [], 3, '5 independent sources against 2 independent contradictions: possibly true'],
    [2, 1, [], 4, '2 independent sources against 1 independent contradiction: doubtful'],
    [4, 2, [], 4, '4 independent sources against 2 independent contradictions: doubtful'],
    [1, 1, ['A'], 6, '1 independent source against 1 independent contradiction: cannot be judged'],
    [2, 2, [], 6, '2 independent sources against 2 independent contradictions: cannot be judged'],
    [1, 2, [], 5, '1 independent source against 2 independent contradictions: improbable'],
    [0, 0, [], 6, 'No source says this yet: cannot be judged'],
  ])(
    '%d supporting, %d contradicting, %j → %d',
    (supporting, contradicting, grades, grade, why) => {
      const result = suggest(supporting, contradicting, grades);
      expect(result.suggestedCredibility).toBe(grade);
      expect(result.suggestionReason).toBe(why);
      expect(result.suggestionRule.rows[result.suggestionRule.applied]).toMatch(
        new RegExp(`: ${grade}\\b`),
      );
    },
  );

  it('uses the lone line’s reliability in corroborate', () => {
    const graded = sources.map((s) => (s.id === 2 ? { ...s, reliability: 'A' as const } : s));
    const evidence = { relations: [relation(1, 2)], copied: [copied(1, 2, [0, 50], [0, 50])] };
    expect(corroborate([at(1, 'origin'), at(2)], evidence, graded).suggestedCredibility).toBe(3);
    expect(corroborate([at(1, 'origin')], evidence, graded).suggestedCredibility).toBe(6);
  });
});
