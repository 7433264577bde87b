// What the human-facing exports (Markdown, CSV, report, W3C) show: the case snapshot plus what
// Corroborate derives from it (independent corroboration per claim), limited to the claims the
// analyst chose to export.
import type { Corroboration, Reliability, SourceRelation } from '../../../preload/contract';
import {
  copyEvidenceFromRelations,
  corroborate,
  PreparedEvidence,
  sourceLabel,
  sourceNumbers,
  type CopyEvidence,
} from '../claims';
import type {
  CaseSnapshot,
  SnapshotClaim,
  SnapshotOccurrence,
  SnapshotSource,
  SnapshotTag,
} from './case-snapshot';

export interface ExportClaim extends SnapshotClaim {
  origin: SnapshotOccurrence;
  corroboration: Corroboration;
}

export interface ExportView {
  snapshot: CaseSnapshot;
  /** The claims exported, by id. */
  claims: ExportClaim[];
  /** Whether `claims` is every claim of the case or the claims panel's current filter. */
  filtered: boolean;
  generatedAt: string;
  source(id: number): SnapshotSource;
  /** "000", or a short quoted title. */
  label(sourceId: number): string;
  tag(id: number): SnapshotTag | undefined;
  /** "Parent › Child". */
  tagPath(id: number): string;
  note(owner: { kind: 'case' } | { kind: 'source'; id: number }): string;
}

export interface ExportViewOptions {
  /** Only these claims; null for all. Unknown ids are ignored. */
  claimIds: readonly number[] | null;
  generatedAt: string;
}

export function buildExportView(
  snapshot: CaseSnapshot,
  /** Copy evidence with passages (what the claim view uses), or relations alone. */
  evidence: CopyEvidence | readonly SourceRelation[],
  options: ExportViewOptions,
): ExportView {
  const copies = isRelationList(evidence) ? copyEvidenceFromRelations(evidence) : evidence;
  const sources = new Map(snapshot.sources.map((source) => [source.id, source]));
  const tags = new Map(snapshot.tags.map((tag) => [tag.id, tag]));
  const numbers = sourceNumbers(snapshot.sources);
  const labels = new Map(
    snapshot.sources.map((source) => [
      source.id,
      sourceLabel(source, numbers.get(source.id) ?? String(source.id)),
    ]),
  );
  const corroborationSources = snapshot.sources.map((source) => ({
    id: source.id,
    outlet: source.outlet,
    label: labels.get(source.id) ?? String(source.id),
    reliability: source.reliability satisfies Reliability,
  }));
  const prepared = new PreparedEvidence(copies, corroborationSources);
  const wanted = options.claimIds === null ? null : new Set(options.claimIds);
  const claims: ExportClaim[] = [];
  for (const claim of snapshot.claims) {
    if (wanted && !wanted.has(claim.id)) continue;
    const origin = claim.occurrences.find((occurrence) => occurrence.stance === 'origin');
    if (!origin) throw new Error(`Claim ${claim.id} has no origin occurrence.`);
    claims.push({
      ...claim,
      origin,
      corroboration: corroborate(claim.occurrences, prepared),
    });
  }
  const notes = new Map(
    snapshot.notes.map((note) => [
      note.owner.kind === 'case' ? 'case' : `source:${note.owner.id}`,
      note.text,
    ]),
  );
  const tagPath = (id: number): string => {
    const names: string[] = [];
    const seen = new Set<number>();
    for (let tag = tags.get(id); tag && !seen.has(tag.id); tag = tags.get(tag.parentId ?? -1)) {
      seen.add(tag.id);
      names.unshift(tag.name);
    }
    return names.join(' › ');
  };
  return {
    snapshot,
    claims,
    filtered: wanted !== null,
    generatedAt: options.generatedAt,
    source(id) {
      const source = sources.get(id);
      if (!source) throw new Error(`Source ${id} is not in the case.`);
      return source;
    },
    label: (id) => labels.get(id) ?? `#${id}`,
    tag: (id) => tags.get(id),
    tagPath,
    note: (owner) => notes.get(owner.kind === 'case' ? 'case' : `source:${owner.id}`) ?? '',
  };
}

/** Tags in tree order: siblings by position, each followed by its children. */
export function tagsInTreeOrder(tags: readonly SnapshotTag[]): SnapshotTag[] {
  const ids = new Set(tags.map((tag) => tag.id));
  const children = new Map<number | null, SnapshotTag[]>();
  for (const tag of tags) {
    const parent = tag.parentId !== null && ids.has(tag.parentId) ? tag.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), tag]);
  }
  const ordered: SnapshotTag[] = [];
  const seen = new Set<number>();
  const visit = (parent: number | null) => {
    const siblings = [...(children.get(parent) ?? [])].sort(
      (a, b) => a.position - b.position || a.id - b.id,
    );
    for (const tag of siblings) {
      if (seen.has(tag.id)) continue;
      seen.add(tag.id);
      ordered.push(tag);
      visit(tag.id);
    }
  };
  visit(null);
  // A parent cycle has no root: list what it left out by id rather than lose it.
  for (const tag of [...tags].sort((a, b) => a.id - b.id)) if (!seen.has(tag.id)) ordered.push(tag);
  return ordered;
}

function isRelationList(
  evidence: CopyEvidence | readonly SourceRelation[],
): evidence is readonly SourceRelation[] {
  return Array.isArray(evidence);
}
