// The contract model's commands that link any passage to a claim: change an occurrence's
// stance, re-anchor it (the origin too), and link many passages as one edit. Each predicts the
// outcome with the model's transition and checks the app's answer (contract-model-writes.ts).
import { expect } from 'vitest';
import { type AppUnderTest } from './contract-model-app';
import { type Command, pickId } from './contract-model-commands';
import * as m from './contract-model-state';
import { ids, send, spanIn } from './contract-model-writes';

type Of<K extends Command['kind']> = Extract<Command, { kind: K }>;
type Passage = { sourceId: number; start: number; end: number };

const samePassage = (a: Passage, b: Passage) =>
  a.sourceId === b.sourceId && a.start === b.start && a.end === b.end;

/** The claim holding an occurrence, and the occurrence; `not-found` when no claim has it. */
function occurrenceOf(s: m.CaseState, occurrenceId: number) {
  const claim = s.claims.find((c) => c.occurrences.some((o) => o.id === occurrenceId));
  const occurrence = claim?.occurrences.find((o) => o.id === occurrenceId);
  if (!claim || !occurrence) return m.refuse('not-found');
  return { claim, occurrence };
}

/**
 * The app keeps no update for occurrences: a changed one is removed and inserted again, so it
 * comes back under the next id (and undo restores the old row).
 */
function rewrite(
  model: m.ContractModel,
  claim: m.CaseState['claims'][number],
  oldId: number,
  next: Passage & { stance: 'origin' | 'supports' | 'contradicts' },
): void {
  claim.occurrences = [
    ...claim.occurrences.filter((o) => o.id !== oldId),
    { ...next, id: model.next.occurrence++ },
  ];
}

/** A passage the command names: one time in sixteen of no source, one in sixteen past its end. */
function passageFor(model: m.ContractModel, source: number, word: number, bad: number): Passage {
  const sources = ids.sources(model);
  const sourceId = bad === 14 ? 9000 + source : (sources[source % sources.length] ?? 9000);
  const span = spanIn(model, sourceId, word, bad % 3);
  if (bad === 15) span.end = 100_000;
  return { sourceId, ...span };
}

export async function runLinkEdit(
  app: AppUnderTest,
  model: m.ContractModel,
  c: Of<'set-stance'> | Of<'reanchor'> | Of<'add-occurrences'>,
): Promise<void> {
  const t = app.clock.now().getTime();
  if (c.kind === 'add-occurrences') {
    const claimId = pickId(ids.claims(model), c.claim);
    const passages = c.passages.map((p) => passageFor(model, p.source, p.word, p.bad));
    const stance = c.contradicts ? ('contradicts' as const) : ('supports' as const);
    let added = 0;
    const value = await send(app, 'claims:add-occurrences', { claimId, stance, passages }, () => {
      // Checked in the app's order: the claim, then each passage's source and span.
      const known = m.claimOf(model.state, claimId).occurrences;
      for (const passage of passages) {
        m.sourceOf(model.state, passage.sourceId);
        m.checkSpan(model.state, passage.sourceId, passage.start, passage.end);
      }
      const fresh = passages.filter(
        (passage, index) =>
          !known.some((o) => samePassage(o, passage)) &&
          passages.findIndex((other) => samePassage(other, passage)) === index,
      );
      added = fresh.length;
      model.edit(`Add ${added} ${added === 1 ? 'passage' : 'passages'}`, t, (d) => {
        const claim = m.claimOf(d, claimId);
        for (const passage of fresh) {
          claim.occurrences.push({ ...passage, stance, id: model.next.occurrence++ });
          d.rejected = d.rejected.filter(
            (r) => !(r.claimId === claimId && samePassage(r, passage)),
          );
        }
      });
    });
    if (value) {
      expect([value.added, value.skipped]).toEqual([added, passages.length - added]);
      expect(value.claim.id).toBe(claimId);
    }
    return;
  }
  // Mostly occurrences that are not an origin; any occurrence one time in four (the origin may
  // be re-anchored, but has no stance to change); pickId names one no claim has one in eight.
  const all = model.state.claims.flatMap((claim) => claim.occurrences);
  const linked = all.filter((o) => o.stance !== 'origin');
  const from = c.occurrence % 4 === 0 || linked.length === 0 ? all : linked;
  const occurrenceId = pickId(
    from.map((o) => o.id),
    c.occurrence,
  );
  if (c.kind === 'set-stance') {
    const stance = c.contradicts ? ('contradicts' as const) : ('supports' as const);
    await send(app, 'claims:set-stance', { occurrenceId, stance }, () =>
      model.edit('Change passage stance', t, (d) => {
        const { claim, occurrence } = occurrenceOf(d, occurrenceId);
        if (occurrence.stance === 'origin') m.refuse('invalid-request');
        if (occurrence.stance !== stance)
          rewrite(model, claim, occurrenceId, { ...occurrence, stance });
      }),
    );
    return;
  }
  const to = passageFor(model, c.source, c.word, c.bad);
  await send(app, 'claims:reanchor-occurrence', { occurrenceId, ...to }, () =>
    model.edit('Re-anchor passage', t, (d) => {
      const { claim, occurrence } = occurrenceOf(d, occurrenceId);
      m.sourceOf(d, to.sourceId);
      m.checkSpan(d, to.sourceId, to.start, to.end);
      if (samePassage(occurrence, to)) return;
      if (claim.occurrences.some((o) => samePassage(o, to))) m.refuse('already-exists');
      rewrite(model, claim, occurrenceId, { ...to, stance: occurrence.stance });
      d.rejected = d.rejected.filter((r) => !(r.claimId === claim.id && samePassage(r, to)));
    }),
  );
}
