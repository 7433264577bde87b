// What the human-facing exports (Markdown, CSV, report, W3C) show: the case snapshot plus what
// Corroborate derives from it (independent corroboration per claim, with the originators its
// occurrences credit and the analyst's joins and splits; the case's quotes and discrepancies),
// limited to the claims the analyst chose to export.
import type { Corroboration, Reliability, SourceRelation } from '../../../preload/contract';
import {
  copyEvidenceFromRelations,
  corroborate,
  PreparedEvidence,
  sourceLabel,
  sourceNumbers,
  type CopyEvidence,
  type OccurrenceCredit,
} from '../claims';
import type {
  CaseSnapshot,
  SnapshotClaim,
  SnapshotOccurrence,
  SnapshotSource,
  SnapshotTag,
} from './case-snapshot';
import { factsWithin, type ExportFacts } from './export-facts';

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
  /** The case's quotes, attributions and discrepancies; null when they were not computed. */
  facts: ExportFacts | null;
  source(id: number): SnapshotSource;
  /** "AP · 12 Sep 2023 · #002": the publisher, the date and the source's number. */
  label(sourceId: number): string;
  /** "#002": the source's number alone. */
  number(sourceId: number): string;
  tag(id: number): SnapshotTag | undefined;
  /** "Parent › Child". */
  tagPath(id: number): string;
  note(owner: { kind: 'case' } | { kind: 'source'; id: number }): string;
}

export interface ExportViewOptions {
  /** Only these claims; null for all. Unknown ids are ignored. */
  claimIds: readonly number[] | null;
  generatedAt: string;
  /** Quotes, attributions, discrepancies and whom claims' occurrences credit. */
  facts?: ExportFacts | null;
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
  const facts = options.facts ? factsWithin(options.facts, (id) => sources.has(id)) : null;
  const credits = new Map<number, OccurrenceCredit[]>();
  for (const entry of facts?.credits ?? []) credits.set(entry.claimId, entry.credits);
  const overrides = new Map<number, CaseSnapshot['joinOverrides']>();
  for (const override of snapshot.joinOverrides) {
    const list = overrides.get(override.claimId);
    if (list) list.push(override);
    else overrides.set(override.claimId, [override]);
  }
  const claims: ExportClaim[] = [];
  for (const claim of snapshot.claims) {
    if (wanted && !wanted.has(claim.id)) continue;
    const origin = claim.occurrences.find((occurrence) => occurrence.stance === 'origin');
    if (!origin) throw new Error(`Claim ${claim.id} has no origin occurrence.`);
    claims.push({
      ...claim,
      origin,
      corroboration: corroborate(claim.occurrences, prepared, undefined, {
        credits: credits.get(claim.id) ?? [],
        overrides: (overrides.get(claim.id) ?? []).map(({ sourceIds, action }) => ({
          sourceIds,
          action,
        })),
      }),
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
    facts,
    source(id) {
      const source = sources.get(id);
      if (!source) throw new Error(`Source ${id} is not in the case.`);
      return source;
    },
    label: (id) => labels.get(id) ?? `#${id}`,
    number: (id) => `#${numbers.get(id) ?? id}`,
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
