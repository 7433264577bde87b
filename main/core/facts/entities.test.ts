import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../testing/seeds';
import type { EntityCandidate, EntityEdit } from './entities';
import { groupEntities, refineMentions } from './entities';
import type { EntityKind, EntityMention } from './types';

/** Mentions of the given names, in order, as one source's recognizer output would be. */
function mentions(...names: Array<[string, EntityKind]>): EntityMention[] {
  let at = 0;
  return names.map(([text, kind]) => {
    const mention = { start: at, end: at + text.length, text, kind };
    at += text.length + 1;
    return mention;
  });
}

describe('refineMentions', () => {
  const cases: Array<[string, string, EntityKind, string[]]> = [
    [
      'title dropped',
      'said Kremlin spokesman Dmitry S. Peskov today',
      'person',
      ['Dmitry S. Peskov'],
    ],
    ['honorific dropped', 'Mr. Kim’s train', 'person', ['Kim']],
    ['lowercase title', 'minister Andrei Rudenko, said', 'person', ['Andrei Rudenko']],
    ['rank dropped', 'Navy Adm. Kim Myong Sik, who', 'person', ['Kim Myong Sik']],
    [
      'possessive owner split',
      'South Korea’s Unification Ministry.',
      'organization',
      ['South Korea', 'Unification Ministry'],
    ],
    ['commas split', 'SEOUL, South Korea,', 'place', ['SEOUL', 'South Korea']],
    ['description dropped', 'eastern city of Vladivostok', 'place', ['Vladivostok']],
    ['generic tail dropped', 'Yonhap news agency', 'organization', ['Yonhap']],
    ['administration is its leader', 'Biden administration', 'organization', ['Biden']],
    ['adjective dropped', 'North Korean state', 'place', []],
    ['weekday dropped', 'Tuesday', 'place', []],
    ['U.S. keeps its dots', 'the U.S. will', 'place', ['U.S.']],
  ];
  it.each(cases)('%s', (_label, text, kind, expected) => {
    const candidate: EntityCandidate = { start: 0, end: text.length, kind };
    const found = refineMentions(text, [candidate]);
    expect(found.map((m) => m.text)).toEqual(expected);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('completes a name cut before its last syllable or at a hyphen', () => {
    const text = 'North Korea’s Kim Jong Un arrived; Jo Chun-ryong too.';
    const a = text.indexOf('Kim');
    const b = text.indexOf('Jo ');
    const found = refineMentions(text, [
      { start: a, end: a + 'Kim Jong'.length, kind: 'person' },
      { start: b, end: b + 'Jo Chun-'.length, kind: 'person' },
    ]);
    expect(found.map((m) => m.text)).toEqual(['Kim Jong Un', 'Jo Chun-ryong']);
  });

  it('splits Kim-Putin when both names stand alone in the text', () => {
    const text = 'Kim met Putin. The Kim-Putin meeting. Karine Jean-Pierre said.';
    const a = text.indexOf('Kim-Putin');
    const b = text.indexOf('Karine');
    const found = refineMentions(text, [
      { start: a, end: a + 9, kind: 'person' },
      { start: b, end: b + 'Karine Jean-Pierre'.length, kind: 'person' },
    ]);
    expect(found.map((m) => m.text)).toEqual(['Kim', 'Putin', 'Karine Jean-Pierre']);
  });
});

describe('groupEntities', () => {
  it('merges spelling variants across sources and attaches short names within a source', () => {
    const { entities, keyOf } = groupEntities(
      [
        {
          sourceId: 1,
          mentions: mentions(
            ['Kim Jong Un', 'person'],
            ['Kim', 'person'],
            ['Kim', 'person'],
            ['Shoigu', 'person'],
          ),
        },
        {
          sourceId: 2,
          mentions: mentions(
            ['Kim Jong-un', 'person'],
            ['Shoygu', 'person'],
            ['Dmitry S. Peskov', 'person'],
          ),
        },
        { sourceId: 3, mentions: mentions(['Peskov', 'person'], ['Dmitry Peskov', 'person']) },
      ],
      [],
    );
    const kim = entities.find((e) => e.key === keyOf('Kim Jong Un'))!;
    expect(kim.variants.sort()).toEqual(['Kim', 'Kim Jong Un', 'Kim Jong-un']);
    expect(kim.counts).toEqual([
      { sourceId: 1, count: 3 },
      { sourceId: 2, count: 1 },
    ]);
    expect(kim.total).toBe(4);
    expect(keyOf('Shoygu')).toBe(keyOf('Shoigu'));
    expect(keyOf('Peskov')).toBe(keyOf('Dmitry S. Peskov'));
    expect(keyOf('Mr. Peskov')).toBe(keyOf('Dmitry Peskov'));
    expect(entities.find((e) => e.key === keyOf('Peskov'))!.name).toBe('Dmitry Peskov');
    expect(keyOf('Nobody Known')).toBeNull();
  });

  it('keeps people who share a family name apart, and an ambiguous short name on its own', () => {
    const { keyOf } = groupEntities(
      [
        {
          sourceId: 1,
          mentions: mentions(
            ['Kim Jong Un', 'person'],
            ['Kim Yo Jong', 'person'],
            ['Kim', 'person'],
          ),
        },
      ],
      [],
    );
    expect(keyOf('Kim Jong Un')).not.toBe(keyOf('Kim Yo Jong'));
    expect(keyOf('Kim')).not.toBe(keyOf('Kim Jong Un'));
    expect(keyOf('Kim')).not.toBe(keyOf('Kim Yo Jong'));
  });

  it('matches acronyms and possessive owners for organisations', () => {
    const { keyOf } = groupEntities(
      [
        {
          sourceId: 1,
          mentions: mentions(
            ['Korean Central News Agency', 'organization'],
            ['Unification Ministry', 'organization'],
          ),
        },
        {
          sourceId: 2,
          mentions: mentions(
            ['KCNA', 'organization'],
            ['United States', 'place'],
            ['U.S.', 'place'],
          ),
        },
      ],
      [],
    );
    expect(keyOf('KCNA')).toBe(keyOf('Korean Central News Agency'));
    expect(keyOf('U.S.')).toBe(keyOf('United States'));
    expect(keyOf('South Korea’s Unification Ministry')).toBe(keyOf('Unification Ministry'));
  });

  it('applies merges and splits by stable key, in order', () => {
    const sources = [
      {
        sourceId: 1,
        mentions: mentions(
          ['Kim Jong Un', 'person'],
          ['Kim', 'person'],
          ['Pak Jong Chon', 'person'],
        ),
      },
      { sourceId: 2, mentions: mentions(['Jo Chun Ryong', 'person'], ['Jo Chun-ryong', 'person']) },
    ];
    const before = groupEntities(sources, []);
    const kim = before.keyOf('Kim Jong Un')!;
    const pak = before.keyOf('Pak Jong Chon')!;
    const jo = before.keyOf('Jo Chun Ryong')!;
    const edits: EntityEdit[] = [
      { kind: 'merge', from: pak, into: kim },
      { kind: 'split', variant: 'Kim' },
      { kind: 'split', variant: 'Jo Chun-ryong' },
    ];
    const after = groupEntities(sources, edits);
    expect(after.keyOf('Pak Jong Chon')).toBe(kim);
    expect(after.keyOf('Kim')).not.toBe(kim);
    expect(after.keyOf('Jo Chun-ryong')).not.toBe(jo);
    expect(after.keyOf('Jo Chun Ryong')).toBe(jo);
    const merged = after.entities.find((e) => e.key === kim)!;
    expect(merged.variants.sort()).toEqual(['Kim Jong Un', 'Pak Jong Chon']);
    // Recomputing with the same edits gives the same keys.
    expect(groupEntities(sources, edits).entities.map((e) => e.key)).toEqual(
      after.entities.map((e) => e.key),
    );
  });

  it('ignores a merge that would loop', () => {
    const sources = [{ sourceId: 1, mentions: mentions(['Seoul', 'place'], ['Busan', 'place']) }];
    const { keyOf } = groupEntities(sources, [
      { kind: 'merge', from: 'seoul', into: 'busan' },
      { kind: 'merge', from: 'busan', into: 'seoul' },
    ]);
    expect(keyOf('Seoul')).toBe('busan');
    expect(keyOf('Busan')).toBe('busan');
  });
});

/** The seed reports, to check the grouping on mentions written the way the reports write them. */
describe('groupEntities on the seed reports (names found by plain search)', () => {
  const names: Array<[string, EntityKind]> = [
    ['Jo Chun Ryong', 'person'],
    ['Jo Chun-ryong', 'person'],
    ['Kim Jong Un', 'person'],
    ['Kim Jong-un', 'person'],
    ['Kim Myong Sik', 'person'],
    ['Dmitry S. Peskov', 'person'],
    ['Dmitry Peskov', 'person'],
    ['Peskov', 'person'],
    ['Shoigu', 'person'],
    ['Mr. Kim', 'person'],
    ['Unification Ministry', 'organization'],
    ['Korean Central News Agency', 'organization'],
  ];
  const sources = readSeeds().map((text, sourceId) => {
    const found: EntityMention[] = [];
    for (const [name, kind] of names) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const overlapped = found.some((m) => at < m.end && m.start < at + name.length);
        if (!overlapped) found.push({ start: at, end: at + name.length, text: name, kind });
      }
    }
    return { sourceId, mentions: found };
  });
  const { entities, keyOf } = groupEntities(sources, []);

  it('merges Jo Chun Ryong (002) and Jo Chun-ryong (003)', () => {
    const jo = entities.find((e) => e.key === keyOf('Jo Chun Ryong'))!;
    expect(jo.variants.sort()).toEqual(['Jo Chun Ryong', 'Jo Chun-ryong']);
    expect(jo.counts.map((c) => c.sourceId)).toEqual([2, 3]);
  });

  it('merges Kim Jong Un (002) and Kim Jong-un (000), with Mr. Kim, and keeps Kim Myong Sik apart', () => {
    const kim = entities.find((e) => e.key === keyOf('Kim Jong Un'))!;
    expect(kim.variants).toEqual(expect.arrayContaining(['Kim Jong Un', 'Kim Jong-un', 'Mr. Kim']));
    expect(kim.counts.map((c) => c.sourceId)).toEqual([0, 1, 2, 3, 4]);
    expect(keyOf('Kim Myong Sik')).not.toBe(kim.key);
  });

  it('merges Dmitry S. Peskov (000), Dmitry Peskov and Peskov (002, 003)', () => {
    const peskov = entities.find((e) => e.key === keyOf('Dmitry S. Peskov'))!;
    expect(peskov.variants.sort()).toEqual(['Dmitry Peskov', 'Dmitry S. Peskov', 'Peskov']);
    expect(peskov.counts.map((c) => c.sourceId)).toEqual([0, 1, 2, 3]);
    expect(keyOf('Shoygu')).toBe(keyOf('Shoigu'));
  });
});
