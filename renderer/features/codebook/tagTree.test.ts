import { describe, expect, it } from 'vitest';
import type { TagInfo } from '../../../preload/contract';
import { moveTargets, nextPosition, subtreeIds, tagRows } from './tagTree';

const tag = (
  id: number,
  name: string,
  parentId: number | null,
  position = 0,
  claimCount = 0,
): TagInfo => ({
  id,
  name,
  color: '#000000',
  parentId,
  position,
  claimCount,
});

const tags = [
  tag(1, 'Casualties', null, 1, 2),
  tag(2, 'Location', null, 0, 1),
  tag(3, 'Civilian', 1, 0, 4),
  tag(4, 'Military', 1, 1, 0),
  tag(5, 'Children', 3, 0, 1),
];

describe('tagRows', () => {
  it('orders parents before children and siblings by position', () => {
    expect(tagRows(tags).map((row) => `${'-'.repeat(row.depth)}${row.tag.name}`)).toEqual([
      'Location',
      'Casualties',
      '-Civilian',
      '--Children',
      '-Military',
    ]);
  });

  it('sums claims over the subtree', () => {
    const rows = new Map(tagRows(tags).map((row) => [row.tag.name, row]));
    expect(rows.get('Casualties')?.totalClaims).toBe(7);
    expect(rows.get('Civilian')?.totalClaims).toBe(5);
    expect(rows.get('Casualties')?.hasChildren).toBe(true);
    expect(rows.get('Military')?.hasChildren).toBe(false);
  });

  it('shows orphans and cycles at the top level instead of losing them', () => {
    const odd = [tag(1, 'A', 2), tag(2, 'B', 1), tag(3, 'C', 99)];
    expect(
      tagRows(odd)
        .map((row) => row.tag.name)
        .sort(),
    ).toEqual(['A', 'B', 'C']);
  });
});

describe('moves', () => {
  it('never offers a tag its own subtree', () => {
    expect([...subtreeIds(tags, 1)].sort()).toEqual([1, 3, 4, 5]);
    expect(moveTargets(tags, 1).map((each) => each.id)).toEqual([2]);
    expect(moveTargets(tags, 5).map((each) => each.id)).toEqual([1, 2, 3, 4]);
  });

  it('appends after the last sibling', () => {
    expect(nextPosition(tags, 1)).toBe(2);
    expect(nextPosition(tags, 4)).toBe(0);
  });
});
