import { describe, expect, it } from 'vitest';
import type { GoldDocument } from './entities';
import { capitalisedBaseline, guessKind, prf, scoreDocuments, scoreKey } from './entities';

describe('scoreKey', () => {
  it.each([
    ['Mr. Kim', 'kim'],
    ['The Associated Press', 'associated press'],
    ['Russia’s', 'russia'],
    ['Wales’', 'wales'],
    ['  North   Korea ', 'north korea'],
    ['President Vladimir Putin', 'vladimir putin'],
  ])('%s → %s', (name, key) => {
    expect(scoreKey(name)).toBe(key);
  });
});

describe('scoreDocuments', () => {
  const gold: GoldDocument[] = [
    { id: 'a', path: '', person: ['Kim Jong Un', 'Kim'], place: ['Seoul'], organization: ['KCNA'] },
    { id: 'b', path: '', person: [], place: ['Ireland'], organization: [] },
  ];
  const m = (text: string, kind: 'person' | 'place' | 'organization') => ({ text, kind });

  it('counts distinct (name, kind) pairs per document, by kind and overall', () => {
    const found = new Map([
      // Kim twice counts once; KCNA with the wrong kind misses; Putin is a false positive.
      [
        'a',
        [
          m('Kim Jong Un', 'person'),
          m('Mr. Kim', 'person'),
          m('Kim', 'person'),
          m('Seoul', 'place'),
          m('KCNA', 'place'),
          m('Putin', 'person'),
        ],
      ],
      ['b', []],
    ]);
    const score = scoreDocuments(gold, found);
    expect(score.perKind.person).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(score.perKind.place).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.perKind.organization).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.all).toEqual({ tp: 3, fp: 2, fn: 2 });
    // Any kind: KCNA found (as a place) counts.
    expect(score.anyKind).toEqual({ tp: 4, fp: 1, fn: 1 });
  });

  it('computes precision, recall and F1, 0 when undefined', () => {
    expect(prf({ tp: 3, fp: 1, fn: 3 })).toEqual({ p: 0.75, r: 0.5, f: 0.6 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 0, r: 0, f: 0 });
  });
});

describe('the capitalised-runs baseline', () => {
  it('finds runs, skips sentence openers and guesses kinds by form', () => {
    const text = 'The Korean Central News Agency said Kim Jong Un went to Vladivostok.';
    expect(capitalisedBaseline(text).map((e) => [e.text, e.kind])).toEqual([
      ['Korean Central News Agency', 'organization'],
      ['Kim Jong Un', 'person'],
      ['Vladivostok', 'place'],
    ]);
    expect(guessKind('in NATO', 'NATO', 3)).toBe('organization');
  });
});
