// The seed expectations of issue 17 through the services, on the sample case (ids 1–5 are seeds
// 000–004): the Watson / Kirby quote with two speakers, the lunch / dinner discrepancy (and not
// the 425 / 300 miles pair), Jo Chun Ryong and Jo Chun-ryong as one entity, 002 and 003
// crediting South Korea’s Unification Ministry as one line of evidence (until the analyst
// counts them apart, undoably), and Peskov as the originator of 000's quoted phrase, of 002's
// lunch and of 003's dinner.

import { afterEach, describe, expect, it } from 'vitest';
import type { ClaimDetail } from '../../preload/contract';
import { FACTS_ENGINE_VERSION } from '../core/facts';
import type { FactsRunner } from './facts-runner';
import {
  createCaseWithTexts,
  createComparedSampleCase,
  createTestServices,
  spanOfPhrase,
} from './test-support';

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

const JO_002 = 'Kim is apparently accompanied by Jo Chun Ryong';
const JO_003 = 'Jo Chun-ryong, the North Korean party official in charge of munitions policies';
const LUNCH = 'He added that the meeting would include a lunch in Kim’s honor.';
const DINNER = 'as well as a dinner';

function claimOn(sourceId: number, phrase: string): ClaimDetail {
  return services.claims.create({
    sourceId,
    ...spanOfPhrase(services, sourceId, phrase),
    tagIds: [],
  });
}

function link(
  claimId: number,
  sourceId: number,
  phrase: string,
  stance: 'supports' | 'contradicts',
) {
  return services.claims.addOccurrence({
    claimId,
    sourceId,
    ...spanOfPhrase(services, sourceId, phrase),
    stance,
  });
}

describe('facts of the sample case', { timeout: 120_000 }, () => {
  it('flags the Watson / Kirby quote, lists lunch / dinner, not 425 / 300 miles', async () => {
    services = await createComparedSampleCase();
    const facts = services.facts.get();
    expect(facts.status.state).toBe('ready');

    const urge = facts.quotes.find((group) =>
      group.text.includes('not provide or sell arms to Russia'),
    );
    expect(urge?.occurrences.map((o) => [o.sourceId, o.speaker])).toEqual([
      [3, 'Adrienne Watson'],
      [5, 'John Kirby'],
    ]);
    expect(urge?.speakerConflict).toMatch(/#002 credits Adrienne Watson; #004 credits John Kirby/);
    expect(
      facts.discrepancies.find(
        (d) => d.kind === 'speaker' && d.description.startsWith('Adrienne Watson ≠ John Kirby'),
      ),
    ).toBeDefined();

    const meal = facts.discrepancies.find((d) => d.description === 'lunch ≠ dinner');
    expect(meal).toMatchObject({
      kind: 'other',
      a: { sourceId: 3, text: 'lunch' },
      b: { sourceId: 4, text: 'dinner' },
    });
    expect(meal?.a.passage.text).toBe(LUNCH);
    const text002 = services.sources.get(3).text;
    expect([...text002].slice(meal?.a.start, meal?.a.end).join('')).toBe('lunch');

    const miles = facts.discrepancies.filter(
      (d) => /miles/.test(d.a.text + d.b.text) || /425|300/.test(d.description),
    );
    expect(miles).toEqual([]);
  });

  it('answers one view’s list at a time, with every list’s count', async () => {
    services = await createComparedSampleCase();
    const everything = services.facts.get();
    const counts = {
      quotes: everything.quotes.length,
      entities: everything.entities.length,
      discrepancies: everything.discrepancies.length,
    };
    expect(everything.counts).toEqual(counts);
    const entities = services.facts.get({ list: 'entities' });
    expect(entities.entities).toEqual(everything.entities);
    expect([entities.quotes, entities.discrepancies]).toEqual([[], []]);
    expect(entities.counts).toEqual(counts);
    const discrepancies = services.facts.get({ list: 'discrepancies' });
    expect(discrepancies.discrepancies).toEqual(everything.discrepancies);
    expect([discrepancies.quotes, discrepancies.entities]).toEqual([[], []]);
    // Citations and loops come with every view.
    expect(discrepancies.attributions).toEqual(everything.attributions);
    // The CLI and exports still get every quote, shared or not.
    expect(services.facts.all().counts.quotes).toBeGreaterThan(counts.quotes);
  });

  it('merges Jo Chun Ryong and Jo Chun-ryong into one entity mentioned by 002 and 003', async () => {
    services = await createComparedSampleCase();
    const jo = services.facts.get().entities.filter((entity) => /^Jo Chun/.test(entity.name));
    expect(jo).toHaveLength(1);
    expect(jo[0]?.variants).toEqual(expect.arrayContaining(['Jo Chun Ryong', 'Jo Chun-ryong']));
    expect(jo[0]?.counts.map((count) => count.sourceId).sort()).toEqual([3, 4]);
    const mentions = services.facts.entityMentions(jo[0]?.key ?? '');
    expect(new Set(mentions.mentions.map((m) => m.sourceId))).toEqual(new Set([3, 4]));
  });

  it('traces Peskov: a quoted phrase in 000, reported speech in 002 and 003', async () => {
    services = await createComparedSampleCase();
    const peskov = services.facts.all().attributions.filter((a) => /Peskov/.test(a.originator));
    const kinds = new Map<number, Set<string>>();
    for (const a of peskov) kinds.set(a.sourceId, (kinds.get(a.sourceId) ?? new Set()).add(a.kind));
    expect(kinds.get(1)).toContain('quote');
    expect(kinds.get(3)).toContain('reported');
    expect(kinds.get(4)).toContain('reported');
    // All three name the same person, whatever the spelling (Dmitry S. Peskov, Dmitry Peskov).
    expect(new Set(peskov.map((a) => a.entityKey)).size).toBe(1);
    expect(peskov[0]?.entityKey).not.toBeNull();

    // 002's lunch and 003's dinner are both traced to him.
    const lunch = claimOn(3, LUNCH);
    const detail = link(lunch.id, 4, DINNER, 'contradicts');
    const originator = detail.corroboration.originators.find((o) => /Peskov/.test(o.originator));
    expect(originator?.sourceIds).toEqual([3, 4]);
    expect(detail.independentContradictions).toBe(1);
    // Crediting him with different meals does not make them one line saying both.
    expect(detail.corroboration.groups.map((g) => [g.stance, g.sourceIds, g.reason])).toEqual([
      ['supports', [3], ''],
      ['contradicts', [4], ''],
    ]);
  });

  it('counts 002 and 003 crediting the Unification Ministry as one line, until counted apart', async () => {
    services = await createComparedSampleCase();
    const claim = claimOn(3, JO_002);
    const joined = link(claim.id, 4, JO_003, 'supports');
    expect(joined.independentSources).toBe(1);
    const group = joined.corroboration.groups.find((g) => g.sourceIds.length === 2);
    expect(group?.joins[0]?.reason).toBe('originator');
    expect(group?.reason).toMatch(/#002 and .*#003 both credit South Korea’s Unification Ministry/);
    expect(joined.corroboration.originators[0]).toMatchObject({
      originator: 'South Korea’s Unification Ministry',
      sourceIds: [3, 4],
    });

    const apart = services.claims.setJoin({
      claimId: claim.id,
      sourceIds: [4, 3],
      action: 'split',
    });
    expect(apart.independentSources).toBe(2);
    expect(apart.corroboration.overrides).toEqual([{ sourceIds: [3, 4], action: 'split' }]);
    expect(services.history.state().undoLabel).toBe('Undo count sources apart for claim');
    services.history.undo();
    expect(services.claims.get(claim.id).independentSources).toBe(1);
    services.history.redo();
    expect(services.claims.get(claim.id).independentSources).toBe(2);

    const restored = services.claims.setJoin({
      claimId: claim.id,
      sourceIds: [3, 4],
      action: 'auto',
    });
    expect(restored.independentSources).toBe(1);
    expect(restored.corroboration.overrides).toEqual([]);
    expect(() =>
      services.claims.setJoin({ claimId: claim.id, sourceIds: [3, 5], action: 'join' }),
    ).toThrow('Source 5 has no passage linked to claim');
  });

  it('an analyst join makes two independent sources one line', async () => {
    services = await createComparedSampleCase();
    const claim = claimOn(5, 'Mr. Putin’s first, and so far only summit, with Mr. Kim, in 2019');
    const two = link(
      claim.id,
      3,
      'Putin’s first meeting with Kim was held in 2019 in the city',
      'supports',
    );
    expect(two.independentSources).toBe(2);
    const one = services.claims.setJoin({ claimId: claim.id, sourceIds: [3, 5], action: 'join' });
    expect(one.independentSources).toBe(1);
    expect(one.corroboration.groups[0]?.joins[0]).toMatchObject({ reason: 'analyst' });
  });
});

describe('facts service', { timeout: 120_000 }, () => {
  it('merges entities as an undoable edit and recomputes', async () => {
    services = await createComparedSampleCase();
    const before = services.facts.get().entities;
    const putin = before.find((entity) => entity.name === 'Vladimir Putin');
    const kim = before.find((entity) => /^Kim Jong/.test(entity.name));
    if (!putin || !kim) throw new Error('expected Putin and Kim among the entities');
    const merged = await services.facts.editEntities({
      kind: 'merge',
      from: putin.key,
      into: kim.key,
    });
    expect(merged.entities.find((entity) => entity.key === putin.key)).toBeUndefined();
    expect(merged.entityEdits).toEqual([
      { id: 1, edit: { kind: 'merge', from: putin.key, into: kim.key } },
    ]);
    expect(services.history.state().undoLabel).toBe('Undo merge entities');
    services.history.undo();
    await services.facts.refresh();
    expect(services.facts.get().entities.find((entity) => entity.key === putin.key)).toBeDefined();
    await expect(
      services.facts.editEntities({ kind: 'merge', from: 'no-such-entity', into: kim.key }),
    ).rejects.toThrow('No entity “no-such-entity”');
    await expect(
      services.facts.editEntities({ kind: 'merge', from: kim.key, into: kim.key }),
    ).rejects.toThrow('cannot be merged into itself');
  });

  it('a run cancelled for another case is followed by the rerun asked for (regression)', async () => {
    // The host's startup opens a case (cancelling any run) and imports the seeds at once: the
    // run the cancel stopped must not swallow the rerun the imports asked for. Facts stayed
    // empty (0 of 5) in the browser host before the fix.
    const { inlineFactsRunner } = await import('./facts-runner');
    const { createEntityRecognizer } = await import('../facts/entity-recognizer');
    const { FactsService } = await import('./facts-service');
    const inner = inlineFactsRunner(createEntityRecognizer);
    let calls = 0;
    let started: () => void = () => undefined;
    const firstStarted = new Promise<void>((resolve) => (started = resolve));
    const runner: FactsRunner = {
      run: (input, onProgress, signal) => {
        calls += 1;
        if (calls > 1) return inner.run(input, onProgress, signal);
        started();
        return new Promise((_, reject) =>
          signal?.addEventListener('abort', () => reject(new Error('cancelled'))),
        );
      },
    };
    services = createTestServices();
    await createCaseWithTexts(services, [
      'Kremlin spokesman Dmitry Peskov said the talks would go on.',
      'Peskov said the talks would continue.',
    ]);
    // A service of its own, with no events driving it: only what the test does starts a run.
    const facts = new FactsService(services.cases, runner, { emit: () => undefined });
    const first = facts.refresh();
    await firstStarted;
    facts.cancel();
    const second = facts.refresh();
    await Promise.all([first, second]);
    expect(calls).toBe(2);
    expect(facts.status()).toMatchObject({ state: 'ready', done: 2, total: 2, error: null });
    expect(facts.all().attributions.length).toBeGreaterThan(0);
  });

  it('reads only new sources again, and re-reads a damaged cached record', async () => {
    const seen: number[][] = [];
    const { inlineFactsRunner } = await import('./facts-runner');
    const { createEntityRecognizer } = await import('../facts/entity-recognizer');
    const inner = inlineFactsRunner(createEntityRecognizer);
    const counting: FactsRunner = {
      run: async (input, onProgress, signal) => {
        const output = await inner.run(input, onProgress, signal);
        seen.push(output.extracted.map((row) => row.sourceId));
        return output;
      },
    };
    services = await createComparedSampleCase({ factsRunner: counting });
    expect(seen.at(-1)).toEqual([1, 2, 3, 4, 5]);
    await services.sources.importBytes(
      'extra.txt',
      Buffer.from('Kremlin spokesman Dmitry Peskov said the talks would go on.'),
    );
    await services.facts.refresh();
    expect(seen.at(-1)).toEqual([6]);
    expect(services.cases.database.sourcesWithFacts(FACTS_ENGINE_VERSION).size).toBe(6);

    // A damaged cache row is read again rather than trusted.
    services.cases.database.saveSourceFacts([
      { sourceId: 2, engine: FACTS_ENGINE_VERSION, json: '{"quotes":5}' },
    ]);
    const path = services.cases.database.path;
    services.cases.close();
    services.cases.open(path);
    await services.facts.refresh();
    expect(seen.at(-1)).toEqual([2]);
  });
});

describe('citations between the case’s sources', () => {
  it('flags two reports that cite each other as circular reporting', async () => {
    services = createTestServices();
    await createCaseWithTexts(services, [
      'The summit will be held in the port city on Friday, the Gotham Gazette reported.',
      'The summit is to take place in the port city on Friday, the Daily Planet reported.',
      'The weather in the port city will be fine on Friday, forecasters said.',
    ]);
    services.sources.updateMetadata({ id: 1, changes: { outlet: 'Daily Planet' } });
    services.sources.updateMetadata({ id: 2, changes: { outlet: 'Gotham Gazette' } });
    await services.facts.refresh();
    const facts = services.facts.get();
    const cited = facts.attributions.map((a) => [a.sourceId, a.kind, a.citedSourceIds]);
    expect(cited).toEqual([
      [1, 'citation', [2]],
      [2, 'citation', [1]],
    ]);
    expect(facts.circular).toHaveLength(1);
    expect(facts.circular[0]?.sourceIds).toEqual([1, 2]);
    expect(facts.circular[0]?.explanation).toMatch(/^Circular reporting: .*#000.* cites .*#001/);
    // One citation alone is no loop.
    services.sources.updateMetadata({ id: 2, changes: { outlet: 'Metropolis Star' } });
    await services.facts.refresh();
    expect(services.facts.get().circular).toEqual([]);
  });
});
