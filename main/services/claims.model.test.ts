// Model-based test: random sequences of edits, undo, redo and reopen run against the real
// services and against a plain in-memory model; after every step both must show the same case.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credibility, Reliability } from '../../preload/contract';
import { CaseError } from '../core/errors';
import { TAG_PALETTE } from './tag-service';
import { createTestServices, fakeClock, idleComparisonRunner } from './test-support';

const TEXTS = [
  'The 🦊 fox crossed the road at dawn.',
  'Witnesses said a fox crossed the road.',
  'שלום 𝔸rctic talks began at noon.',
];
/** Grapheme-safe spans: from the start of one word to the end of a later one. */
const WORDS = TEXTS.map((text) => {
  const points = Array.from(text);
  const words: Array<[number, number]> = [];
  let start = -1;
  points.forEach((ch, i) => {
    if (ch !== ' ' && start < 0) start = i;
    if ((ch === ' ' || i === points.length - 1) && start >= 0) {
      words.push([start, ch === ' ' ? i : i + 1]);
      start = -1;
    }
  });
  return words;
});
const NAMES = ['Army', 'army', 'Talks', 'Fox', 'Roads', 'Dawn'];
const GRADES: Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];

// ---- the model ------------------------------------------------------------------------

interface MTag {
  id: number;
  name: string;
  color: string;
  parentId: number | null;
  position: number;
}
interface MOccurrence {
  id: number;
  sourceId: number;
  start: number;
  end: number;
  stance: 'origin' | 'supports' | 'contradicts';
}
interface MClaim {
  id: number;
  note: string;
  credibility: Credibility;
  tagIds: number[];
  occurrences: MOccurrence[];
}
interface MState {
  tags: MTag[];
  claims: MClaim[];
  reliability: Reliability[];
  notes: Record<string, string>;
}
interface MEntry {
  before: MState;
  noteKey: string | null;
  time: number;
}

class Model {
  state: MState = { tags: [], claims: [], reliability: TEXTS.map(() => 'F'), notes: {} };
  done: MEntry[] = [];
  undone: Array<{ entry: MEntry; after: MState }> = [];
  next = { tag: 1, claim: 1, occurrence: 1 };

  /** Applies an edit to a copy; returns false (changing nothing) if the app must refuse it. */
  edit(time: number, noteKey: string | null, work: (s: MState) => boolean): boolean {
    const draft = structuredClone(this.state);
    const savedNext = { ...this.next };
    if (!work(draft)) {
      this.next = savedNext;
      return false;
    }
    if (JSON.stringify(draft) === JSON.stringify(this.state)) return true;
    const top = this.done.at(-1);
    if (
      noteKey !== null &&
      this.undone.length === 0 &&
      top?.noteKey === noteKey &&
      time - top.time <= 5000
    ) {
      top.time = time;
      this.state = draft;
      if (JSON.stringify(draft) === JSON.stringify(top.before)) this.done.pop();
      return true;
    }
    this.done.push({ before: this.state, noteKey, time });
    this.undone = [];
    this.state = draft;
    return true;
  }

  undo(): boolean {
    const entry = this.done.pop();
    if (!entry) return false;
    this.undone.push({ entry, after: this.state });
    this.state = entry.before;
    return true;
  }

  redo(): boolean {
    const item = this.undone.pop();
    if (!item) return false;
    this.done.push(item.entry);
    this.state = item.after;
    return true;
  }
}

const lower = (name: string) => name.toLowerCase();
const childrenOf = (s: MState, parentId: number | null) =>
  s.tags
    .filter((t) => t.parentId === parentId)
    .sort((a, b) => a.position - b.position || a.id - b.id);

function renumber(s: MState, parentId: number | null): void {
  childrenOf(s, parentId).forEach((t, i) => (t.position = i));
}

function placeLast(s: MState, tag: MTag, parentId: number | null): void {
  const siblings = childrenOf(s, parentId).filter((t) => t.id !== tag.id);
  tag.parentId = parentId;
  [...siblings, tag].forEach((t, i) => (t.position = i));
}

function isSelfOrDescendant(s: MState, id: number, ancestor: number): boolean {
  for (let t = s.tags.find((x) => x.id === id); t; t = s.tags.find((x) => x.id === t?.parentId)) {
    if (t.id === ancestor) return true;
  }
  return false;
}

function addTag(claim: MClaim, tagId: number): void {
  if (!claim.tagIds.includes(tagId)) claim.tagIds = [...claim.tagIds, tagId].sort((a, b) => a - b);
}

function adoptChildren(s: MState, tag: MTag, parentId: number | null): void {
  const children = childrenOf(s, tag.id);
  s.tags = s.tags.filter((t) => t.id !== tag.id);
  for (const claim of s.claims) claim.tagIds = claim.tagIds.filter((id) => id !== tag.id);
  renumber(s, tag.parentId);
  for (const child of children) {
    const clash = childrenOf(s, parentId).find(
      (o) => o.id !== child.id && lower(o.name) === lower(child.name),
    );
    if (clash) mergeInto(s, child, clash.id);
    else placeLast(s, child, parentId);
  }
}

function mergeInto(s: MState, from: MTag, into: number): void {
  for (const claim of s.claims) if (claim.tagIds.includes(from.id)) addTag(claim, into);
  adoptChildren(s, from, into);
}

// ---- operations -----------------------------------------------------------------------

const pick = fc.nat(50);
const often = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 3 });
const op = fc.oneof(
  often(
    fc.record({
      kind: fc.constant('create-tag' as const),
      name: fc.constantFrom(...NAMES),
      parent: fc.option(pick),
      color: fc.boolean(),
    }),
  ),
  often(
    fc.record({
      kind: fc.constant('create-claim' as const),
      source: fc.nat(2),
      word: pick,
      length: fc.nat(2),
      tag: fc.option(pick),
      credibility: fc.option(fc.integer({ min: 1, max: 6 })),
    }),
  ),
  fc.record({ kind: fc.constant('toggle-tag' as const), claim: pick, tag: pick }),
  fc.record({
    kind: fc.constant('grade' as const),
    claim: pick,
    credibility: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({
    kind: fc.constant('claim-note' as const),
    claim: pick,
    text: fc.constantFrom('', 'checked', 'doubtful'),
  }),
  often(
    fc.record({
      kind: fc.constant('note' as const),
      owner: fc.nat(1),
      text: fc.constantFrom('', 'a', 'ab', 'abc'),
    }),
  ),
  fc.record({
    kind: fc.constant('add-occurrence' as const),
    claim: pick,
    source: fc.nat(2),
    word: pick,
    contradicts: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('remove-occurrence' as const), claim: pick, occurrence: pick }),
  fc.record({ kind: fc.constant('merge-tags' as const), from: pick, into: pick }),
  fc.record({
    kind: fc.constant('delete-tag' as const),
    tag: pick,
    how: fc.constantFrom('untag', 'reassign', 'delete'),
    target: pick,
  }),
  fc.record({ kind: fc.constant('delete-claim' as const), claim: pick }),
  fc.record({
    kind: fc.constant('reliability' as const),
    source: fc.nat(2),
    grade: fc.constantFrom(...GRADES),
  }),
  often(fc.record({ kind: fc.constant('undo' as const) })),
  fc.record({ kind: fc.constant('redo' as const) }),
  fc.record({ kind: fc.constant('reopen' as const) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;
const step = fc.record({ op, wait: fc.integer({ min: 0, max: 3000 }) });

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
  it('show the same case after every step of random edit sequences', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 10, maxLength: 30, size: 'max' }), (steps) => {
        const path = `${services.dataDir}/model-${++caseNumber}.corroborate`;
        services.cases.create(path, 'Model case');
        TEXTS.forEach((text, i) => services.sources.importText(`${i}.txt`, Buffer.from(text)));
        const model = new Model();
        for (const { op: o, wait } of steps) {
          clock.advance(wait);
          const outcome = apply(model, path, o);
          expect(outcome.real, `${o.kind} accepted by the app iff by the model`).toBe(
            outcome.model,
          );
          expect(observedReal()).toEqual(observedModel(model));
        }
      }),
      { numRuns: Number(process.env['MODEL_RUNS'] ?? 120) },
    );
  }, 60_000);
});
