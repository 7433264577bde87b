import { afterEach, describe, expect, it } from 'vitest';
import type { AddOccurrencesResult, CaseEdit, ClaimDetail, Envelope } from '../../preload/contract';
import { createCaseWithTexts, createTestServices, idleComparisonRunner } from './test-support';

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

async function call(channel: string, payload?: unknown) {
  return services.dispatcher.dispatch(channel, payload);
}

/** Everything the services show of the case's claims, tags, grades, notes and history. */
function dump() {
  return {
    sources: services.sources.list(),
    tags: services.tags.list(),
    claims: services.claims.list().map((claim) => services.claims.get(claim.id)),
    caseNote: services.notes.get({ kind: 'case' }),
    sourceNote: services.notes.get({ kind: 'source', id: 1 }),
    history: services.history.state(),
  };
}

async function setUp() {
  services = createTestServices({ comparisonRunner: idleComparisonRunner });
  await createCaseWithTexts(services, ['A 🦊 crossed the road.', 'Another fox crossed.']);
  const tag = await call('tags:create', { name: 'Fox' });
  const claim = await call('claims:create', { sourceId: 1, start: 2, end: 3, tagIds: [1] });
  expect([tag.ok, claim.ok]).toEqual([true, true]);
  services.emitted.length = 0;
}

describe('claims, tags and notes through the dispatcher', () => {
  it('creates a claim and answers with its detail', async () => {
    await setUp();
    await expect(call('claims:get', { id: 1 })).resolves.toMatchObject({
      ok: true,
      value: {
        id: 1,
        quote: '🦊',
        tagIds: [1],
        occurrences: [{ start: 2, end: 3, stance: 'origin' }],
      },
    });
  });

  it.each<[string, unknown, string | RegExp]>([
    [
      'claims:create',
      { sourceId: 1, start: 5, end: 99, tagIds: [] },
      'The passage 5–99 is not inside the text, which is 21 characters long',
    ],
    ['claims:create', { sourceId: 1, start: 4, end: 2, tagIds: [] }, 'The passage 4–2'],
    ['claims:create', { sourceId: 1, start: -1, end: 2, tagIds: [] }, /start/],
    ['claims:create', { sourceId: 1, start: 0, end: 3, tagIds: [42] }, 'Unknown tag 42'],
    ['claims:update', { id: 1, tagIds: [1, 42] }, 'Unknown tag 42'],
    [
      'claims:update',
      { id: 1, credibility: 9 },
      'A credibility is a whole number from 1 (confirmed) to 6',
    ],
    ['claims:update', { id: 1, credibility: 2.5 }, /credibility/],
    ['claims:update', { id: 1, note: 'x'.repeat(100_001) }, 'At most 100000 characters.'],
    ['claims:update', { id: 1, extra: true }, /extra/],
    [
      'claims:add-occurrence',
      { claimId: 1, sourceId: 2, start: 0, end: 99, stance: 'supports' },
      'not inside the text',
    ],
    [
      'claims:add-occurrence',
      { claimId: 1, sourceId: 2, start: 0, end: 3, stance: 'origin' },
      /stance/,
    ],
    ['claims:remove-occurrence', { occurrenceId: 1 }, 'delete the claim instead'],
    ['claims:set-stance', { occurrenceId: 1, stance: 'supports' }, '(its origin)'],
    ['claims:set-stance', { occurrenceId: 1, stance: 'origin' }, /stance/],
    ['claims:set-stance', { occurrenceId: 9, stance: 'contradicts' }, 'Occurrence 9 is not in'],
    [
      'claims:reanchor-occurrence',
      { occurrenceId: 1, sourceId: 2, start: 0, end: 99 },
      'not inside the text',
    ],
    [
      'claims:reanchor-occurrence',
      { occurrenceId: 1, sourceId: 3, start: 0, end: 2 },
      'Source 3 is not in this case',
    ],
    ['claims:reanchor-occurrence', { occurrenceId: 1, sourceId: 2, start: 0 }, /end/],
    [
      'claims:add-occurrences',
      { claimId: 1, stance: 'supports', passages: [] },
      'Choose at least one passage to add.',
    ],
    [
      'claims:add-occurrences',
      {
        claimId: 1,
        stance: 'supports',
        passages: Array.from({ length: 5001 }, () => ({ sourceId: 2, start: 0, end: 7 })),
      },
      'At most 5000 passages can be added at once.',
    ],
    [
      'claims:add-occurrences',
      { claimId: 1, stance: 'origin', passages: [{ sourceId: 2, start: 0, end: 7 }] },
      /stance/,
    ],
    [
      'claims:add-occurrences',
      { claimId: 7, stance: 'supports', passages: [{ sourceId: 2, start: 0, end: 7 }] },
      'Claim 7 is not in this case.',
    ],
    [
      'claims:add-occurrences',
      {
        claimId: 1,
        stance: 'supports',
        passages: [
          { sourceId: 2, start: 0, end: 7 },
          { sourceId: 2, start: 8, end: 80 },
        ],
      },
      'not inside the text',
    ],
    [
      'claims:add-occurrences',
      { claimId: 1, stance: 'supports', passages: [{ sourceId: 2, start: 0, end: 7, x: 1 }] },
      /x/,
    ],
    [
      'claims:reject-suggestion',
      { claimId: 7, sourceId: 2, start: 0, end: 3 },
      'Claim 7 is not in this case.',
    ],
    ['tags:create', { name: '' }, 'A tag needs a name.'],
    ['tags:create', { name: 'x'.repeat(101) }, 'At most 100 characters.'],
    ['tags:create', { name: 'Red', color: 'red' }, 'Use a colour like #4e79a7.'],
    ['tags:create', { name: 'fox' }, 'A tag named “Fox” already exists at the top level.'],
    ['tags:update', { id: 1, parentId: 1 }, /inside itself/],
    ['tags:delete', { id: 1, deletion: { claims: 'reassign' } }, /tagId/],
    ['tags:delete', { id: 1, deletion: { claims: 'reassign', tagId: 5 } }, 'Unknown tag 5'],
    ['tags:merge', { from: 1, into: 1 }, /two different tags/],
    ['sources:set-reliability', { id: 1, reliability: 'G' }, /reliability/],
    ['sources:set-reliability', { id: 0, reliability: 'A' }, /id/],
    ['notes:save', { owner: { kind: 'source', id: 9 }, text: 'x' }, 'Source 9 is not in this case'],
    ['notes:save', { owner: { kind: 'claim', id: 1 }, text: 'x' }, /kind/],
    [
      'notes:save',
      { owner: { kind: 'case' }, text: 'x'.repeat(100_001) },
      'At most 100000 characters.',
    ],
    // Regression: node:sqlite reads text only up to a NUL, so "a\0b" came back as "a".
    ['notes:save', { owner: { kind: 'case' }, text: 'a\u0000b' }, /NUL character/],
    ['tags:create', { name: 'a\u0000b' }, /NUL character/],
    ['history:redo', undefined, 'Nothing to redo.'],
  ])(
    'refuses %s %j with a clear message, leaving the case as it was',
    async (channel, payload, message) => {
      await setUp();
      const before = dump();
      const envelope = await call(channel, payload);
      expect(envelope.ok).toBe(false);
      if (envelope.ok) return;
      expect(['invalid-request', 'not-found', 'already-exists']).toContain(envelope.error.code);
      if (typeof message === 'string') expect(envelope.error.message).toContain(message);
      else expect(envelope.error.message).toMatch(message);
      expect(dump()).toEqual(before);
      expect(services.emitted.filter((e) => e.event === 'case:did-edit')).toEqual([]);
    },
  );

  it('links, restances and re-anchors passages, announcing each edit with its history', async () => {
    await setUp();
    const value = async (channel: string, payload: unknown) => {
      const envelope = await call(channel, payload);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as ClaimDetail;
    };
    const added = (await call('claims:add-occurrences', {
      claimId: 1,
      stance: 'contradicts',
      passages: [
        { sourceId: 2, start: 0, end: 7 },
        { sourceId: 2, start: 8, end: 11 },
        { sourceId: 1, start: 2, end: 3 },
      ],
    })) as Envelope<AddOccurrencesResult>;
    expect(added.ok && [added.value.added, added.value.skipped]).toEqual([2, 1]);
    const [, another, fox] = (await value('claims:get', { id: 1 })).occurrences;
    expect([another?.quote, fox?.quote]).toEqual(['Another', 'fox']);

    const changed = await value('claims:set-stance', {
      occurrenceId: fox?.id,
      stance: 'supports',
    });
    expect(changed.occurrences.map((o) => [o.quote, o.stance])).toEqual([
      ['🦊', 'origin'],
      ['Another', 'contradicts'],
      ['fox', 'supports'],
    ]);
    const duplicate = await call('claims:reanchor-occurrence', {
      occurrenceId: changed.occurrences[2]?.id,
      sourceId: 2,
      start: 0,
      end: 7,
    });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'already-exists' } });
    const moved = await value('claims:reanchor-occurrence', {
      occurrenceId: changed.occurrences[0]?.id,
      sourceId: 1,
      start: 0,
      end: 3,
    });
    expect(moved).toMatchObject({ quote: 'A 🦊', sourceId: 1 });
    expect(
      services.emitted
        .filter((e) => e.event === 'case:did-edit')
        .map((e) => (e.payload as CaseEdit).history.undoLabel),
    ).toEqual(['Undo add 2 passages', 'Undo change passage stance', 'Undo re-anchor passage']);
  });
});
