// The in-memory model of one open case that contract.model.reliability.ts holds the real app to:
// sources, codebook, claims, occurrences, rejected suggestions, notes, grades and the undo
// history, with transitions written from the contract's documented meaning (preload/contract.ts)
// rather than read back from the case file. Tag-tree helpers are shared with claims-model.ts.
import type {
  Credibility,
  ErrorCode,
  NoteOwner,
  Reliability,
  SearchLanguage,
  SourceMetadata,
  TagDeletion,
} from '../../preload/contract';
import {
  addTag,
  adoptChildren,
  childrenOf,
  isSelfOrDescendant,
  lower,
  mergeInto,
  renumber,
  type MClaim,
  type MState,
  type MTag,
} from './claims-model';
import { TAG_PALETTE } from './tag-service';

export interface MSource extends SourceMetadata {
  id: number;
  fileName: string;
  text: string;
  titleDerived: boolean;
}

/** A case's content; `reliability[id - 1]` is source `id`'s grade (sources are never removed). */
export interface CaseState extends MState {
  sources: MSource[];
  rejected: Array<{ claimId: number; sourceId: number; start: number; end: number }>;
}

interface Entry {
  before: CaseState;
  label: string;
  coalesceKey: string | null;
  time: number;
}

/** A refusal the app must answer with this error code, leaving the case as it was. */
export class Refusal extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}
export const refuse = (code: ErrorCode): never => {
  throw new Refusal(code);
};

/** Saves of one note this close together are one undo entry (history.ts COALESCE_WINDOW_MS). */
const COALESCE_MS = 5000;

export const noteKey = (owner: NoteOwner): string =>
  owner.kind === 'case' ? 'case' : `source:${owner.id}`;

export const points = (text: string): string[] => Array.from(text);
export const slice = (text: string, start: number, end: number): string =>
  points(text).slice(start, end).join('');

export function emptyCase(): CaseState {
  return { tags: [], claims: [], reliability: [], notes: {}, sources: [], rejected: [] };
}

/**
 * One open case as the analyst sees it through the contract. History is part of the case file:
 * it survives closing and reopening the case (an app restart) unchanged, and a case opened from
 * an exchanged file starts with none. Ids are never reused within a case (AUTOINCREMENT); a case
 * opened from an exchanged file keeps every id, and new ones continue after the largest kept.
 */
export class ContractModel {
  state: CaseState = emptyCase();
  done: Entry[] = [];
  undone: Array<{ entry: Entry; after: CaseState }> = [];
  next = { tag: 1, claim: 1, occurrence: 1 };
  language: SearchLanguage = 'en';
  recent: Array<{ path: string; name: string }> = [];

  constructor(
    public path: string,
    public name: string,
  ) {
    this.remember(path, name);
  }

  remember(path: string, name: string): void {
    this.recent = [{ path, name }, ...this.recent.filter((r) => r.path !== path)].slice(0, 12);
  }

  /** The case opened from an exchange file of this one: same content and ids, no history. */
  switchTo(path: string): void {
    this.path = path;
    this.done = [];
    this.undone = [];
    const max = (ids: number[]) => Math.max(0, ...ids) + 1;
    this.next = {
      tag: max(this.state.tags.map((t) => t.id)),
      claim: max(this.state.claims.map((c) => c.id)),
      occurrence: max(this.state.claims.flatMap((c) => c.occurrences.map((o) => o.id))),
    };
    this.remember(path, this.name);
  }

  /**
   * One undoable edit on a copy of the state: a Refusal leaves everything as it was; an edit
   * that changes nothing records nothing; an edit with a coalesce key folds into the newest entry
   * when that has the same key and was made within the window.
   */
  edit<T>(label: string, time: number, work: (d: CaseState) => T, coalesceKey?: string): T {
    const draft = structuredClone(this.state);
    const savedNext = { ...this.next };
    let value: T;
    try {
      value = work(draft);
    } catch (error) {
      this.next = savedNext;
      throw error;
    }
    const claimIds = new Set(draft.claims.map((c) => c.id));
    draft.rejected = draft.rejected.filter((r) => claimIds.has(r.claimId));
    if (same(draft, this.state)) return value;
    const top = this.done.at(-1);
    if (
      coalesceKey !== undefined &&
      top &&
      this.undone.length === 0 &&
      top.coalesceKey === coalesceKey &&
      time - top.time >= 0 &&
      time - top.time <= COALESCE_MS
    ) {
      top.time = time;
      this.state = draft;
      if (same(draft, restore(top.before, draft))) this.done.pop();
      return value;
    }
    this.done.push({ before: this.state, label, coalesceKey: coalesceKey ?? null, time });
    this.undone = [];
    this.state = draft;
    return value;
  }

  undo(): void {
    const entry = this.done.pop() ?? refuse('invalid-request');
    this.undone.push({ entry, after: this.state });
    this.state = restore(entry.before, this.state);
  }

  redo(): void {
    const item = this.undone.pop() ?? refuse('invalid-request');
    this.done.push(item.entry);
    this.state = restore(item.after, this.state);
  }

  history() {
    const undo = this.done.at(-1)?.label;
    const redo = this.undone.at(-1)?.entry.label;
    const words = (verb: string, label: string | undefined) =>
      label === undefined ? null : `${verb} ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
    return {
      canUndo: undo !== undefined,
      canRedo: redo !== undefined,
      undoLabel: words('Undo', undo),
      redoLabel: words('Redo', redo),
    };
  }
}

/**
 * `target` (a state the history returns to) with the sources imported since: imports are not
 * edits, so undo and redo never remove a source, and leave sources the entry did not know alone.
 */
function restore(target: CaseState, current: CaseState): CaseState {
  const restored = structuredClone(target);
  restored.sources = structuredClone(
    current.sources.map((s) => target.sources.find((t) => t.id === s.id) ?? s),
  );
  restored.reliability = current.reliability.map((r, i) => target.reliability[i] ?? r);
  return restored;
}

function same(a: CaseState, b: CaseState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// ---- lookups that refuse as the services do ----------------------------------------------

export const sourceOf = (s: CaseState, id: number): MSource =>
  s.sources.find((x) => x.id === id) ?? refuse('not-found');
export const claimOf = (s: CaseState, id: number): MClaim =>
  s.claims.find((c) => c.id === id) ?? refuse('not-found');
/** The tag services answer an unknown tag with invalid-request ("Unknown tag 7"). */
export const tagOf = (s: CaseState, id: number): MTag =>
  s.tags.find((t) => t.id === id) ?? refuse('invalid-request');

/** A passage the analyst could select: inside the text, not empty (spans here are word-aligned). */
export function checkSpan(s: CaseState, sourceId: number, start: number, end: number): void {
  const length = points(sourceOf(s, sourceId).text).length;
  if (start < 0 || end <= start || end > length) refuse('invalid-request');
}

export function checkTagIds(s: CaseState, tagIds: readonly number[]): number[] {
  const unique = [...new Set(tagIds)].sort((a, b) => a - b);
  for (const id of unique) tagOf(s, id);
  return unique;
}

// ---- codebook ------------------------------------------------------------------------------

function nameFree(s: CaseState, name: string, parentId: number | null, self: number | null) {
  const clash = childrenOf(s, parentId).some((t) => t.id !== self && lower(t.name) === lower(name));
  if (clash) refuse('already-exists');
}

export function createTag(
  s: CaseState,
  next: () => number,
  request: { name: string; color?: string; parentId?: number | null },
): MTag {
  const name = request.name.trim() || refuse('invalid-request');
  const parentId = request.parentId ?? null;
  if (parentId !== null) tagOf(s, parentId);
  nameFree(s, name, parentId, null);
  const tag: MTag = {
    id: next(),
    name,
    color: request.color?.toLowerCase() ?? TAG_PALETTE[s.tags.length % TAG_PALETTE.length] ?? '',
    parentId,
    position: childrenOf(s, parentId).length,
  };
  s.tags.push(tag);
  return tag;
}

/** Puts a tag among `parentId`'s children at `position` (default last) and renumbers them. */
function place(s: CaseState, tag: MTag, parentId: number | null, position?: number): void {
  const siblings = childrenOf(s, parentId).filter((t) => t.id !== tag.id);
  const index = Math.min(Math.max(position ?? siblings.length, 0), siblings.length);
  siblings.splice(index, 0, tag);
  tag.parentId = parentId;
  siblings.forEach((t, i) => (t.position = i));
}

export function updateTag(
  s: CaseState,
  request: {
    id: number;
    name?: string;
    color?: string;
    parentId?: number | null;
    position?: number;
  },
): MTag {
  const tag = tagOf(s, request.id);
  const oldParent = tag.parentId;
  const parentId = request.parentId === undefined ? tag.parentId : request.parentId;
  if (parentId !== null) {
    tagOf(s, parentId);
    if (isSelfOrDescendant(s, parentId, tag.id)) refuse('invalid-request');
  }
  const name =
    request.name === undefined ? tag.name : request.name.trim() || refuse('invalid-request');
  nameFree(s, name, parentId, tag.id);
  tag.name = name;
  if (request.color !== undefined) tag.color = request.color.toLowerCase();
  if (parentId !== oldParent) {
    place(s, tag, parentId, request.position);
    renumber(s, oldParent);
  } else if (request.position !== undefined) {
    place(s, tag, parentId, request.position);
  }
  return tag;
}

export function tagUpdateLabel(request: { name?: unknown; color?: unknown }, moves: boolean) {
  const { name, color } = request;
  if (name !== undefined && color === undefined && !moves) return 'Rename tag';
  if (color !== undefined && name === undefined && !moves) return 'Recolour tag';
  return name === undefined && color === undefined ? 'Move tag' : 'Edit tag';
}

export function mergeTags(s: CaseState, from: number, into: number): MTag {
  const source = tagOf(s, from);
  const target = tagOf(s, into);
  if (from === into || isSelfOrDescendant(s, into, from)) refuse('invalid-request');
  mergeInto(s, source, into);
  return target;
}

export function deleteTag(s: CaseState, id: number, deletion: TagDeletion): void {
  const tag = tagOf(s, id);
  if (deletion.claims === 'reassign') {
    if (deletion.tagId === id) refuse('invalid-request');
    tagOf(s, deletion.tagId);
    for (const claim of s.claims) if (claim.tagIds.includes(id)) addTag(claim, deletion.tagId);
  } else if (deletion.claims === 'delete') {
    s.claims = s.claims.filter((claim) => !claim.tagIds.includes(id));
  }
  adoptChildren(s, tag, tag.parentId);
}

// ---- claims --------------------------------------------------------------------------------

export function claimUpdateLabel(request: {
  tagIds?: unknown;
  note?: unknown;
  credibility?: unknown;
}) {
  const asked = [
    request.tagIds !== undefined && 'Edit claim tags',
    request.note !== undefined && 'Edit claim note',
    request.credibility !== undefined && 'Grade claim',
  ].filter((label) => label !== false);
  return asked.length === 1 ? (asked[0] ?? 'Edit claim') : 'Edit claim';
}

export function updateClaim(
  s: CaseState,
  request: { id: number; tagIds?: number[]; note?: string; credibility?: Credibility },
): void {
  const claim = claimOf(s, request.id);
  if (request.tagIds !== undefined) claim.tagIds = checkTagIds(s, request.tagIds);
  if (request.note !== undefined) claim.note = request.note;
  if (request.credibility !== undefined) claim.credibility = request.credibility;
}

export function setNote(s: CaseState, owner: NoteOwner, text: string): void {
  if (owner.kind === 'source') sourceOf(s, owner.id);
  if (text === '') delete s.notes[noteKey(owner)];
  else s.notes[noteKey(owner)] = text;
}

export function setReliability(s: CaseState, id: number, grade: Reliability): void {
  sourceOf(s, id);
  s.reliability[id - 1] = grade;
}

export function updateMetadata(s: CaseState, id: number, changes: Partial<SourceMetadata>): void {
  const source = sourceOf(s, id);
  const title = changes.title?.trim();
  if (title !== undefined && title !== source.title) source.titleDerived = false;
  Object.assign(source, changes, title === undefined ? {} : { title });
}
