// The codebook of a .qdpx as Corroborate tags, and the codes that stand for credibility grades.
import type { Credibility } from '../../../preload/contract';
import type { SnapshotTag } from '../../core/exchange/case-snapshot';
import { MAX_TAG_NAME, TAG_PALETTE, tagNameKey } from '../../services/tag-service';
import type { QdeCode } from './qde-read';
import { CREDIBILITIES, CREDIBILITY_GROUP, CREDIBILITY_LABELS } from './qdpx-vocabulary';

export interface ReadTags {
  /** Depth first, parents before children; ids 1..n in that order. */
  tags: SnapshotTag[];
  /** Tag id by code GUID. */
  tagOf: Map<string, number>;
  /** Credibility by code GUID (only Corroborate's own Credibility group). */
  credibilityOf: Map<string, Credibility>;
}

/**
 * Corroborate's own Credibility group is recognised by name and by its six children's names, and
 * only in a project Corroborate wrote; a foreign project's "Credibility" code is just a tag.
 */
function isCredibilityGroup(code: QdeCode): boolean {
  return (
    code.name === CREDIBILITY_GROUP &&
    code.children.length === CREDIBILITIES.length &&
    CREDIBILITIES.every((value, index) => code.children[index]?.name === CREDIBILITY_LABELS[value])
  );
}

/** #rrggbb in lower case from #rrggbb or #rgb; null for anything else. */
export function normalColor(color: string): string | null {
  const value = color.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(value)) return value;
  if (/^#[0-9a-f]{3}$/.test(value)) return `#${[...value.slice(1)].map((c) => c + c).join('')}`;
  return null;
}

export function readTags(codes: readonly QdeCode[], own: boolean): ReadTags {
  const tags: SnapshotTag[] = [];
  const tagOf = new Map<string, number>();
  const credibilityOf = new Map<string, Credibility>();
  const visit = (siblings: readonly QdeCode[], parentId: number | null): void => {
    const used = new Set<string>();
    for (const code of siblings) {
      if (own && parentId === null && isCredibilityGroup(code)) {
        code.children.forEach((child, index) => {
          const value = CREDIBILITIES[index];
          if (value !== undefined) credibilityOf.set(child.guid, value);
        });
        continue;
      }
      const id = tags.length + 1;
      const name = uniqueName(code.name, id, used);
      const color = normalColor(code.color) ?? TAG_PALETTE[tags.length % TAG_PALETTE.length];
      tags.push({ id, name, color: color ?? TAG_PALETTE[0], parentId, position: used.size - 1 });
      tagOf.set(code.guid, id);
      visit(code.children, id);
    }
  };
  visit(codes, null);
  return { tags, tagOf, credibilityOf };
}

/**
 * The code's name trimmed (as Corroborate trims tag names) and cut to Corroborate's limit, or "Code <id>" when blank, made unique among its
 * siblings (ignoring case, as Corroborate does) by a " (2)", " (3)" … suffix. Adds it to `used`.
 */
function uniqueName(raw: string, id: number, used: Set<string>): string {
  const trimmed = raw.trim();
  const base = trimmed === '' ? `Code ${id}` : Array.from(trimmed).slice(0, MAX_TAG_NAME).join('');
  let name = base;
  for (let n = 2; used.has(tagNameKey(name)); n++) {
    const suffix = ` (${n})`;
    name =
      Array.from(base)
        .slice(0, MAX_TAG_NAME - suffix.length)
        .join('') + suffix;
  }
  used.add(tagNameKey(name));
  return name;
}
