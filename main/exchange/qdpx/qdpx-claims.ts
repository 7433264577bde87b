// The claims of a .qdpx: Corroborate's own grouping and stances back from the Links, or one claim
// per selection of a foreign project.
import type { Credibility } from '../../../preload/contract';
import type { SnapshotClaim } from '../../core/exchange/case-snapshot';
import { noteText, type Entries } from './qdpx-archive';
import type { QdeProject, QdeSelection } from './qde-read';
import { quoteAt } from './qdpx-text';
import { claimNumberOf, type LinkStance } from './qdpx-vocabulary';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
export const timeOr = (value: string, fallback: string): string =>
  ISO_TIME.test(value) && !Number.isNaN(Date.parse(value)) ? value : fallback;

/** Where a kept source's selections land: the source (maybe an earlier duplicate) and its text. */
export interface PlacedSource {
  id: number;
  points: string[];
  map: (position: number) => number;
}

export interface ClaimContext {
  tagOf: Map<string, number>;
  credibilityOf: Map<string, Credibility>;
  entries: Entries;
  now: string;
}

/**
 * Own project: a selection that is the target of a "supports"/"contradicts" Link belongs to the
 * claim of the Link's origin; every other selection is a claim's origin, and claims are put back
 * in the order of the numbers in their names. A selection is in one claim only: a second Link to
 * it, and Links from a selection that is itself a target, are ignored (Corroborate writes
 * neither). Foreign project: every selection is a claim.
 */
export function readClaims(
  project: QdeProject,
  own: boolean,
  placed: Map<string, PlacedSource>,
  context: ClaimContext,
): SnapshotClaim[] {
  const located = new Map<string, { selection: QdeSelection; source: PlacedSource }>();
  for (const source of project.sources) {
    const target = placed.get(source.guid);
    if (!target) continue;
    for (const selection of source.selections) {
      located.set(selection.guid, { selection, source: target });
    }
  }
  const linked = new Map<string, Array<{ guid: string; stance: LinkStance }>>();
  const targets = new Set<string>();
  if (own) {
    for (const link of project.links) {
      if (link.name !== 'supports' && link.name !== 'contradicts') continue;
      if (!located.has(link.originGuid) || !located.has(link.targetGuid)) continue;
      if (targets.has(link.targetGuid) || link.originGuid === link.targetGuid) continue;
      targets.add(link.targetGuid);
      linked.set(link.originGuid, [
        ...(linked.get(link.originGuid) ?? []),
        { guid: link.targetGuid, stance: link.name },
      ]);
    }
  }
  const origins = [...located.values()].filter(({ selection }) => !targets.has(selection.guid));
  if (own) {
    const rank = (selection: QdeSelection): number =>
      claimNumberOf(selection.name) ?? Number.MAX_SAFE_INTEGER;
    origins.sort((a, b) => rank(a.selection) - rank(b.selection)); // stable: ties keep file order
  }
  const claims: SnapshotClaim[] = [];
  let occurrenceId = 1;
  for (const origin of origins) {
    const members = [
      { ...origin, stance: 'origin' as const },
      ...(linked.get(origin.selection.guid) ?? []).flatMap(({ guid, stance }) => {
        const member = located.get(guid);
        return member ? [{ ...member, stance }] : [];
      }),
    ];
    const seen = new Set<string>();
    const occurrences: Array<Omit<SnapshotClaim['occurrences'][number], 'id'>> = [];
    for (const { selection, source, stance } of members) {
      const start = source.map(selection.start);
      const end = source.map(selection.end);
      const key = `${source.id}:${start}:${end}`;
      if (start >= end || seen.has(key)) continue; // only a line break, or a duplicate source's twin
      seen.add(key);
      const quote = quoteAt(source.points, start, end);
      occurrences.push({ sourceId: source.id, start, end, ...quote, stance });
    }
    // A claim whose origin selected nothing but a line break is dropped.
    if (occurrences[0]?.stance !== 'origin') continue;
    const { selection } = origin;
    const codes = selection.codeGuids;
    const notes = own
      ? []
      : selection.noteGuids.flatMap((guid) => noteText(project, guid, context.entries));
    const createdAt = timeOr(selection.createdAt, context.now);
    claims.push({
      id: claims.length + 1,
      note: [selection.description ?? '', ...notes].filter((text) => text !== '').join('\n\n'),
      credibility: codes.map((guid) => context.credibilityOf.get(guid)).find(Boolean) ?? 6,
      createdAt,
      updatedAt: timeOr(selection.modifiedAt, createdAt),
      tagIds: [...new Set(codes.flatMap((guid) => context.tagOf.get(guid) ?? []))].sort(
        (a, b) => a - b,
      ),
      occurrences: occurrences.map((occurrence) => ({ id: occurrenceId++, ...occurrence })),
      rejected: [],
    });
  }
  return claims;
}
