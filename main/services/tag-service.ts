import type { RequestOf, TagDeletion, TagInfo } from '../../preload/contract';
import { CaseError } from '../core/errors';
import type { CaseStore } from '../storage/case-database';
import type { CaseService } from './case-service';
import { announceEdit } from './edit-events';
import type { EventSink } from './events';

/** Colours new tags get in turn (Tableau 10), so neighbouring tags are told apart at a glance. */
export const TAG_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
] as const;

export const MAX_TAG_NAME = 100;

/** Sibling names are unique regardless of case. */
export const tagNameKey = (name: string): string => name.toLowerCase();

/** The codebook: a tree of tags, each edit one undoable history entry. */
export class TagService {
  constructor(
    private readonly cases: CaseService,
    private readonly events: EventSink,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every tag, depth first: parents before their children, siblings in order. */
  list(): TagInfo[] {
    const tags = this.cases.database.read((store) => store.listTags());
    const children = new Map<number | null, TagInfo[]>();
    for (const tag of tags)
      children.set(tag.parentId, [...(children.get(tag.parentId) ?? []), tag]);
    const ordered: TagInfo[] = [];
    const visit = (parentId: number | null) => {
      const siblings = [...(children.get(parentId) ?? [])].sort(
        (a, b) => a.position - b.position || a.id - b.id,
      );
      for (const tag of siblings) {
        ordered.push(tag);
        visit(tag.id);
      }
    };
    visit(null);
    return ordered;
  }

  create({ name, color, parentId = null }: RequestOf<'tags:create'>): TagInfo {
    return this.edit('Create tag', (store) => {
      const cleanName = checkName(name);
      if (parentId !== null) requireTag(store, parentId);
      checkNameFree(store, cleanName, parentId, null);
      const id = store.insertTag({
        name: cleanName,
        color: color?.toLowerCase() ?? defaultColor(store.listTags().length),
        parentId,
        position: store.tagChildren(parentId).length,
      });
      return requireTag(store, id);
    });
  }

  update({ id, name, color, parentId, position }: RequestOf<'tags:update'>): TagInfo {
    const label =
      name !== undefined && color === undefined && parentId === undefined && position === undefined
        ? 'Rename tag'
        : color !== undefined &&
            name === undefined &&
            parentId === undefined &&
            position === undefined
          ? 'Recolour tag'
          : name === undefined && color === undefined
            ? 'Move tag'
            : 'Edit tag';
    return this.edit(label, (store) => {
      const tag = requireTag(store, id);
      const newParent = parentId === undefined ? tag.parentId : parentId;
      if (newParent !== null) {
        requireTag(store, newParent);
        if (isSelfOrDescendant(store, newParent, id)) {
          throw new CaseError(
            'invalid-request',
            `Cannot move “${tag.name}” inside itself or one of its own subtags.`,
          );
        }
      }
      const newName = name === undefined ? tag.name : checkName(name);
      checkNameFree(store, newName, newParent, id);
      // Name and parent change in one statement: renamed first, a tag taking the name of a
      // sibling it is moving under would collide with it on the way.
      store.updateTag(id, {
        name: newName,
        ...(newParent === tag.parentId ? {} : { parentId: newParent }),
        ...(color === undefined ? {} : { color: color.toLowerCase() }),
      });
      if (newParent !== tag.parentId) {
        place(store, id, newParent, position);
        renumber(store, tag.parentId);
      } else if (position !== undefined) {
        place(store, id, newParent, position);
      }
      return requireTag(store, id);
    });
  }

  /** Claims of `from` are tagged `into` (once), its subtags move under `into`, `from` goes. */
  merge({ from, into }: RequestOf<'tags:merge'>): TagInfo {
    return this.edit('Merge tags', (store) => {
      const source = requireTag(store, from);
      const target = requireTag(store, into);
      if (from === into)
        throw new CaseError('invalid-request', 'Choose two different tags to merge.');
      if (isSelfOrDescendant(store, into, from)) {
        throw new CaseError(
          'invalid-request',
          `Cannot merge “${source.name}” into “${target.name}”, which is one of its subtags; move “${target.name}” out first.`,
        );
      }
      mergeInto(store, from, into);
      return requireTag(store, into);
    });
  }

  delete({ id, deletion }: { id: number; deletion: TagDeletion }): void {
    this.edit('Delete tag', (store) => {
      const tag = requireTag(store, id);
      const claimIds = store.claimIdsTagged(id);
      if (deletion.claims === 'reassign') {
        if (deletion.tagId === id) {
          throw new CaseError(
            'invalid-request',
            'Reassign the claims to another tag than the one deleted.',
          );
        }
        requireTag(store, deletion.tagId);
        for (const claimId of claimIds) store.addClaimTag(claimId, deletion.tagId);
      } else if (deletion.claims === 'delete') {
        for (const claimId of claimIds) store.deleteClaim(claimId);
      }
      adoptChildren(store, tag, tag.parentId);
    });
  }

  private edit<T>(label: string, work: (store: CaseStore) => T): T {
    const database = this.cases.database;
    const { value, changed } = database.edit({ label, now: this.now() }, work);
    announceEdit(this.events, database, changed);
    return value;
  }
}

function defaultColor(tagCount: number): string {
  return TAG_PALETTE[tagCount % TAG_PALETTE.length] ?? TAG_PALETTE[0];
}

function checkName(name: string): string {
  const clean = name.trim();
  if (clean === '') throw new CaseError('invalid-request', 'A tag needs a name.');
  if (clean.length > MAX_TAG_NAME) {
    throw new CaseError('invalid-request', `A tag name has at most ${MAX_TAG_NAME} characters.`);
  }
  return clean;
}

function requireTag(store: CaseStore, id: number): TagInfo {
  const tag = store.findTag(id);
  if (!tag) throw new CaseError('invalid-request', `Unknown tag ${id}`);
  return tag;
}

function checkNameFree(
  store: CaseStore,
  name: string,
  parentId: number | null,
  self: number | null,
): void {
  const clash = store
    .tagChildren(parentId)
    .find((tag) => tag.id !== self && tagNameKey(tag.name) === tagNameKey(name));
  if (clash) {
    const where =
      parentId === null ? 'at the top level' : `under “${requireTag(store, parentId).name}”`;
    throw new CaseError('already-exists', `A tag named “${clash.name}” already exists ${where}.`);
  }
}

/** Whether `id` is `ancestor` or lies somewhere below it. */
function isSelfOrDescendant(store: CaseStore, id: number, ancestor: number): boolean {
  for (
    let current: number | null = id;
    current !== null;
    current = store.findTag(current)?.parentId ?? null
  ) {
    if (current === ancestor) return true;
  }
  return false;
}

/** Puts a tag among `parentId`'s children at `position` (default: last) and renumbers them. */
function place(store: CaseStore, id: number, parentId: number | null, position?: number): void {
  const siblings = store.tagChildren(parentId).filter((tag) => tag.id !== id);
  const index = Math.min(Math.max(position ?? siblings.length, 0), siblings.length);
  const order = siblings.map((tag) => tag.id);
  order.splice(index, 0, id);
  order.forEach((tagId, i) =>
    store.updateTag(tagId, tagId === id ? { parentId, position: i } : { position: i }),
  );
}

/** Positions 0..n-1 among `parentId`'s children, keeping their order. */
function renumber(store: CaseStore, parentId: number | null): void {
  store.tagChildren(parentId).forEach((tag, i) => store.updateTag(tag.id, { position: i }));
}

/** Deletes `tag`; its subtags move under `parentId`, merging into a sibling of the same name. */
function adoptChildren(store: CaseStore, tag: TagInfo, parentId: number | null): void {
  const children = store.tagChildren(tag.id);
  // Foreign keys are checked at the end of the edit, by when the children have moved.
  store.deleteTag(tag.id);
  renumber(store, tag.parentId);
  for (const child of children) {
    const clash = store
      .tagChildren(parentId)
      .find((other) => other.id !== child.id && tagNameKey(other.name) === tagNameKey(child.name));
    if (clash) mergeInto(store, child.id, clash.id);
    else place(store, child.id, parentId);
  }
}

function mergeInto(store: CaseStore, from: number, into: number): void {
  for (const claimId of store.claimIdsTagged(from)) store.addClaimTag(claimId, into);
  adoptChildren(store, requireTag(store, from), into);
}
