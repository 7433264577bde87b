// How many independent sources say a claim, and what credibility that suggests. A derived copy
// repeats its origin, so sources joined by derived-copy relations count once. The analyst's
// grade is theirs; this only suggests one, with the reason in words.

import type {
  Corroboration,
  Credibility,
  IndependenceGroup,
  OccurrenceStance,
  Reliability,
  SourceRelation,
} from '../../../preload/contract';

export interface CorroborationSource {
  id: number;
  outlet: string;
  /** How explanations name the source, e.g. "000". */
  label: string;
  reliability: Reliability;
}

export const CREDIBILITY_NAMES: Record<Credibility, string> = {
  1: 'confirmed',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'cannot be judged',
};

class UnionFind {
  private readonly parent = new Map<number, number>();

  find(x: number): number {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root)
      root = this.parent.get(root) ?? root;
    this.parent.set(x, root);
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
}

/**
 * Groups the sources of a claim's occurrences into independent groups and suggests a grade.
 *
 * - Sources connected by a derived-copy relation (either direction, or undetermined), directly
 *   or through a chain (also through sources without an occurrence), form one group.
 * - A group supports if any of its sources has an origin or supporting occurrence, and
 *   contradicts if any has a contradicting one. A group (or single source) that says both
 *   counts on both sides: it is itself evidence the claim is contested.
 * - Sources of one outlet are listed in `sameOutlet` but still count separately: an outlet may
 *   run independent reporting, and the analyst can see them side by side.
 * - Suggestion, with no contradicting group: 3 or more supporting groups → 1 (confirmed), 2 → 2
 *   (probably true), 1 → 3 (possibly true) if one of its sources is graded A or B, else 6
 *   (cannot be judged). With contradicting groups: more supporting than contradicting → 4
 *   (doubtful), otherwise → 5 (improbable). No occurrence at all → 6.
 */
export function corroborate(
  occurrences: ReadonlyArray<{ sourceId: number; stance: OccurrenceStance }>,
  relations: readonly SourceRelation[],
  sources: readonly CorroborationSource[],
): Corroboration {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const label = (id: number) => byId.get(id)?.label ?? String(id);
  const copies = relations.filter((relation) => relation.verdict === 'derived-copy');
  const union = new UnionFind();
  for (const relation of copies) union.union(relation.a, relation.b);

  const members = new Map<number, Set<number>>();
  const stances = new Map<number, Set<'supports' | 'contradicts'>>();
  for (const { sourceId, stance } of occurrences) {
    const root = union.find(sourceId);
    members.set(root, (members.get(root) ?? new Set()).add(sourceId));
    stances.set(
      root,
      (stances.get(root) ?? new Set()).add(stance === 'contradicts' ? 'contradicts' : 'supports'),
    );
  }

  const groups: IndependenceGroup[] = [];
  for (const stance of ['supports', 'contradicts'] as const) {
    const roots = [...members.keys()]
      .filter((root) => stances.get(root)?.has(stance))
      .sort((a, b) => a - b);
    for (const root of roots) {
      const sourceIds = [...(members.get(root) ?? [])].sort((a, b) => a - b);
      const reasons =
        sourceIds.length < 2
          ? []
          : copies
              .filter((relation) => union.find(relation.a) === root)
              .map((relation) =>
                relation.direction
                  ? `${label(relation.direction.copy)} is a derived copy of ${label(relation.direction.origin)}`
                  : `${label(relation.a)} and ${label(relation.b)} are derived copies of one another (which copied which is undetermined)`,
              );
      groups.push({ stance, sourceIds, reason: reasons.join('; ') });
    }
  }

  const supporting = groups.filter((group) => group.stance === 'supports');
  const independentSources = supporting.length;
  const independentContradictions = groups.length - supporting.length;
  const { suggestedCredibility, suggestionReason } = suggest(
    independentSources,
    independentContradictions,
    supporting[0]?.sourceIds.map((id) => byId.get(id)?.reliability ?? 'F') ?? [],
  );
  return {
    independentSources,
    independentContradictions,
    groups,
    sameOutlet: sameOutlet(occurrences, byId),
    suggestedCredibility,
    suggestionReason,
  };
}

function sameOutlet(
  occurrences: ReadonlyArray<{ sourceId: number }>,
  byId: ReadonlyMap<number, CorroborationSource>,
): Corroboration['sameOutlet'] {
  const byOutlet = new Map<string, { outlet: string; ids: Set<number> }>();
  for (const { sourceId } of occurrences) {
    const outlet = byId.get(sourceId)?.outlet.trim() ?? '';
    if (outlet === '') continue;
    const key = outlet.toLocaleLowerCase();
    const entry = byOutlet.get(key) ?? { outlet, ids: new Set<number>() };
    entry.ids.add(sourceId);
    byOutlet.set(key, entry);
  }
  return [...byOutlet.values()]
    .filter((entry) => entry.ids.size >= 2)
    .map((entry) => ({ outlet: entry.outlet, sourceIds: [...entry.ids].sort((a, b) => a - b) }))
    .sort((a, b) => a.outlet.localeCompare(b.outlet));
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The suggestion rule (see `corroborate`), with the reason in words. */
export function suggest(
  supporting: number,
  contradicting: number,
  /** Reliability of the sources of the only supporting group, when there is exactly one. */
  loneGroupReliability: readonly Reliability[],
): { suggestedCredibility: Credibility; suggestionReason: string } {
  const result = (grade: Credibility, why: string) => ({
    suggestedCredibility: grade,
    suggestionReason: `${why}: ${CREDIBILITY_NAMES[grade]}`,
  });
  if (supporting === 0 && contradicting === 0) return result(6, 'No source says this yet');
  const sources = plural(supporting, 'independent source');
  if (contradicting > 0) {
    const against = `${sources} against ${plural(contradicting, 'contradicting source')}`;
    return supporting > contradicting ? result(4, against) : result(5, against);
  }
  if (supporting >= 3) return result(1, `${sources}, no contradiction`);
  if (supporting === 2) return result(2, `${sources}, no contradiction`);
  const graded = loneGroupReliability.some((grade) => grade === 'A' || grade === 'B');
  const best = [...loneGroupReliability].sort()[0] ?? 'F';
  return graded
    ? result(3, `1 independent source, reliability ${best}, no contradiction`)
    : result(6, `1 independent source, reliability ${best} (not A or B), no contradiction`);
}
