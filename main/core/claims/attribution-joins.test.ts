import { describe, expect, it } from 'vitest';
import type { EvidenceJoin } from '../../../preload/contract';
import {
  applyOverrides,
  attributionJoins,
  claimOriginators,
  creditKey,
  isVagueOriginator,
  type OccurrenceCredit,
} from './attribution-joins';

const label = (id: number) => `#${String(id).padStart(3, '0')}`;

function credit(
  occurrenceId: number,
  sourceId: number,
  originator: string,
  kind: OccurrenceCredit['kind'] = 'reported',
  citedSourceIds: number[] = [],
): OccurrenceCredit {
  return {
    occurrenceId,
    sourceId,
    originator,
    key: `name:${creditKey(originator)}`,
    entityKey: null,
    kind,
    citedSourceIds,
  };
}

describe('isVagueOriginator', () => {
  it.each([
    ['officials', true],
    ['U.S. officials', true],
    ['South Korean defense officials', true],
    ['multiple dispatches', true],
    ['Russian news agencies', true],
    ['analysts', true],
    ['the ministry', true],
    ['South Korea’s Unification Ministry', false],
    ['Dmitry Peskov', false],
    ['Yonhap', false],
    ['The Associated Press', false],
    ['', true],
  ])('%s → %s', (originator, vague) => {
    expect(isVagueOriginator(originator)).toBe(vague);
  });
});

describe('creditKey', () => {
  it('folds case, a leading “the”, apostrophes, hyphens and accents', () => {
    expect(creditKey('The Associated Press')).toBe('associated press');
    expect(creditKey('South Korea’s Unification Ministry')).toBe(
      creditKey("south korea's unification ministry"),
    );
    expect(creditKey('Jo Chun-ryong')).toBe('jo chun ryong');
    expect(creditKey('Zelénsky')).toBe('zelensky');
  });
});

describe('attributionJoins', () => {
  const occurrences = [
    { id: 1, sourceId: 3 },
    { id: 2, sourceId: 4 },
    { id: 3, sourceId: 5 },
  ];

  it('joins occurrences crediting the same originator, first to each other', () => {
    const joins = attributionJoins(
      [
        credit(1, 3, 'South Korea’s Unification Ministry'),
        credit(2, 4, 'South Korea’s Unification Ministry'),
        credit(3, 5, 'South Korea’s Unification Ministry'),
      ],
      occurrences,
      label,
    );
    expect(joins.map((join) => [join.occurrenceIds, join.reason])).toEqual([
      [[1, 2], 'originator'],
      [[1, 3], 'originator'],
    ]);
    expect(joins[0]?.explanation).toBe(
      '#003 and #004 both credit South Korea’s Unification Ministry',
    );
  });

  it('joins only occurrences on the same side: one originator credited with opposite things is no line', () => {
    // AP's lunch (supports) and 003's dinner (contradicts), both from Peskov.
    const sides = [
      { id: 1, sourceId: 3, stance: 'origin' as const },
      { id: 2, sourceId: 4, stance: 'contradicts' as const },
      { id: 3, sourceId: 5, stance: 'supports' as const },
      { id: 4, sourceId: 6, stance: 'contradicts' as const },
    ];
    const joins = attributionJoins(
      [
        credit(1, 3, 'Dmitry Peskov'),
        credit(2, 4, 'Dmitry Peskov'),
        credit(3, 5, 'Dmitry Peskov'),
        credit(4, 6, 'Dmitry Peskov'),
      ],
      sides,
      label,
    );
    expect(joins.map((join) => join.occurrenceIds)).toEqual([
      [1, 3],
      [2, 4],
    ]);
    // A citation joins the cited source's occurrence on its own side, or nothing.
    expect(
      attributionJoins([credit(2, 4, 'AP', 'citation', [3])], sides, label).map(
        (join) => join.occurrenceIds,
      ),
    ).toEqual([]);
    expect(
      attributionJoins([credit(4, 6, 'AP', 'citation', [4])], sides, label).map(
        (join) => join.occurrenceIds,
      ),
    ).toEqual([[4, 2]]);
  });

  it('never joins on a vague credit or within one source', () => {
    expect(
      attributionJoins([credit(1, 3, 'officials'), credit(2, 4, 'officials')], occurrences, label),
    ).toEqual([]);
    expect(
      attributionJoins(
        [credit(1, 3, 'Dmitry Peskov'), credit(4, 3, 'Dmitry Peskov')],
        [...occurrences, { id: 4, sourceId: 3 }],
        label,
      ),
    ).toEqual([]);
  });

  it('joins a citation to the cited source’s occurrence, once per pair', () => {
    const joins = attributionJoins(
      [credit(2, 4, 'The Associated Press', 'citation', [3]), credit(2, 4, 'AP', 'citation', [3])],
      occurrences,
      label,
    );
    expect(joins).toEqual([
      {
        occurrenceIds: [2, 1],
        sourceIds: [4, 3],
        reason: 'citation',
        passageKind: null,
        explanation: '#004 credits #003 (The Associated Press) for it',
      },
    ]);
    // A cited source with no occurrence of the claim joins nothing.
    expect(attributionJoins([credit(2, 4, 'AP', 'citation', [9])], occurrences, label)).toEqual([]);
  });
});

describe('applyOverrides', () => {
  const occurrences = [
    { id: 1, sourceId: 3 },
    { id: 2, sourceId: 4 },
    { id: 5, sourceId: 3 },
  ];
  const join = (a: number, b: number, reason: EvidenceJoin['reason']): EvidenceJoin => ({
    occurrenceIds: [a, b],
    sourceIds: [
      occurrences.find((o) => o.id === a)?.sourceId ?? 0,
      occurrences.find((o) => o.id === b)?.sourceId ?? 0,
    ],
    reason,
    passageKind: null,
    explanation: reason,
  });

  it('a split drops every automatic join between the two sources, but not same-source', () => {
    const kept = applyOverrides(
      [join(1, 2, 'copy'), join(1, 2, 'originator'), join(1, 5, 'same-source')],
      [{ sourceIds: [4, 3], action: 'split' }],
      occurrences,
      label,
    );
    expect(kept.map((j) => j.reason)).toEqual(['same-source']);
  });

  it('a join links the two sources’ first occurrences, when both are present', () => {
    const kept = applyOverrides([], [{ sourceIds: [3, 4], action: 'join' }], occurrences, label);
    expect(kept).toEqual([
      {
        occurrenceIds: [1, 2],
        sourceIds: [3, 4],
        reason: 'analyst',
        passageKind: null,
        explanation: 'you joined #003 and #004',
      },
    ]);
    expect(applyOverrides([], [{ sourceIds: [3, 9], action: 'join' }], occurrences, label)).toEqual(
      [],
    );
  });
});

describe('claimOriginators', () => {
  it('lists each originator with its sources, most sources first', () => {
    expect(
      claimOriginators([
        credit(1, 3, 'Dmitry Peskov'),
        credit(2, 4, 'Dmitry Peskov', 'quote'),
        credit(2, 4, 'Yonhap'),
      ]),
    ).toEqual([
      {
        originator: 'Dmitry Peskov',
        entityKey: null,
        sourceIds: [3, 4],
        occurrenceIds: [1, 2],
        kinds: ['reported', 'quote'],
      },
      {
        originator: 'Yonhap',
        entityKey: null,
        sourceIds: [4],
        occurrenceIds: [2],
        kinds: ['reported'],
      },
    ]);
  });
});
