import type { TagInfo } from '../../../preload/contract';

// What the tag picker offers for a query: matching tags not yet chosen (prefix matches first,
// shown with their path in the codebook), then "Create tag …" unless the name exists.

export type PickerOption =
  { kind: 'tag'; tag: TagInfo; path: string } | { kind: 'create'; name: string };

/** "Parent › Child" for a tag, from its ancestors. */
export function tagPath(tag: TagInfo, byId: ReadonlyMap<number, TagInfo>): string {
  const names = [tag.name];
  const seen = new Set([tag.id]);
  for (let parent = tag.parentId; parent !== null && !seen.has(parent);) {
    seen.add(parent);
    const found = byId.get(parent);
    if (!found) break;
    names.unshift(found.name);
    parent = found.parentId;
  }
  return names.join(' › ');
}

export function pickerOptions(
  tags: readonly TagInfo[],
  chosen: readonly Pick<TagInfo, 'id'>[],
  query: string,
): PickerOption[] {
  const needle = query.trim().toLowerCase();
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const taken = new Set(chosen.map((tag) => tag.id));
  const matches = tags
    .filter((tag) => !taken.has(tag.id))
    .map((tag) => ({ tag, name: tag.name.toLowerCase(), path: tagPath(tag, byId) }))
    .filter((entry) => !needle || entry.path.toLowerCase().includes(needle))
    .sort(
      (a, b) =>
        Number(!a.name.startsWith(needle)) - Number(!b.name.startsWith(needle)) ||
        a.path.localeCompare(b.path),
    )
    .map((entry): PickerOption => ({ kind: 'tag', tag: entry.tag, path: entry.path }));
  const exact = tags.some((tag) => tag.name.trim().toLowerCase() === needle);
  return needle && !exact ? [...matches, { kind: 'create', name: query.trim() }] : matches;
}
