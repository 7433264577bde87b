import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseError } from '../core/errors';
import type { CaseSnapshot } from '../core/exchange/case-snapshot';
import { CaseDatabase } from '../storage/case-database';
import { useTempDir } from '../storage/test-helpers';
import { arbitraryCase, HOSTILE_STRINGS } from './arbitrary-case.fixture';
import { caseToJson, parseCaseJson } from './case-json';

const options = { exportedAt: '2026-11-26T12:00:00.000Z', appVersion: '0.1.0', relations: [] };

function refusal(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(CaseError);
    expect((error as CaseError).code).toBe('invalid-request');
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('case JSON', () => {
  it('export → import → export is identical for 1,000 generated cases', () => {
    fc.assert(
      fc.property(arbitraryCase(), (snapshot) => {
        const first = caseToJson(snapshot, options);
        const back = parseCaseJson(first);
        expect(back).toEqual(snapshot);
        expect(caseToJson(back, options)).toBe(first);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps lone surrogates and control characters as JSON escapes a strict parser reads', () => {
    fc.assert(
      fc.property(arbitraryCase(), (snapshot) => {
        const withHostile: CaseSnapshot = {
          ...snapshot,
          notes: [{ owner: { kind: 'case' }, text: HOSTILE_STRINGS.join('|'), updatedAt: 'x' }],
        };
        const json = caseToJson(withHostile, options);
        // No lone surrogate left in the text: it encodes to UTF-8 and decodes back unchanged.
        expect(
          new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(json)),
        ).toBe(json);
        expect(parseCaseJson(json).notes[0]?.text).toBe(HOSTILE_STRINGS.join('|'));
      }),
      { numRuns: 50 },
    );
  });

  it('refuses what is not a case file, saying what is wrong and where', () => {
    const sample = fc.sample(arbitraryCase(), { numRuns: 1, seed: 7 })[0];
    if (!sample) throw new Error('no sample');
    const good = JSON.parse(caseToJson(sample, options)) as Record<string, unknown>;
    const broken = (patch: Record<string, unknown>) => JSON.stringify({ ...good, ...patch });
    expect(refusal(() => parseCaseJson('{"format": '))).toMatch(/not valid JSON/);
    expect(
      refusal(() =>
        parseCaseJson(broken({ case: { ...(good['case'] as object), name: 'a\u0000b' } })),
      ),
    ).toMatch(/NUL character/);
    expect(refusal(() => parseCaseJson('[]'))).toMatch(/not a case Corroborate can import/);
    expect(refusal(() => parseCaseJson(broken({ format: 'other' })))).toMatch(
      /"format" must be "corroborate-case"/,
    );
    expect(refusal(() => parseCaseJson(broken({ version: 3 })))).toMatch(/Only versions 1 and 2/);
    expect(refusal(() => parseCaseJson(broken({ extra: 1 })))).toMatch(/extra/);
    expect(
      refusal(() =>
        parseCaseJson(
          broken({ tags: [{ id: 1, name: 'x', color: 'red', parentId: null, position: 0 }] }),
        ),
      ),
    ).toMatch(/at tags\.0\.color.*colour like/);
  });

  it('refuses a hostile join override or entity edit, saying which and why', () => {
    const sample = fc
      .sample(arbitraryCase(), { numRuns: 50, seed: 11 })
      .find((c) => c.sources.length >= 2 && c.claims.length > 0);
    if (!sample) throw new Error('no sample with two sources and a claim');
    const good = JSON.parse(caseToJson(sample, options)) as Record<string, unknown>;
    const withOverride = (override: Record<string, unknown>) =>
      JSON.stringify({ ...good, joinOverrides: [override] });
    const claimId = sample.claims[0]?.id ?? 1;
    expect(
      refusal(() => parseCaseJson(withOverride({ claimId, sourceIds: [2, 1], action: 'join' }))),
    ).toMatch(/at joinOverrides\.0\.sourceIds.*the lower id first/);
    expect(
      refusal(() => parseCaseJson(withOverride({ claimId, sourceIds: [2, 2], action: 'split' }))),
    ).toMatch(/two different sources/);
    expect(
      refusal(() => parseCaseJson(withOverride({ claimId, sourceIds: [1, 2], action: 'merge' }))),
    ).toMatch(/at joinOverrides\.0\.action.*"join" or "split"/);
    expect(
      refusal(() =>
        parseCaseJson(
          JSON.stringify({
            ...good,
            entityEdits: [{ id: 1, edit: { kind: 'rename', from: 'a' }, createdAt: 't' }],
          }),
        ),
      ),
    ).toMatch(/at entityEdits\.0\.edit.*"merge".*"split"/);
    // Version 1 files have neither list: they read as a case without analyst edits.
    const v1: Record<string, unknown> = { ...good, version: 1 };
    for (const key of ['entityEdits', 'joinOverrides', 'facts']) delete v1[key];
    const old = parseCaseJson(JSON.stringify(v1));
    expect(old.entityEdits).toEqual([]);
    expect(old.joinOverrides).toEqual([]);
  });

  it('writes the facts as a read-only section that import ignores', () => {
    const sample = fc.sample(arbitraryCase(), { numRuns: 1, seed: 5 })[0];
    if (!sample) throw new Error('no sample');
    const facts = {
      quotes: [
        {
          id: 'q1',
          text: 'hello',
          occurrences: [{ sourceId: 1, start: 0, end: 1, speaker: 'Kirby' }],
          speakers: ['Kirby'],
          speakerConflict: null,
        },
      ],
      attributions: [],
      entities: [],
      discrepancies: [],
      circular: [],
    };
    const json = caseToJson(sample, { ...options, facts });
    expect((JSON.parse(json) as { facts: unknown }).facts).toEqual(facts);
    expect(parseCaseJson(json)).toEqual(sample);
    // What other tools read may be anything: a hand-edited facts section is not refused.
    const edited = JSON.stringify({ ...(JSON.parse(json) as object), facts: { quotes: 'x' } });
    expect(parseCaseJson(edited)).toEqual(sample);
  });

  it('never throws anything but a CaseError on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          parseCaseJson(JSON.stringify(value));
        } catch (error) {
          expect(error).toBeInstanceOf(CaseError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('case JSON through a case file', () => {
  const dir = useTempDir();
  const open = (name: string) => CaseDatabase.create(path.join(dir(), name), { name: 'Imported' });

  it('a case exported to JSON and imported into a new case exports the same JSON (30 cases)', () => {
    // The generated snapshot is first stored, because a case file holds text as UTF-8: a lone
    // surrogate in a note is already U+FFFD in the case, and the export is of the case.
    const cases = fc.sample(arbitraryCase(), { numRuns: 30, seed: 42 });
    cases.forEach((snapshot, index) => {
      const original = open(`original-${index}.corroborate`);
      const copy = open(`copy-${index}.corroborate`);
      try {
        original.restoreSnapshot(snapshot);
        const json = caseToJson(original.snapshot(), options);
        copy.restoreSnapshot(parseCaseJson(json));
        expect(caseToJson(copy.snapshot(), options)).toBe(json);
        expect(copy.historyState().canUndo).toBe(false);
      } finally {
        original.close();
        copy.close();
      }
    });
    // Sixty case files written and read: seconds on a loaded machine.
  }, 60_000);

  it('keeps a republication (the same text twice, under other details) through export and import', () => {
    const [sample] = fc.sample(arbitraryCase(), { numRuns: 1, seed: 3 });
    const [source] = sample?.sources ?? [];
    if (!sample || !source) throw new Error('no sample with a source');
    const copy = {
      ...source,
      id: source.id + 100,
      title: 'Another headline',
      url: 'https://farm.example/copy',
      fileName: 'republished.txt',
    };
    const snapshot: CaseSnapshot = { ...sample, sources: [...sample.sources, copy] };
    const original = open('republished.corroborate');
    const imported = open('republished-copy.corroborate');
    try {
      original.restoreSnapshot(snapshot);
      const json = caseToJson(original.snapshot(), options);
      imported.restoreSnapshot(parseCaseJson(json));
      const texts = imported.snapshot().sources.filter((s) => s.contentHash === source.contentHash);
      expect(texts.map((s) => [s.id, s.title])).toEqual([
        [source.id, source.title],
        [copy.id, 'Another headline'],
      ]);
      expect(caseToJson(imported.snapshot(), options)).toBe(json);
    } finally {
      original.close();
      imported.close();
    }
  });

  it('reads the imported files only when asked for', () => {
    const snapshot = fc
      .sample(arbitraryCase(), { numRuns: 20, seed: 9 })
      .find((c) => c.sources.some((source) => source.original !== null));
    if (!snapshot) throw new Error('no sample with an original file');
    const database = open('originals.corroborate');
    try {
      database.restoreSnapshot(snapshot);
      const withFiles = database.snapshot({ originals: true });
      const without = database.snapshot({ originals: false });
      expect(withFiles.sources.some((source) => source.original !== null)).toBe(true);
      expect(without.sources.every((source) => source.original === null)).toBe(true);
      expect({ ...without, sources: [] }).toEqual({ ...withFiles, sources: [] });
    } finally {
      database.close();
    }
  });

  it('refuses a damaged snapshot and leaves the case empty', () => {
    const snapshot = fc.sample(arbitraryCase(), { numRuns: 1, seed: 3 })[0];
    if (!snapshot) throw new Error('no sample');
    const database = open('refused.corroborate');
    const file = path.join(dir(), 'refused.corroborate');
    try {
      const source = snapshot.sources[0];
      if (!source) throw new Error('no source');
      const badHash = { ...snapshot, sources: [{ ...source, contentHash: 'a'.repeat(64) }] };
      expect(refusal(() => database.restoreSnapshot(badHash))).toMatch(/hash does not match/);
      const claim = {
        id: 1,
        note: '',
        credibility: 6 as const,
        createdAt: 't',
        updatedAt: 't',
        tagIds: [],
        rejected: [],
        occurrences: [
          {
            id: 1,
            sourceId: source.id,
            start: 0,
            end: 1,
            quote: '¿',
            prefix: '',
            suffix: '',
            stance: 'origin' as const,
          },
        ],
      };
      const badQuote = { ...snapshot, claims: [claim] };
      expect(refusal(() => database.restoreSnapshot(badQuote))).toMatch(
        /quote is not the text at those offsets|falls inside the character/,
      );
      const twoOrigins = {
        ...snapshot,
        claims: [
          { ...claim, occurrences: [claim.occurrences[0], { ...claim.occurrences[0], id: 2 }] },
        ],
      };
      expect(refusal(() => database.restoreSnapshot(twoOrigins as CaseSnapshot))).toMatch(
        /2 origin passages/,
      );
      const cycle = {
        ...snapshot,
        tags: [
          { id: 1, name: 'a', color: '#000000', parentId: 2, position: 0 },
          { id: 2, name: 'b', color: '#000000', parentId: 1, position: 0 },
        ],
        claims: [],
      };
      expect(refusal(() => database.restoreSnapshot(cycle))).toMatch(/its own ancestor/);
      const edits: CaseSnapshot['entityEdits'] = [
        {
          id: 1,
          edit: { kind: 'merge', from: 'person:jo', into: 'person:jo chun' },
          createdAt: 't',
        },
      ];
      const override = (claimId: number, a: number, b: number) => ({
        ...snapshot,
        entityEdits: edits,
        claims: [],
        joinOverrides: [
          { claimId, sourceIds: [a, b] as [number, number], action: 'join' as const },
        ],
      });
      expect(refusal(() => database.restoreSnapshot(override(99, 1, 2)))).toMatch(
        /join override of sources 1 and 2 for claim 99: claim 99 is not in the case/,
      );
      const whole = {
        id: 1,
        sourceId: source.id,
        start: 0,
        end: Array.from(source.text).length,
        quote: source.text,
        prefix: '',
        suffix: '',
        stance: 'origin' as const,
      };
      const validClaim = { ...claim, occurrences: [whole] };
      const unknownSource = { ...override(1, 1, 77), claims: [validClaim] };
      expect(refusal(() => database.restoreSnapshot(unknownSource))).toMatch(
        /join override of sources 1 and 77 for claim 1: source 77 is not in the case/,
      );
      const twice = {
        ...unknownSource,
        sources: [source, { ...source, id: 2 }],
        joinOverrides: [
          { claimId: 1, sourceIds: [1, 2] as [number, number], action: 'join' as const },
          { claimId: 1, sourceIds: [1, 2] as [number, number], action: 'split' as const },
        ],
      };
      expect(refusal(() => database.restoreSnapshot(twice))).toMatch(/appears twice/);
      expect(database.snapshot()).toMatchObject({
        sources: [],
        tags: [],
        claims: [],
        notes: [],
        entityEdits: [],
        joinOverrides: [],
      });
      database.restoreSnapshot(snapshot);
      expect(refusal(() => database.restoreSnapshot(snapshot))).toMatch(
        /only be written into an empty case/,
      );
    } finally {
      database.close();
    }
    expect(fs.existsSync(file)).toBe(true);
  });
});
