import { afterEach, describe, expect, it } from 'vitest';
import type { createTestServices } from './test-support';
import { createComparedSampleCase, spanOfPhrase } from './test-support';

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

/** The sample case, compared: ids 1–5 are seeds 000–004; 001 (id 2) is a derived copy of 000. */
async function comparedSampleCase() {
  services = await createComparedSampleCase();
  return services;
}

const spanOf = (id: number, phrase: string) => spanOfPhrase(services, id, phrase);

const KREMLIN_000 =
  'the Kremlin confirmed Monday he will meet with Russian President Vladimir Putin';
const KREMLIN_001 = 'the Kremlin confirmed Monday he’ll meet with Russian President Vladimir Putin';
const MEET_003 = 'Mr. Kim and Mr. Putin will meet in the Russian Far East';

describe('ClaimService on the sample case', () => {
  it('counts 000 and its derived copy 001 as one independent source; 003 makes two', async () => {
    const { claims, sources } = await comparedSampleCase();
    sources.setReliability({ id: 1, reliability: 'B' });
    const created = claims.create({ sourceId: 1, ...spanOf(1, KREMLIN_000), tagIds: [] });
    expect(created).toMatchObject({
      sourceId: 1,
      quote: KREMLIN_000,
      independentSources: 1,
      suggestedCredibility: 3,
      credibility: 6,
    });

    const withCopy = claims.addOccurrence({
      claimId: created.id,
      sourceId: 2,
      ...spanOf(2, KREMLIN_001),
      stance: 'supports',
    });
    expect(withCopy.independentSources).toBe(1);
    expect(withCopy.corroboration.groups).toHaveLength(1);
    expect(withCopy.corroboration.groups[0]).toMatchObject({
      stance: 'supports',
      sourceIds: [1, 2],
      reason: '#001 copies #000 here: “the Kremlin confirmed … Putin” is spun',
    });
    expect(withCopy.corroboration.groups[0]?.joins[0]).toMatchObject({ reason: 'copy' });
    expect(withCopy.suggestedCredibility).toBe(3);

    const withThird = claims.addOccurrence({
      claimId: created.id,
      sourceId: 4,
      ...spanOf(4, MEET_003),
      stance: 'supports',
    });
    expect(withThird).toMatchObject({
      independentSources: 2,
      independentContradictions: 0,
      suggestedCredibility: 2,
      occurrenceCount: 3,
    });
    expect(withThird.corroboration.suggestionReason).toBe(
      '2 independent sources, no contradiction: probably true',
    );
    expect(claims.list()).toEqual([
      expect.objectContaining({ id: created.id, independentSources: 2, suggestedCredibility: 2 }),
    ]);
    // The analyst's grade is never changed by the app.
    expect(claims.get(created.id).credibility).toBe(6);
  });

  it('suggests the copy’s passage from the alignment and drops it once taken or rejected', async () => {
    const { claims } = await comparedSampleCase();
    const claim = claims.create({ sourceId: 1, ...spanOf(1, KREMLIN_000), tagIds: [] });
    const suggestions = claims.suggestions(claim.id);
    const inCopy = suggestions.find((s) => s.sourceId === 2);
    expect(inCopy).toMatchObject({ foundBy: 'alignment' });
    expect(inCopy?.quote).toContain(KREMLIN_001);
    expect(suggestions.every((s) => s.sourceId !== 1)).toBe(true);
    // What would add an independent source comes first; the copy last.
    const adds = suggestions.map((s) => s.independence.adds);
    expect(adds).toEqual([...adds].sort((a, b) => Number(b) - Number(a)));
    expect(inCopy?.independence.adds).toBe(false);
    if (!inCopy) return;
    claims.rejectSuggestion({
      claimId: claim.id,
      sourceId: 2,
      start: inCopy.start,
      end: inCopy.end,
    });
    expect(claims.suggestions(claim.id).some((s) => s.sourceId === 2)).toBe(false);
    services.history.undo();
    expect(claims.suggestions(claim.id).some((s) => s.sourceId === 2)).toBe(true);
    claims.addOccurrence({
      claimId: claim.id,
      sourceId: 2,
      start: inCopy.start,
      end: inCopy.end,
      stance: 'supports',
    });
    expect(claims.suggestions(claim.id).some((s) => s.sourceId === 2)).toBe(false);
  });

  it('finds passages by the claim’s own words when the alignment has none', async () => {
    const { claims } = await comparedSampleCase();
    const text = services.sources.get(5).text;
    expect(text).toContain('Kim Jong-un');
    const claim = claims.create({
      sourceId: 5,
      ...spanOf(5, 'North Korea has supported Russia’s Ukraine invasion at the UN'),
      tagIds: [],
    });
    const found = claims.suggestions(claim.id);
    for (const suggestion of found) {
      expect(suggestion.quote).toBe(
        [...services.sources.get(suggestion.sourceId).text]
          .slice(suggestion.start, suggestion.end)
          .join(''),
      );
      expect(['alignment', 'search', 'paraphrase']).toContain(suggestion.foundBy);
      expect(suggestion.reasons.length).toBeGreaterThan(0);
    }
  });

  it('marks occurrences in a source for the reader, with tags and note', async () => {
    const { claims, tags } = await comparedSampleCase();
    const tag = tags.create({ name: 'Meeting' });
    const claim = claims.create({
      sourceId: 1,
      ...spanOf(1, KREMLIN_000),
      tagIds: [tag.id],
      note: 'Kremlin statement',
    });
    const occurrence = claims.addOccurrence({
      claimId: claim.id,
      sourceId: 2,
      ...spanOf(2, KREMLIN_001),
      stance: 'contradicts',
    }).occurrences[1];
    expect(claims.inSource(2)).toEqual([
      {
        occurrenceId: occurrence?.id,
        claimId: claim.id,
        ...spanOf(2, KREMLIN_001),
        stance: 'contradicts',
        tagIds: [tag.id],
        note: 'Kremlin statement',
      },
    ]);
    expect(claims.inSource(3)).toEqual([]);
  });

  it('refuses to remove the origin, a duplicate occurrence, and unknown claims', async () => {
    const { claims } = await comparedSampleCase();
    const claim = claims.create({ sourceId: 1, ...spanOf(1, KREMLIN_000), tagIds: [] });
    const origin = claim.occurrences[0];
    expect(origin?.stance).toBe('origin');
    expect(() => claims.removeOccurrence(origin?.id ?? 0)).toThrow(/delete the claim instead/);
    const request = {
      claimId: claim.id,
      sourceId: 2,
      ...spanOf(2, KREMLIN_001),
      stance: 'supports' as const,
    };
    const added = claims.addOccurrence(request);
    expect(() => claims.addOccurrence(request)).toThrow(/already has this passage/);
    const removed = claims.removeOccurrence(added.occurrences[1]?.id ?? 0);
    expect(removed.occurrenceCount).toBe(1);
    expect(() => claims.get(99)).toThrow('Claim 99 is not in this case.');
    claims.delete(claim.id);
    expect(claims.list()).toEqual([]);
  });
});

const LUNCH_002 = 'He added that the meeting would include a lunch in Kim’s honor.';
const DINNER_003 = 'as well as a dinner';
const FIRST_MEETING_000 =
  'held his first — and so far only — meeting with Mr. Putin in Vladivostok';
const FIRST_MEETING_002 = 'Putin’s first meeting with Kim was held in 2019 in the city';
const FIRST_SUMMIT_004 = 'Mr. Putin’s first, and so far only summit, with Mr. Kim, in 2019';

describe('linking any passage to a claim', () => {
  /** Each occurrence as [source, quote, stance], the origin first. */
  const passages = (claimId: number) =>
    services.claims.get(claimId).occurrences.map((o) => [o.sourceId, o.quote, o.stance] as const);
  const history = () => services.history.state();

  it('changes a passage’s stance and re-anchors it, each one undoable edit', async () => {
    const { claims } = await comparedSampleCase();
    const claim = claims.create({ sourceId: 3, ...spanOf(3, LUNCH_002), tagIds: [] });
    const linked = claims.addOccurrence({
      claimId: claim.id,
      sourceId: 4,
      ...spanOf(4, DINNER_003),
      stance: 'supports',
    });
    const added = linked.occurrences.find((o) => o.stance !== 'origin');
    if (!added) throw new Error('no occurrence added');

    const contradicting = claims.setStance({ occurrenceId: added.id, stance: 'contradicts' });
    expect(passages(claim.id)).toEqual([
      [3, LUNCH_002, 'origin'],
      [4, DINNER_003, 'contradicts'],
    ]);
    expect(contradicting.occurrences[1]?.stance).toBe('contradicts');
    expect(history().undoLabel).toBe('Undo change passage stance');
    // The same stance again changes nothing and records nothing.
    claims.setStance({
      occurrenceId: contradicting.occurrences[1]?.id ?? 0,
      stance: 'contradicts',
    });
    expect(history().undoLabel).toBe('Undo change passage stance');

    const moved = claims.reanchorOccurrence({
      occurrenceId: contradicting.occurrences[1]?.id ?? 0,
      sourceId: 5,
      ...spanOf(5, FIRST_SUMMIT_004),
    });
    expect(moved.occurrences.map((o) => [o.sourceId, o.quote, o.stance])).toEqual([
      [3, LUNCH_002, 'origin'],
      [5, FIRST_SUMMIT_004, 'contradicts'],
    ]);
    expect(history().undoLabel).toBe('Undo re-anchor passage');

    services.history.undo();
    expect(passages(claim.id)).toEqual([
      [3, LUNCH_002, 'origin'],
      [4, DINNER_003, 'contradicts'],
    ]);
    services.history.undo();
    expect(passages(claim.id)).toEqual([
      [3, LUNCH_002, 'origin'],
      [4, DINNER_003, 'supports'],
    ]);
    services.history.redo();
    services.history.redo();
    expect(passages(claim.id)).toEqual([
      [3, LUNCH_002, 'origin'],
      [5, FIRST_SUMMIT_004, 'contradicts'],
    ]);
    expect(claims.inSource(4)).toEqual([]);
    expect(claims.inSource(5)).toEqual([
      expect.objectContaining({ claimId: claim.id, stance: 'contradicts' }),
    ]);
  });

  it('moves the origin, but never changes its stance or onto a passage the claim has', async () => {
    const { claims } = await comparedSampleCase();
    const claim = claims.create({ sourceId: 1, ...spanOf(1, FIRST_MEETING_000), tagIds: [] });
    const origin = claim.occurrences[0];
    if (!origin) throw new Error('no origin');
    expect(() => claims.setStance({ occurrenceId: origin.id, stance: 'supports' })).toThrow(
      /where claim \d+ was tagged \(its origin\)/,
    );
    const withSupport = claims.addOccurrence({
      claimId: claim.id,
      sourceId: 3,
      ...spanOf(3, FIRST_MEETING_002),
      stance: 'supports',
    });
    expect(() =>
      claims.reanchorOccurrence({
        occurrenceId: origin.id,
        sourceId: 3,
        ...spanOf(3, FIRST_MEETING_002),
      }),
    ).toThrow(/already has this passage of source 3/);
    expect(() => claims.setStance({ occurrenceId: 999, stance: 'supports' })).toThrow(
      'Occurrence 999 is not in this case.',
    );
    expect(() =>
      claims.reanchorOccurrence({ occurrenceId: origin.id, sourceId: 5, start: 0, end: 10 ** 6 }),
    ).toThrow(/is not inside the text/);
    expect(withSupport.occurrences).toEqual(claims.get(claim.id).occurrences);

    const moved = claims.reanchorOccurrence({
      occurrenceId: origin.id,
      sourceId: 5,
      ...spanOf(5, FIRST_SUMMIT_004),
    });
    expect(moved).toMatchObject({ sourceId: 5, quote: FIRST_SUMMIT_004 });
    expect(passages(claim.id)).toEqual([
      [5, FIRST_SUMMIT_004, 'origin'],
      [3, FIRST_MEETING_002, 'supports'],
    ]);
    services.history.undo();
    expect(claims.get(claim.id)).toMatchObject({ sourceId: 1, quote: FIRST_MEETING_000 });
  });

  it('links many passages as one edit, skipping those already linked and repeats', async () => {
    const { claims } = await comparedSampleCase();
    const claim = claims.create({ sourceId: 1, ...spanOf(1, FIRST_MEETING_000), tagIds: [] });
    claims.addOccurrence({
      claimId: claim.id,
      sourceId: 3,
      ...spanOf(3, FIRST_MEETING_002),
      stance: 'supports',
    });
    const before = history();
    const result = claims.addOccurrences({
      claimId: claim.id,
      stance: 'supports',
      passages: [
        { sourceId: 3, ...spanOf(3, FIRST_MEETING_002) },
        { sourceId: 5, ...spanOf(5, FIRST_SUMMIT_004) },
        { sourceId: 1, ...spanOf(1, FIRST_MEETING_000) },
        { sourceId: 4, ...spanOf(4, DINNER_003) },
        { sourceId: 5, ...spanOf(5, FIRST_SUMMIT_004) },
      ],
    });
    expect([result.added, result.skipped]).toEqual([2, 3]);
    expect(result.claim.occurrenceCount).toBe(4);
    expect(passages(claim.id)).toEqual([
      [1, FIRST_MEETING_000, 'origin'],
      [3, FIRST_MEETING_002, 'supports'],
      [4, DINNER_003, 'supports'],
      [5, FIRST_SUMMIT_004, 'supports'],
    ]);
    expect(history().undoLabel).toBe('Undo add 2 passages');

    // Nothing new: no edit, no history entry.
    const again = claims.addOccurrences({
      claimId: claim.id,
      stance: 'contradicts',
      passages: [{ sourceId: 4, ...spanOf(4, DINNER_003) }],
    });
    expect([again.added, again.skipped]).toEqual([0, 1]);
    expect(history().undoLabel).toBe('Undo add 2 passages');

    services.history.undo();
    expect(history()).toMatchObject({
      undoLabel: before.undoLabel,
      redoLabel: 'Redo add 2 passages',
    });
    expect(claims.get(claim.id).occurrenceCount).toBe(2);
    const afterUndo = history();

    // One passage outside its text refuses them all.
    expect(() =>
      claims.addOccurrences({
        claimId: claim.id,
        stance: 'supports',
        passages: [
          { sourceId: 5, ...spanOf(5, FIRST_SUMMIT_004) },
          { sourceId: 2, start: 5, end: 10 ** 6 },
        ],
      }),
    ).toThrow(/not inside the text/);
    expect(() => claims.addOccurrences({ claimId: 99, stance: 'supports', passages: [] })).toThrow(
      'Claim 99 is not in this case.',
    );
    expect(claims.get(claim.id).occurrenceCount).toBe(2);
    expect(history()).toEqual(afterUndo);
  });
});
