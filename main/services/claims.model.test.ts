// Model-based test: random sequences of edits, undo, redo and reopen run against the real
// services and against a plain in-memory model; after every step both must show the same case.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credibility } from '../../preload/contract';
import { CaseError } from '../core/errors';
import { TAG_PALETTE } from './tag-service';
import { createTestServices, fakeClock, idleComparisonRunner } from './test-support';

import {
  TEXTS,
  WORDS,
  Model,
  lower,
  childrenOf,
  isSelfOrDescendant,
  addTag,
  adoptChildren,
  mergeInto,
  setStance,
  reanchor,
  addPassages,
  wordPassage,
  type Op,
  step,
} from './claims-model';
let services: ReturnType<typeof createTestServices>;
const clock = fakeClock();
let caseNumber = 0;
beforeAll(() => {
  services = createTestServices({ comparisonRunner: idleComparisonRunner, now: clock.now });
});
afterAll(() => services.cases.close());

function sliceOf(sourceId: number, start: number, end: number): string {
  return Array.from(TEXTS[sourceId - 1] ?? '')
    .slice(start, end)
    .join('');
}

function observedReal() {
  return {
    tags: services.tags
      .list()
      .map(({ id, name, color, parentId, position, claimCount }) => ({
        id,
        name,
        color,
        parentId,
        position,
        claimCount,
      }))
      .sort((a, b) => a.id - b.id),
    claims: services.claims.list().map((summary) => {
      const claim = services.claims.get(summary.id);
      expect(summary.occurrenceCount).toBe(claim.occurrences.length);
      return {
        id: claim.id,
        sourceId: claim.sourceId,
        quote: claim.quote,
        tagIds: claim.tagIds,
        note: claim.note,
        credibility: claim.credibility,
        occurrences: claim.occurrences
          .map(({ id, sourceId, start, end, stance, quote }) => ({
            id,
            sourceId,
            start,
            end,
            stance,
            quote,
          }))
          .sort((a, b) => a.id - b.id),
      };
    }),
    reliability: services.sources.list().map((s) => s.reliability),
    notes: [
      services.notes.get({ kind: 'case' }).text,
      ...TEXTS.map((_, i) => services.notes.get({ kind: 'source', id: i + 1 }).text),
    ],
    history: {
      canUndo: services.history.state().canUndo,
      canRedo: services.history.state().canRedo,
    },
  };
}

function observedModel(model: Model) {
  const s = model.state;
  return {
    tags: s.tags
      .map((t) => ({ ...t, claimCount: s.claims.filter((c) => c.tagIds.includes(t.id)).length }))
      .sort((a, b) => a.id - b.id),
    claims: s.claims.map((c) => {
      const origin = c.occurrences.find((o) => o.stance === 'origin');
      return {
        id: c.id,
        sourceId: origin?.sourceId,
        quote: origin ? sliceOf(origin.sourceId, origin.start, origin.end) : '',
        tagIds: c.tagIds,
        note: c.note,
        credibility: c.credibility,
        occurrences: c.occurrences
          .map((o) => ({ ...o, quote: sliceOf(o.sourceId, o.start, o.end) }))
          .sort((a, b) => a.id - b.id),
      };
    }),
    reliability: s.reliability,
    notes: ['case', 'source:1', 'source:2', 'source:3'].map((key) => s.notes[key] ?? ''),
    history: { canUndo: model.done.length > 0, canRedo: model.undone.length > 0 },
  };
}

const at = <T>(list: readonly T[], index: number): T | undefined =>
  list.length === 0 ? undefined : list[index % list.length];

/** Runs one operation on both sides; returns whether the real services accepted it. */
function apply(model: Model, path: string, o: Op): { real: boolean; model: boolean } {
  const time = clock.now().getTime();
  const s = model.state;
  const real = (work: () => unknown): boolean => {
    try {
      work();
      return true;
    } catch (error) {
      if (error instanceof CaseError) return false;
      throw error;
    }
  };
  switch (o.kind) {
    case 'create-tag': {
      const parent = o.parent === null ? null : (at(s.tags, o.parent)?.id ?? null);
      const color = o.color ? '#123abc' : undefined;
      return {
        real: real(() =>
          services.tags.create({ name: o.name, parentId: parent, ...(color ? { color } : {}) }),
        ),
        model: model.edit(time, null, (d) => {
          if (childrenOf(d, parent).some((t) => lower(t.name) === lower(o.name))) return false;
          const fallback = TAG_PALETTE[d.tags.length % TAG_PALETTE.length] ?? '';
          d.tags.push({
            id: model.next.tag++,
            name: o.name,
            color: color ?? fallback,
            parentId: parent,
            position: childrenOf(d, parent).length,
          });
          return true;
        }),
      };
    }
    case 'create-claim': {
      const sourceId = o.source + 1;
      const words = WORDS[o.source] ?? [];
      const first = words[o.word % words.length] ?? [0, 1];
      const last = words[Math.min(words.length - 1, (o.word % words.length) + o.length)] ?? first;
      const tagIds = o.tag === null || s.tags.length === 0 ? [] : [at(s.tags, o.tag)?.id ?? 0];
      const credibility = (o.credibility ?? undefined) as Credibility | undefined;
      return {
        real: real(() =>
          services.claims.create({
            sourceId,
            start: first[0],
            end: last[1],
            tagIds,
            ...(credibility ? { credibility } : {}),
          }),
        ),
        model: model.edit(time, null, (d) => {
          d.claims.push({
            id: model.next.claim++,
            note: '',
            credibility: credibility ?? 6,
            tagIds,
            occurrences: [
              {
                id: model.next.occurrence++,
                sourceId,
                start: first[0],
                end: last[1],
                stance: 'origin',
              },
            ],
          });
          return true;
        }),
      };
    }
    case 'toggle-tag':
    case 'grade':
    case 'claim-note':
    case 'delete-claim': {
      const claim = at(s.claims, o.claim);
      if (!claim) return { real: true, model: true };
      if (o.kind === 'delete-claim') {
        return {
          real: real(() => services.claims.delete(claim.id)),
          model: model.edit(
            time,
            null,
            (d) => ((d.claims = d.claims.filter((c) => c.id !== claim.id)), true),
          ),
        };
      }
      const tag = o.kind === 'toggle-tag' ? at(s.tags, o.tag) : undefined;
      if (o.kind === 'toggle-tag' && !tag) return { real: true, model: true };
      const tagIds = tag
        ? claim.tagIds.includes(tag.id)
          ? claim.tagIds.filter((id) => id !== tag.id)
          : [...claim.tagIds, tag.id]
        : undefined;
      const change: { credibility?: Credibility; note?: string; tagIds?: number[] } =
        o.kind === 'grade'
          ? { credibility: o.credibility as Credibility }
          : o.kind === 'claim-note'
            ? { note: o.text }
            : { tagIds: tagIds ?? [] };
      return {
        real: real(() => services.claims.update({ id: claim.id, ...change })),
        model: model.edit(time, null, (d) => {
          const target = d.claims.find((c) => c.id === claim.id);
          if (!target) return false;
          if (change.credibility !== undefined) target.credibility = change.credibility;
          if (change.note !== undefined) target.note = change.note;
          if (change.tagIds !== undefined) target.tagIds = [...change.tagIds].sort((a, b) => a - b);
          return true;
        }),
      };
    }
    case 'note': {
      const owner =
        o.owner === 0 ? ({ kind: 'case' } as const) : ({ kind: 'source', id: o.owner } as const);
      const key = owner.kind === 'case' ? 'case' : `source:${owner.id}`;
      return {
        real: real(() => services.notes.save(owner, o.text)),
        model: model.edit(time, `note:${key}`, (d) => {
          if (o.text === '') delete d.notes[key];
          else d.notes[key] = o.text;
          return true;
        }),
      };
    }
    case 'add-occurrence': {
      const claim = at(s.claims, o.claim);
      if (!claim) return { real: true, model: true };
      const sourceId = o.source + 1;
      const [start, end] = at(WORDS[o.source] ?? [], o.word) ?? [0, 1];
      const stance = o.contradicts ? ('contradicts' as const) : ('supports' as const);
      return {
        real: real(() =>
          services.claims.addOccurrence({ claimId: claim.id, sourceId, start, end, stance }),
        ),
        model: model.edit(time, null, (d) => {
          const target = d.claims.find((c) => c.id === claim.id);
          if (!target) return false;
          if (
            target.occurrences.some(
              (x) => x.sourceId === sourceId && x.start === start && x.end === end,
            )
          )
            return false;
          target.occurrences.push({ id: model.next.occurrence++, sourceId, start, end, stance });
          return true;
        }),
      };
    }
    case 'remove-occurrence': {
      const claim = at(s.claims, o.claim);
      const occurrence = claim && at(claim.occurrences, o.occurrence);
      if (!claim || !occurrence) return { real: true, model: true };
      return {
        real: real(() => services.claims.removeOccurrence(occurrence.id)),
        model: model.edit(time, null, (d) => {
          if (occurrence.stance === 'origin') return false;
          const target = d.claims.find((c) => c.id === claim.id);
          if (!target) return false;
          target.occurrences = target.occurrences.filter((x) => x.id !== occurrence.id);
          return true;
        }),
      };
    }
    case 'set-stance':
    case 'reanchor':
    case 'add-occurrences': {
      const claim = at(s.claims, o.claim);
      if (!claim) return { real: true, model: true };
      const nextId = () => model.next.occurrence++;
      const inDraft = (d: typeof s) => d.claims.find((c) => c.id === claim.id);
      if (o.kind === 'add-occurrences') {
        const passages = o.passages.map((p) => wordPassage(p.source, p.word));
        const stance = o.contradicts ? ('contradicts' as const) : ('supports' as const);
        let added = 0;
        const modelAccepted = model.edit(time, null, (d) => {
          const target = inDraft(d);
          if (target) added = addPassages(target, passages, stance, nextId);
          return target !== undefined;
        });
        const realAccepted = real(() => {
          const result = services.claims.addOccurrences({ claimId: claim.id, stance, passages });
          expect([result.added, result.skipped]).toEqual([added, passages.length - added]);
        });
        return { real: realAccepted, model: modelAccepted };
      }
      const occurrence = at(claim.occurrences, o.occurrence);
      if (!occurrence) return { real: true, model: true };
      if (o.kind === 'set-stance') {
        const stance = o.contradicts ? ('contradicts' as const) : ('supports' as const);
        return {
          real: real(() => services.claims.setStance({ occurrenceId: occurrence.id, stance })),
          model: model.edit(time, null, (d) => {
            const target = inDraft(d);
            return target ? setStance(target, occurrence.id, stance, nextId) : false;
          }),
        };
      }
      const to = wordPassage(o.source, o.word, o.length);
      return {
        real: real(() =>
          services.claims.reanchorOccurrence({ occurrenceId: occurrence.id, ...to }),
        ),
        model: model.edit(time, null, (d) => {
          const target = inDraft(d);
          return target ? reanchor(target, occurrence.id, to, nextId) : false;
        }),
      };
    }
    case 'merge-tags': {
      const from = at(s.tags, o.from);
      const into = at(s.tags, o.into);
      if (!from || !into) return { real: true, model: true };
      return {
        real: real(() => services.tags.merge({ from: from.id, into: into.id })),
        model: model.edit(time, null, (d) => {
          if (isSelfOrDescendant(d, into.id, from.id)) return false;
          const source = d.tags.find((t) => t.id === from.id);
          if (!source) return false;
          mergeInto(d, source, into.id);
          return true;
        }),
      };
    }
    case 'delete-tag': {
      const tag = at(s.tags, o.tag);
      const target = at(s.tags, o.target);
      if (!tag || !target) return { real: true, model: true };
      const deletion =
        o.how === 'reassign'
          ? ({ claims: 'reassign', tagId: target.id } as const)
          : ({ claims: o.how } as { claims: 'untag' | 'delete' });
      return {
        real: real(() => services.tags.delete({ id: tag.id, deletion })),
        model: model.edit(time, null, (d) => {
          const doomed = d.tags.find((t) => t.id === tag.id);
          if (!doomed) return false;
          if (deletion.claims === 'reassign') {
            if (deletion.tagId === tag.id) return false;
            for (const claim of d.claims)
              if (claim.tagIds.includes(tag.id)) addTag(claim, deletion.tagId);
          } else if (deletion.claims === 'delete') {
            d.claims = d.claims.filter((claim) => !claim.tagIds.includes(tag.id));
          }
          adoptChildren(d, doomed, doomed.parentId);
          return true;
        }),
      };
    }
    case 'reliability':
      return {
        real: real(() =>
          services.sources.setReliability({ id: o.source + 1, reliability: o.grade }),
        ),
        model: model.edit(time, null, (d) => ((d.reliability[o.source] = o.grade), true)),
      };
    case 'undo':
      return { real: real(() => services.history.undo()), model: model.undo() };
    case 'redo':
      return { real: real(() => services.history.redo()), model: model.redo() };
    case 'reopen':
      services.cases.close();
      services.cases.open(path);
      return { real: true, model: true };
  }
}

describe('claims, tags, notes and history against a model', () => {
  it('show the same case after every step of random edit sequences', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 10, maxLength: 30, size: 'max' }),
        async (steps) => {
          const path = `${services.dataDir}/model-${++caseNumber}.corroborate`;
          services.cases.create(path, 'Model case');
          for (const [i, text] of TEXTS.entries()) {
            await services.sources.importBytes(`${i}.txt`, Buffer.from(text));
          }
          const model = new Model();
          for (const { op: o, wait } of steps) {
            clock.advance(wait);
            const outcome = apply(model, path, o);
            expect(outcome.real, `${o.kind} accepted by the app iff by the model`).toBe(
              outcome.model,
            );
            expect(observedReal()).toEqual(observedModel(model));
          }
        },
      ),
      { numRuns: Number(process.env['MODEL_RUNS'] ?? 120) },
    );
  }, 60_000);
});
