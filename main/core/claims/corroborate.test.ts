import { describe, expect, it } from 'vitest';
import type { OccurrenceStance, Reliability, SourceRelation } from '../../../preload/contract';
import { corroborate, suggest, type CorroborationSource } from './corroborate';

function relation(
  a: number,
  b: number,
  verdict: SourceRelation['verdict'] = 'derived-copy',
  direction: SourceRelation['direction'] = { copy: b, origin: a, evidence: 'a credit line' },
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

const sources: CorroborationSource[] = [1, 2, 3, 4, 5].map((id) => ({
  id,
  label: `00${id - 1}`,
  outlet: id <= 2 ? 'Washington Times' : id === 3 ? 'AP' : id === 4 ? 'washington times ' : '',
  reliability: 'F',
}));

const at = (sourceId: number, stance: OccurrenceStance = 'supports') => ({ sourceId, stance });

describe('corroborate: independence', () => {
  it('counts a derived copy with its origin (the 000/001/003 rule)', () => {
    const copy = [relation(1, 2)];
    const one = corroborate([at(1, 'origin'), at(2)], copy, sources);
    expect(one.independentSources).toBe(1);
    expect(one.groups).toEqual([
      { stance: 'supports', sourceIds: [1, 2], reason: '001 is a derived copy of 000' },
    ]);
    const two = corroborate([at(1, 'origin'), at(2), at(4)], copy, sources);
    expect(two.independentSources).toBe(2);
    expect(two.groups.map((g) => [g.sourceIds, g.reason])).toEqual([
      [[1, 2], '001 is a derived copy of 000'],
      [[4], ''],
    ]);
  });

  it('joins copies of copies, undetermined directions, and copies through a source not cited', () => {
    const relations = [relation(1, 2), relation(1, 3, 'derived-copy', null)];
    const result = corroborate([at(2, 'origin'), at(3)], relations, sources);
    expect(result.independentSources).toBe(1);
    expect(result.groups[0]?.reason).toBe(
      '001 is a derived copy of 000; 000 and 002 are derived copies of one another (which copied which is undetermined)',
    );
  });

  it('does not join sources that only share passages', () => {
    const result = corroborate(
      [at(1, 'origin'), at(3)],
      [relation(1, 3, 'shares-passages', null)],
      sources,
    );
    expect(result.independentSources).toBe(2);
  });

  it('counts contradicting groups apart, collapsing copies there too', () => {
    const result = corroborate(
      [at(1, 'origin'), at(3, 'contradicts'), at(4, 'contradicts'), at(5, 'contradicts')],
      [relation(3, 4)],
      sources,
    );
    expect(result.independentSources).toBe(1);
    expect(result.independentContradictions).toBe(2);
    expect(result.groups.filter((g) => g.stance === 'contradicts').map((g) => g.sourceIds)).toEqual(
      [[3, 4], [5]],
    );
  });

  it('counts a source that both supports and contradicts on both sides', () => {
    const result = corroborate([at(1, 'origin'), at(1, 'contradicts')], [], sources);
    expect(result).toMatchObject({ independentSources: 1, independentContradictions: 1 });
    expect(result.suggestedCredibility).toBe(5);
  });

  it('shows sources of one outlet (ignoring case and spaces) without collapsing them', () => {
    const result = corroborate([at(1, 'origin'), at(4), at(3), at(5)], [], sources);
    expect(result.sameOutlet).toEqual([{ outlet: 'Washington Times', sourceIds: [1, 4] }]);
    expect(result.independentSources).toBe(4);
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
    [3, 1, [], 4, '3 independent sources against 1 contradicting source: doubtful'],
    [2, 1, [], 4, '2 independent sources against 1 contradicting source: doubtful'],
    [1, 1, ['A'], 5, '1 independent source against 1 contradicting source: improbable'],
    [1, 2, [], 5, '1 independent source against 2 contradicting sources: improbable'],
    [0, 0, [], 6, 'No source says this yet: cannot be judged'],
  ])(
    '%d supporting, %d contradicting, %j → %d',
    (supporting, contradicting, grades, grade, why) => {
      expect(suggest(supporting, contradicting, grades)).toEqual({
        suggestedCredibility: grade,
        suggestionReason: why,
      });
    },
  );

  it('uses the lone group’s reliability in corroborate', () => {
    const graded = sources.map((s) => (s.id === 2 ? { ...s, reliability: 'A' as const } : s));
    expect(
      corroborate([at(1, 'origin'), at(2)], [relation(1, 2)], graded).suggestedCredibility,
    ).toBe(3);
    expect(corroborate([at(1, 'origin')], [relation(1, 2)], graded).suggestedCredibility).toBe(6);
  });
});
