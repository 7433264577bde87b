import { afterEach, describe, expect, it } from 'vitest';
import { TAG_PALETTE } from './tag-service';
import { createCaseWithTexts, createTestServices, idleComparisonRunner } from './test-support';

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

async function setUp() {
  services = createTestServices({ comparisonRunner: idleComparisonRunner });
  await createCaseWithTexts(services, ['Troops moved north. Talks began in the capital at noon.']);
  return services;
}

/** name → parent name, position, claim count; depth first as tags:list orders them. */
function tree() {
  const all = services.tags.list();
  const name = (id: number | null) => (id === null ? null : all.find((t) => t.id === id)?.name);
  return all.map((t) => [t.name, name(t.parentId), t.position, t.claimCount]);
}

function claimTagged(...tagIds: number[]) {
  return services.claims.create({ sourceId: 1, start: 0, end: 6, tagIds }).id;
}

describe('TagService', () => {
  it('creates tags with palette colours in turn and positions among siblings', async () => {
    const { tags } = await setUp();
    const a = tags.create({ name: '  Military ' });
    const b = tags.create({ name: 'Diplomacy', color: '#ABCDEF' });
    const c = tags.create({ name: 'Troops', parentId: a.id });
    expect([a, b, c].map((t) => [t.name, t.color, t.position])).toEqual([
      ['Military', TAG_PALETTE[0], 0],
      ['Diplomacy', '#abcdef', 1],
      ['Troops', TAG_PALETTE[2], 0],
    ]);
    expect(() => tags.create({ name: 'military' })).toThrow(
      'A tag named “Military” already exists at the top level.',
    );
    expect(() => tags.create({ name: 'X', parentId: 42 })).toThrow('Unknown tag 42');
    expect(tags.create({ name: 'Military', parentId: b.id }).parentId).toBe(b.id);
  });

  it('moves and reorders, refusing cycles', async () => {
    const { tags } = await setUp();
    const a = tags.create({ name: 'A' });
    const b = tags.create({ name: 'B' });
    const c = tags.create({ name: 'C' });
    const child = tags.create({ name: 'A1', parentId: a.id });
    expect(() => tags.update({ id: a.id, parentId: child.id })).toThrow(/inside itself/);
    expect(() => tags.update({ id: a.id, parentId: a.id })).toThrow(/inside itself/);
    tags.update({ id: c.id, position: 0 });
    expect(tree()).toEqual([
      ['C', null, 0, 0],
      ['A', null, 1, 0],
      ['A1', 'A', 0, 0],
      ['B', null, 2, 0],
    ]);
    tags.update({ id: a.id, parentId: b.id });
    expect(tree()).toEqual([
      ['C', null, 0, 0],
      ['B', null, 1, 0],
      ['A', 'B', 0, 0],
      ['A1', 'A', 0, 0],
    ]);
    expect(services.history.state().undoLabel).toBe('Undo move tag');
    tags.update({ id: a.id, name: 'Renamed', color: '#000000' });
    expect(services.history.state().undoLabel).toBe('Undo edit tag');
  });

  it('renames a tag to the name of the tag it moves under (found by the contract model test)', async () => {
    const { tags } = await setUp();
    const army = tags.create({ name: 'Army' });
    const roads = tags.create({ name: 'Roads' });
    const moved = tags.update({ id: army.id, name: 'Roads', parentId: roads.id });
    expect(moved).toMatchObject({ name: 'Roads', parentId: roads.id, position: 0 });
    expect(tree()).toEqual([
      ['Roads', null, 0, 0],
      ['Roads', 'Roads', 0, 0],
    ]);
  });

  it('merges: claims re-tagged once, children moved (same names merged), source deleted', async () => {
    const { tags, claims } = await setUp();
    const from = tags.create({ name: 'Army' });
    const into = tags.create({ name: 'Military' });
    const fromChild = tags.create({ name: 'Troops', parentId: from.id });
    tags.create({ name: 'Tanks', parentId: from.id });
    const intoChild = tags.create({ name: 'troops', parentId: into.id });
    const both = claimTagged(from.id, into.id);
    const onlyFrom = claimTagged(from.id);
    const childClaim = claimTagged(fromChild.id);

    const merged = tags.merge({ from: from.id, into: into.id });
    expect(merged).toMatchObject({ id: into.id, claimCount: 2 });
    expect(tree()).toEqual([
      ['Military', null, 0, 2],
      ['troops', 'Military', 0, 1],
      ['Tanks', 'Military', 1, 0],
    ]);
    expect(claims.get(both).tagIds).toEqual([into.id]);
    expect(claims.get(onlyFrom).tagIds).toEqual([into.id]);
    expect(claims.get(childClaim).tagIds).toEqual([intoChild.id]);
    expect(services.history.state().undoLabel).toBe('Undo merge tags');
    services.history.undo();
    expect(claims.get(childClaim).tagIds).toEqual([fromChild.id]);
    expect(tree()).toHaveLength(5);
  });

  it('refuses to merge a tag into itself or into one of its subtags', async () => {
    const { tags } = await setUp();
    const a = tags.create({ name: 'A' });
    const b = tags.create({ name: 'B', parentId: a.id });
    expect(() => tags.merge({ from: a.id, into: a.id })).toThrow(/two different tags/);
    expect(() => tags.merge({ from: a.id, into: b.id })).toThrow(/one of its subtags/);
    expect(() => tags.merge({ from: a.id, into: 99 })).toThrow('Unknown tag 99');
  });

  describe('delete', () => {
    async function withTree() {
      const { tags } = await setUp();
      const parent = tags.create({ name: 'Parent' });
      const doomed = tags.create({ name: 'Doomed', parentId: parent.id });
      const other = tags.create({ name: 'Other' });
      tags.create({ name: 'Child', parentId: doomed.id });
      tags.create({ name: 'Sibling', parentId: doomed.id });
      tags.create({ name: 'sibling', parentId: parent.id });
      const claim = claimTagged(doomed.id, other.id);
      return { tags, parent, doomed, other, claim };
    }

    it('untags claims; children move to the parent, merging a same-named sibling', async () => {
      const { tags, doomed, other, claim } = await withTree();
      tags.delete({ id: doomed.id, deletion: { claims: 'untag' } });
      expect(services.claims.get(claim).tagIds).toEqual([other.id]);
      expect(tree()).toEqual([
        ['Parent', null, 0, 0],
        ['sibling', 'Parent', 0, 0],
        ['Child', 'Parent', 1, 0],
        ['Other', null, 1, 1],
      ]);
    });

    it('reassigns claims to another tag', async () => {
      const { tags, parent, doomed, claim } = await withTree();
      tags.delete({ id: doomed.id, deletion: { claims: 'reassign', tagId: parent.id } });
      expect(services.claims.get(claim).tagIds).toContain(parent.id);
      expect(() =>
        tags.delete({ id: parent.id, deletion: { claims: 'reassign', tagId: parent.id } }),
      ).toThrow(/another tag/);
    });

    it('deletes the claims', async () => {
      const { tags, doomed } = await withTree();
      tags.delete({ id: doomed.id, deletion: { claims: 'delete' } });
      expect(services.claims.list()).toEqual([]);
      services.history.undo();
      expect(services.claims.list()).toHaveLength(1);
      expect(tree()).toHaveLength(6);
    });
  });
});
