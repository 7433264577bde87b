import type { TagInfo } from '../../../preload/contract';

// The codebook as a tree, flattened in display order for rendering and keyboard movement.

export interface TagRow {
  tag: TagInfo;
  depth: number;
  /** Claims tagged with this tag or any tag below it. */
  totalClaims: number;
  hasChildren: boolean;
}

function childrenByParent(tags: readonly TagInfo[]): Map<number | null, TagInfo[]> {
  const ids = new Set(tags.map((tag) => tag.id));
  const result = new Map<number | null, TagInfo[]>();
  for (const tag of tags) {
    // A tag whose parent is gone shows at the top rather than vanishing.
    const parent = tag.parentId !== null && ids.has(tag.parentId) ? tag.parentId : null;
    const list = result.get(parent) ?? [];
    list.push(tag);
    result.set(parent, list);
  }
  for (const list of result.values()) {
    list.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name) || a.id - b.id);
  }
  return result;
}

/** Depth-first rows: parents before children, siblings by position. Cycles are cut. */
export function tagRows(tags: readonly TagInfo[]): TagRow[] {
  const children = childrenByParent(tags);
  const rows: TagRow[] = [];
  const seen = new Set<number>();
  const visit = (tag: TagInfo, depth: number): number => {
    if (seen.has(tag.id)) return 0;
    seen.add(tag.id);
    const row: TagRow = {
      tag,
      depth,
      totalClaims: tag.claimCount,
      hasChildren: (children.get(tag.id)?.length ?? 0) > 0,
    };
    rows.push(row);
    for (const child of children.get(tag.id) ?? []) row.totalClaims += visit(child, depth + 1);
    return row.totalClaims;
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  // Tags caught in a parent cycle have no root; show them at the top level.
  for (const tag of tags) if (!seen.has(tag.id)) visit(tag, 0);
  return rows;
}

/** The tag and all tags below it. */
export function subtreeIds(tags: readonly TagInfo[], id: number): Set<number> {
  const children = childrenByParent(tags);
  const result = new Set<number>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === undefined || result.has(current)) continue;
    result.add(current);
    for (const child of children.get(current) ?? []) stack.push(child.id);
  }
  return result;
}

/** Where a tag may move: any tag outside its own subtree (or the top level, null). */
export function moveTargets(tags: readonly TagInfo[], id: number): TagInfo[] {
  const blocked = subtreeIds(tags, id);
  return tags.filter((tag) => !blocked.has(tag.id));
}

/** Position for a tag appended under `parentId`. */
export function nextPosition(tags: readonly TagInfo[], parentId: number | null): number {
  const siblings = tags.filter((tag) => tag.parentId === parentId);
  return siblings.reduce((max, tag) => Math.max(max, tag.position + 1), 0);
}
