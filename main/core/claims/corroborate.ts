// How many independent lines of evidence stand behind a claim (docs: EVIDENCE.md). Two
// occurrences are one line when copying connects them: one of their passages lies in text the
// comparison aligned as verbatim or spun between their two sources (a whole or partial copy,
// syndication, or one copied paragraph between otherwise independent reports), whatever the
// document-level verdict. Occurrences in one source are one line. Each join is explained in
// words. The analyst's grade is theirs; this only suggests one, with the rule that gave it.

import type {
  AlignedPassage,
  Corroboration,
  Credibility,
  EvidenceJoin,
  IndependenceGroup,
  OccurrenceStance,
  Reliability,
  SourceRelation,
  Span,
} from '../../../preload/contract';
import {
  applyOverrides,
  attributionJoins,
  claimOriginators,
  type AttributionEvidence,
} from './attribution-joins';

export interface CorroborationSource {
  id: number;
  outlet: string;
  /** How explanations name the source, e.g. "#000". */
  label: string;
  reliability: Reliability;
}

/** What corroboration needs of an occurrence. */
export interface EvidenceOccurrence extends Span {
  id: number;
  sourceId: number;
  stance: OccurrenceStance;
  quote: string;
}

/** Text copied between two sources: a passage aligned as verbatim or spun. */
export interface CopiedPassage {
  a: number;
  b: number;
  aSpan: Span;
  bSpan: Span;
  /** Null when only the run is known (a derived copy's `copiedRuns`), not its passages' kinds. */
  kind: 'verbatim' | 'spun' | null;
}

/** Everything copying-related corroboration reads: relations for direction, copied text. */
export interface CopyEvidence {
  relations: readonly SourceRelation[];
  copied: readonly CopiedPassage[];
}

export const CREDIBILITY_NAMES: Record<Credibility, string> = {
  1: 'confirmed',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'cannot be judged',
};

/** The verbatim and spun passages of one aligned pair, as copy evidence. */
export function copiedPassagesOf(
  a: number,
  b: number,
  passages: readonly AlignedPassage[],
): CopiedPassage[] {
  const copied: CopiedPassage[] = [];
  for (const passage of passages) {
    if (passage.kind !== 'verbatim' && passage.kind !== 'spun') continue;
    copied.push({ a, b, aSpan: passage.a, bSpan: passage.b, kind: passage.kind });
  }
  return copied;
}

/** Copy evidence from relations alone: a derived copy's runs, without passage kinds. */
export function copyEvidenceFromRelations(relations: readonly SourceRelation[]): CopyEvidence {
  const copied: CopiedPassage[] = [];
  for (const relation of relations) {
    for (const run of relation.copiedRuns) {
      copied.push({ a: relation.a, b: relation.b, aSpan: run.a, bSpan: run.b, kind: null });
    }
  }
  return { relations, copied };
}

class UnionFind {
  private readonly parent = new Map<number, number>();

  find(x: number): number {
    let root = x;
    for (let next = this.parent.get(root); next !== undefined && next !== root;) {
      root = next;
      next = this.parent.get(root);
    }
    // Path compression, iteratively.
    for (let node = x; node !== root;) {
      const next = this.parent.get(node) ?? root;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  /** Joins the sets of a and b; false when they were one already. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent.set(Math.max(ra, rb), Math.min(ra, rb));
    return true;
  }
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const pairKey = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);

/** "held his first … Vladivostok": the first three words, an ellipsis and the last word. */
export function shortQuote(quote: string): string {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  const text =
    words.length <= 6 ? words.join(' ') : `${words.slice(0, 3).join(' ')} … ${words.at(-1)}`;
  return `“${text.replace(/^[“”"‘’']+|[“”"‘’',.;:]+$/g, '')}”`;
}

function kindWords(kind: CopiedPassage['kind']): string {
  return kind === null ? 'copied' : kind;
}

/**
 * Copy evidence and sources indexed once, for counting many claims in one request: per claim
 * the work is then proportional to its occurrences and the copied passages of their sources.
 */
export class PreparedEvidence {
  readonly byId: ReadonlyMap<number, CorroborationSource>;
  readonly directions: ReadonlyMap<string, SourceRelation['direction']>;
  private readonly copiedBySource = new Map<number, CopiedPassage[]>();
  private readonly order = new Map<CopiedPassage, number>();

  constructor(evidence: CopyEvidence, sources: readonly CorroborationSource[]) {
    this.byId = new Map(sources.map((source) => [source.id, source]));
    const directions = new Map<string, SourceRelation['direction']>();
    for (const relation of evidence.relations) {
      directions.set(pairKey(relation.a, relation.b), relation.direction);
    }
    this.directions = directions;
    for (const passage of evidence.copied) {
      this.order.set(passage, this.order.size);
      const list = this.copiedBySource.get(passage.a);
      if (list) list.push(passage);
      else this.copiedBySource.set(passage.a, [passage]);
      if (passage.b === passage.a) continue;
      const other = this.copiedBySource.get(passage.b);
      if (other) other.push(passage);
      else this.copiedBySource.set(passage.b, [passage]);
    }
  }

  /** The copied passages between two sources that both hold occurrences, each once, in order. */
  copiedAmong(bySource: ReadonlyMap<number, unknown>): CopiedPassage[] {
    const seen = new Set<CopiedPassage>();
    for (const sourceId of bySource.keys()) {
      for (const passage of this.copiedBySource.get(sourceId) ?? []) {
        if (bySource.has(passage.a) && bySource.has(passage.b)) seen.add(passage);
      }
    }
    return [...seen].sort((x, y) => (this.order.get(x) ?? 0) - (this.order.get(y) ?? 0));
  }
}

/**
 * Groups a claim's occurrences into independent lines of evidence and suggests a grade.
 *
 * - Occurrences in one source are one line.
 * - Occurrences in sources s and t are one line when one of them overlaps a passage aligned as
 *   verbatim or spun between s and t: that text was available to the other report, whichever
 *   copied it. This holds for whole and partial copies, syndicated identical copies, and a
 *   single copied paragraph in otherwise independent reports. Sources that merely share a quote
 *   or paraphrase the same facts are not joined.
 * - A line supports when one of its occurrences is the origin or supports; it contradicts when
 *   one contradicts. A line saying both counts on both sides: it is evidence the claim is
 *   contested.
 * - Sources of one outlet are listed in `sameOutlet` and still count apart: an outlet may run
 *   independent reporting.
 */
export function corroborate(
  occurrences: readonly EvidenceOccurrence[],
  evidence: CopyEvidence | PreparedEvidence,
  sources?: readonly CorroborationSource[],
  attribution: AttributionEvidence = { credits: [], overrides: [] },
): Corroboration {
  const prepared =
    evidence instanceof PreparedEvidence ? evidence : new PreparedEvidence(evidence, sources ?? []);
  const { byId, directions } = prepared;
  const label = (id: number) => byId.get(id)?.label ?? `#${id}`;
  const union = new UnionFind();
  const candidates: EvidenceJoin[] = [];
  const record = (join: EvidenceJoin) => {
    candidates.push(join);
  };

  const bySource = new Map<number, EvidenceOccurrence[]>();
  for (const occurrence of occurrences) {
    const list = bySource.get(occurrence.sourceId);
    if (list) list.push(occurrence);
    else bySource.set(occurrence.sourceId, [occurrence]);
  }
  for (const [sourceId, list] of bySource) {
    const first = list[0];
    if (!first) continue;
    for (let i = 1; i < list.length; i++) {
      const other = list[i];
      if (!other) continue;
      record({
        occurrenceIds: [first.id, other.id],
        sourceIds: [sourceId, sourceId],
        reason: 'same-source',
        passageKind: null,
        explanation: `both passages are in ${label(sourceId)}`,
      });
    }
  }

  for (const passage of prepared.copiedAmong(bySource)) {
    const inA = bySource.get(passage.a);
    const inB = bySource.get(passage.b);
    if (!inA || !inB || passage.a === passage.b) continue;
    const hitA = inA.find((occurrence) => overlaps(occurrence, passage.aSpan));
    const hitB = inB.find((occurrence) => overlaps(occurrence, passage.bSpan));
    const left = hitA ?? inA[0];
    const right = hitB ?? inB[0];
    if ((!hitA && !hitB) || !left || !right) continue;
    const direction = directions.get(pairKey(passage.a, passage.b)) ?? null;
    const quoted = shortQuote((hitA ?? hitB ?? left).quote);
    const kind = kindWords(passage.kind);
    const where = hitA && hitB ? 'here' : 'elsewhere in its text';
    const explanation = direction
      ? `${label(direction.copy)} copies ${label(direction.origin)} ${where}: ${quoted} is ${kind}`
      : `${label(passage.a)} and ${label(passage.b)} share ${quoted} (${kind}; which copied which is undetermined)`;
    record({
      occurrenceIds: [left.id, right.id],
      sourceIds: [passage.a, passage.b],
      reason: 'copy',
      passageKind: passage.kind,
      explanation,
    });
  }

  for (const join of attributionJoins(attribution.credits, occurrences, label)) record(join);
  const joins: EvidenceJoin[] = [];
  for (const join of applyOverrides(candidates, attribution.overrides, occurrences, label)) {
    if (union.union(join.occurrenceIds[0], join.occurrenceIds[1])) joins.push(join);
  }

  const components = new Map<number, EvidenceOccurrence[]>();
  for (const occurrence of occurrences) {
    const root = union.find(occurrence.id);
    const list = components.get(root);
    if (list) list.push(occurrence);
    else components.set(root, [occurrence]);
  }
  const joinsOf = new Map<number, EvidenceJoin[]>();
  for (const join of joins) {
    if (join.reason === 'same-source') continue;
    const root = union.find(join.occurrenceIds[0]);
    const list = joinsOf.get(root);
    if (list) list.push(join);
    else joinsOf.set(root, [join]);
  }
  const groups: IndependenceGroup[] = [];
  const roots = [...components.keys()].sort((a, b) => a - b);
  for (const stance of ['supports', 'contradicts'] as const) {
    for (const root of roots) {
      const members = components.get(root) ?? [];
      const says = members.some((occurrence) =>
        stance === 'contradicts'
          ? occurrence.stance === 'contradicts'
          : occurrence.stance !== 'contradicts',
      );
      if (!says) continue;
      const groupJoins = joinsOf.get(root) ?? [];
      groups.push({
        stance,
        sourceIds: [...new Set(members.map((occurrence) => occurrence.sourceId))].sort(
          (a, b) => a - b,
        ),
        occurrenceIds: members.map((occurrence) => occurrence.id).sort((a, b) => a - b),
        reason: groupJoins.map((join) => join.explanation).join('; '),
        joins: groupJoins,
      });
    }
  }
  // Lines in the order their first source appears, supporting before contradicting.
  groups.sort(
    (x, y) =>
      (x.stance === y.stance ? 0 : x.stance === 'supports' ? -1 : 1) ||
      (x.sourceIds[0] ?? 0) - (y.sourceIds[0] ?? 0),
  );

  const supporting = groups.filter((group) => group.stance === 'supports');
  const contradicting = groups.filter((group) => group.stance === 'contradicts');
  const grade = suggest(
    supporting.length,
    contradicting.length,
    supporting.length === 1
      ? (supporting[0]?.sourceIds.map((id) => byId.get(id)?.reliability ?? 'F') ?? [])
      : [],
  );
  return {
    independentSources: supporting.length,
    independentContradictions: contradicting.length,
    groups,
    sameOutlet: sameOutlet(occurrences, byId),
    ...grade,
    originators: claimOriginators(attribution.credits),
    overrides: attribution.overrides.map((override) => ({
      sourceIds: [override.sourceIds[0], override.sourceIds[1]],
      action: override.action,
    })),
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

/** The suggestion rule, first matching row wins (S supporting lines of evidence, C contradicting). */
export const SUGGESTION_RULE: readonly string[] = [
  'No occurrence: 6 (cannot be judged)',
  'C = 0 and S ≥ 3: 1 (confirmed)',
  'C = 0 and S = 2: 2 (probably true)',
  'C = 0, S = 1 and a source of that line graded A or B: 3 (possibly true)',
  'C = 0 and S = 1, no source of it graded A or B: 6 (cannot be judged)',
  'C > 0 and S > 2 × C: 3 (possibly true, contested)',
  'C > 0 and S > C: 4 (doubtful)',
  'C > 0 and S = C: 6 (cannot be judged: as much against as for)',
  'C > 0 and S < C: 5 (improbable)',
];

/** The suggestion (see SUGGESTION_RULE), with the reason in words. */
export function suggest(
  supporting: number,
  contradicting: number,
  /** Reliability of the sources of the only supporting line, when there is exactly one. */
  loneGroupReliability: readonly Reliability[],
): Pick<Corroboration, 'suggestedCredibility' | 'suggestionReason' | 'suggestionRule'> {
  const result = (grade: Credibility, applied: number, why: string) => ({
    suggestedCredibility: grade,
    suggestionReason: `${why}: ${CREDIBILITY_NAMES[grade]}`,
    suggestionRule: { rows: [...SUGGESTION_RULE], applied },
  });
  if (supporting === 0 && contradicting === 0) return result(6, 0, 'No source says this yet');
  const sources = plural(supporting, 'independent source');
  if (contradicting > 0) {
    const against = `${sources} against ${plural(contradicting, 'independent contradiction')}`;
    if (supporting > 2 * contradicting) return result(3, 5, against);
    if (supporting > contradicting) return result(4, 6, against);
    if (supporting === contradicting) return result(6, 7, against);
    return result(5, 8, against);
  }
  if (supporting >= 3) return result(1, 1, `${sources}, no contradiction`);
  if (supporting === 2) return result(2, 2, `${sources}, no contradiction`);
  const graded = loneGroupReliability.some((grade) => grade === 'A' || grade === 'B');
  const best = [...loneGroupReliability].sort()[0] ?? 'F';
  return graded
    ? result(3, 3, `1 independent source, reliability ${best}, no contradiction`)
    : result(6, 4, `1 independent source, reliability ${best} (not A or B), no contradiction`);
}
