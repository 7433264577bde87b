// The plain in-memory model of claims, tags, notes and history that claims.model.test.ts
// checks the real services against, and the random operations it applies to both.
import fc from 'fast-check';
import type { Credibility, Reliability } from '../../preload/contract';

export const TEXTS = [
  'The 🦊 fox crossed the road at dawn.',
  'Witnesses said a fox crossed the road.',
  'שלום 𝔸rctic talks began at noon.',
];
/** Grapheme-safe spans: from the start of one word to the end of a later one. */
export const WORDS = TEXTS.map((text) => {
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
/** Source `source`'s passage from word `word` over `length` more words, as code points. */
export function wordPassage(source: number, word: number, length = 0) {
  const words = WORDS[source] ?? [];
  const first = words[word % words.length] ?? [0, 1];
  const last = words[Math.min(words.length - 1, (word % words.length) + length)] ?? first;
  return { sourceId: source + 1, start: first[0], end: last[1] };
}
export const NAMES = ['Army', 'army', 'Talks', 'Fox', 'Roads', 'Dawn'];
export const GRADES: Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];

// ---- the model ------------------------------------------------------------------------

export interface MTag {
  id: number;
  name: string;
  color: string;
  parentId: number | null;
  position: number;
}
export interface MOccurrence {
  id: number;
  sourceId: number;
  start: number;
  end: number;
  stance: 'origin' | 'supports' | 'contradicts';
}
export interface MClaim {
  id: number;
  note: string;
  credibility: Credibility;
  tagIds: number[];
  occurrences: MOccurrence[];
}
export interface MState {
  tags: MTag[];
  claims: MClaim[];
  reliability: Reliability[];
  notes: Record<string, string>;
}
export interface MEntry {
  before: MState;
  noteKey: string | null;
  time: number;
}

export class Model {
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

export const lower = (name: string) => name.toLowerCase();
export const childrenOf = (s: MState, parentId: number | null) =>
  s.tags
    .filter((t) => t.parentId === parentId)
    .sort((a, b) => a.position - b.position || a.id - b.id);

export function renumber(s: MState, parentId: number | null): void {
  childrenOf(s, parentId).forEach((t, i) => (t.position = i));
}

export function placeLast(s: MState, tag: MTag, parentId: number | null): void {
  const siblings = childrenOf(s, parentId).filter((t) => t.id !== tag.id);
  tag.parentId = parentId;
  [...siblings, tag].forEach((t, i) => (t.position = i));
}

export function isSelfOrDescendant(s: MState, id: number, ancestor: number): boolean {
  for (let t = s.tags.find((x) => x.id === id); t; t = s.tags.find((x) => x.id === t?.parentId)) {
    if (t.id === ancestor) return true;
  }
  return false;
}

export function addTag(claim: MClaim, tagId: number): void {
  if (!claim.tagIds.includes(tagId)) claim.tagIds = [...claim.tagIds, tagId].sort((a, b) => a - b);
}

export function adoptChildren(s: MState, tag: MTag, parentId: number | null): void {
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

// ---- passages ------------------------------------------------------------------------

export type MPassage = Omit<MOccurrence, 'id' | 'stance'>;
const samePassage = (a: MPassage, b: MPassage) =>
  a.sourceId === b.sourceId && a.start === b.start && a.end === b.end;

/**
 * An occurrence rewritten (new stance or passage). The case file has no update for
 * occurrences: the rewritten one is a new row with the next id, which undo takes back.
 */
function rewrite(claim: MClaim, old: MOccurrence, next: Omit<MOccurrence, 'id'>, id: number) {
  claim.occurrences = [...claim.occurrences.filter((o) => o.id !== old.id), { ...next, id }];
}

/** Supporting ↔ contradicting; false (refused) for the origin. */
export function setStance(
  claim: MClaim,
  occurrenceId: number,
  stance: 'supports' | 'contradicts',
  nextId: () => number,
): boolean {
  const occurrence = claim.occurrences.find((o) => o.id === occurrenceId);
  if (!occurrence || occurrence.stance === 'origin') return false;
  if (occurrence.stance !== stance) rewrite(claim, occurrence, { ...occurrence, stance }, nextId());
  return true;
}

/** Moves an occurrence (the origin too); false (refused) onto a passage the claim has. */
export function reanchor(
  claim: MClaim,
  occurrenceId: number,
  to: MPassage,
  nextId: () => number,
): boolean {
  const occurrence = claim.occurrences.find((o) => o.id === occurrenceId);
  if (!occurrence) return false;
  if (samePassage(occurrence, to)) return true;
  if (claim.occurrences.some((o) => samePassage(o, to))) return false;
  rewrite(claim, occurrence, { ...to, stance: occurrence.stance }, nextId());
  return true;
}

/** Links passages the claim does not have yet, in order; repeats count once. */
export function addPassages(
  claim: MClaim,
  passages: readonly MPassage[],
  stance: 'supports' | 'contradicts',
  nextId: () => number,
): number {
  let added = 0;
  for (const passage of passages) {
    if (claim.occurrences.some((o) => samePassage(o, passage))) continue;
    claim.occurrences.push({ ...passage, stance, id: nextId() });
    added++;
  }
  return added;
}

export function mergeInto(s: MState, from: MTag, into: number): void {
  for (const claim of s.claims) if (claim.tagIds.includes(from.id)) addTag(claim, into);
  adoptChildren(s, from, into);
}

// ---- operations -----------------------------------------------------------------------

export const pick = fc.nat(50);
export const often = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 3 });
export const op = fc.oneof(
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
  often(
    fc.record({
      kind: fc.constant('set-stance' as const),
      claim: pick,
      occurrence: pick,
      contradicts: fc.boolean(),
    }),
  ),
  often(
    fc.record({
      kind: fc.constant('reanchor' as const),
      claim: pick,
      occurrence: pick,
      source: fc.nat(2),
      word: pick,
      length: fc.nat(1),
    }),
  ),
  often(
    fc.record({
      kind: fc.constant('add-occurrences' as const),
      claim: pick,
      passages: fc.array(fc.record({ source: fc.nat(2), word: pick }), {
        minLength: 1,
        maxLength: 4,
      }),
      contradicts: fc.boolean(),
    }),
  ),
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
export type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;
export const step = fc.record({ op, wait: fc.integer({ min: 0, max: 3000 }) });
