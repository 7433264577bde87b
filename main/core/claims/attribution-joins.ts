// The attribution side of independence (docs: EVIDENCE.md). Two occurrences of a claim are one
// line of evidence when both credit the same originator for it ("according to South Korea’s
// Unification Ministry" in two reports), or when one report credits the other's outlet
// ("…, the AP reported"), in both cases only between occurrences on the same side (for or
// against the claim). Vague credits ("officials said", "reports") name nobody in
// particular and join nothing. The analyst's joins and splits, per claim and pair of sources,
// win over every automatic join except "both passages are in one source".

import type {
  AttributionKind,
  ClaimOriginator,
  EvidenceJoin,
  JoinOverride,
  OccurrenceStance,
} from '../../../preload/contract';

/** Whom one occurrence of a claim credits: an attribution of a sentence it overlaps. */
export interface OccurrenceCredit {
  occurrenceId: number;
  sourceId: number;
  /** As the text names it: "South Korea’s Unification Ministry". */
  originator: string;
  /** Identity to match by: the entity key when known, else a normalised name (creditKey). */
  key: string;
  /** The entity list's key, when the originator is a known entity. */
  entityKey: string | null;
  kind: AttributionKind;
  /** For a citation: the case's sources of the outlet credited. */
  citedSourceIds: readonly number[];
}

/** What corroboration reads of attributions and the analyst's overrides for one claim. */
export interface AttributionEvidence {
  credits: readonly OccurrenceCredit[];
  overrides: readonly JoinOverride[];
}

const GENERIC = new Set([
  'officials',
  'official',
  'analysts',
  'analyst',
  'experts',
  'expert',
  'sources',
  'source',
  'reports',
  'report',
  'media',
  'observers',
  'witnesses',
  'residents',
  'people',
  'critics',
  'diplomats',
  'authorities',
  'police',
  'government',
  'agencies',
  'statement',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'dispatches',
]);

/**
 * Whether a credit names nobody in particular ("officials", "U.S. officials", "multiple
 * dispatches", "Russian news agencies"): its last word is a generic noun, or it has no
 * capitalised word after its first.
 */
export function isVagueOriginator(originator: string): boolean {
  const words = originator
    .replace(/^(?:the|a|an)\s+/i, '')
    .split(/\s+/)
    .filter(Boolean);
  const last = (words.at(-1) ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  if (words.length === 0 || GENERIC.has(last)) return true;
  return !words.some((word) => /^\p{Lu}/u.test(word));
}

/** A name to match credits by when no entity knows it: case, "the", apostrophes and hyphens folded. */
export function creditKey(originator: string): string {
  return originator
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’']/g, "'")
    .replace(/[-‐–]/g, ' ')
    .replace(/[^\p{L}\p{N}' ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const pairKey = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);

/**
 * Originator and citation joins between occurrences of different sources. Each credited
 * originator joins the first occurrence crediting it to every other one (not every pair).
 */
export function attributionJoins(
  credits: readonly OccurrenceCredit[],
  occurrences: ReadonlyArray<{ id: number; sourceId: number; stance?: OccurrenceStance }>,
  label: (sourceId: number) => string,
): EvidenceJoin[] {
  // Only occurrences on the same side are joined: two reports crediting one originator with
  // opposite things (AP's lunch, 003's dinner, both from Peskov) disagree about what was said;
  // they are not one line saying both.
  const sideOf = new Map<number, Side>();
  for (const occurrence of occurrences) sideOf.set(occurrence.id, side(occurrence.stance));
  const creditSide = (credit: OccurrenceCredit) => sideOf.get(credit.occurrenceId) ?? 'for';
  const joins: EvidenceJoin[] = [];
  const byKey = new Map<string, OccurrenceCredit[]>();
  for (const credit of credits) {
    if (credit.kind === 'citation' || isVagueOriginator(credit.originator)) continue;
    const key = `${creditSide(credit)}\u0000${credit.key}`;
    const list = byKey.get(key);
    if (list) list.push(credit);
    else byKey.set(key, [credit]);
  }
  for (const list of byKey.values()) {
    const first = list[0];
    if (!first) continue;
    const joined = new Set<number>([first.sourceId]);
    for (const credit of list) {
      if (joined.has(credit.sourceId)) continue;
      joined.add(credit.sourceId);
      joins.push({
        occurrenceIds: [first.occurrenceId, credit.occurrenceId],
        sourceIds: [first.sourceId, credit.sourceId],
        reason: 'originator',
        passageKind: null,
        explanation: `${label(first.sourceId)} and ${label(credit.sourceId)} both credit ${first.originator}`,
      });
    }
  }
  // The first occurrence on each side of each source.
  const firstIn = new Map<string, number>();
  for (const occurrence of occurrences) {
    const key = `${side(occurrence.stance)}:${occurrence.sourceId}`;
    if (!firstIn.has(key)) firstIn.set(key, occurrence.id);
  }
  const cited = new Set<string>();
  for (const credit of credits) {
    for (const target of credit.citedSourceIds) {
      const other = firstIn.get(`${creditSide(credit)}:${target}`);
      if (other === undefined || target === credit.sourceId) continue;
      const key = `${creditSide(credit)}:${pairKey(credit.sourceId, target)}`;
      if (cited.has(key)) continue;
      cited.add(key);
      joins.push({
        occurrenceIds: [credit.occurrenceId, other],
        sourceIds: [credit.sourceId, target],
        reason: 'citation',
        passageKind: null,
        explanation: `${label(credit.sourceId)} credits ${label(target)} (${credit.originator}) for it`,
      });
    }
  }
  return joins;
}

type Side = 'for' | 'against';

/** Origin and supporting occurrences are for the claim; contradicting ones against it. */
function side(stance: OccurrenceStance | undefined): Side {
  return stance === 'contradicts' ? 'against' : 'for';
}

/** Joins minus those the analyst split, plus the analyst's own joins between present sources. */
export function applyOverrides(
  joins: readonly EvidenceJoin[],
  overrides: readonly JoinOverride[],
  occurrences: ReadonlyArray<{ id: number; sourceId: number }>,
  label: (sourceId: number) => string,
): EvidenceJoin[] {
  const split = new Set(
    overrides
      .filter((override) => override.action === 'split')
      .map((override) => pairKey(override.sourceIds[0], override.sourceIds[1])),
  );
  const kept = joins.filter(
    (join) =>
      join.reason === 'same-source' || !split.has(pairKey(join.sourceIds[0], join.sourceIds[1])),
  );
  const firstIn = new Map<number, number>();
  for (const occurrence of occurrences) {
    if (!firstIn.has(occurrence.sourceId)) firstIn.set(occurrence.sourceId, occurrence.id);
  }
  for (const override of overrides) {
    if (override.action !== 'join') continue;
    const [a, b] = override.sourceIds;
    const left = firstIn.get(a);
    const right = firstIn.get(b);
    if (left === undefined || right === undefined) continue;
    kept.push({
      occurrenceIds: [left, right],
      sourceIds: [a, b],
      reason: 'analyst',
      passageKind: null,
      explanation: `you joined ${label(a)} and ${label(b)}`,
    });
  }
  return kept;
}

/** The claim's originator note: each originator credited, with its sources and occurrences. */
export function claimOriginators(credits: readonly OccurrenceCredit[]): ClaimOriginator[] {
  const byKey = new Map<string, ClaimOriginator>();
  for (const credit of credits) {
    const entry = byKey.get(credit.key) ?? {
      originator: credit.originator,
      entityKey: credit.entityKey,
      sourceIds: [],
      occurrenceIds: [],
      kinds: [],
    };
    if (!entry.sourceIds.includes(credit.sourceId)) entry.sourceIds.push(credit.sourceId);
    if (!entry.occurrenceIds.includes(credit.occurrenceId)) {
      entry.occurrenceIds.push(credit.occurrenceId);
    }
    if (!entry.kinds.includes(credit.kind)) entry.kinds.push(credit.kind);
    byKey.set(credit.key, entry);
  }
  return [...byKey.values()]
    .map((entry) => ({
      ...entry,
      sourceIds: entry.sourceIds.sort((a, b) => a - b),
      occurrenceIds: entry.occurrenceIds.sort((a, b) => a - b),
    }))
    .sort(
      (x, y) => y.sourceIds.length - x.sourceIds.length || x.originator.localeCompare(y.originator),
    );
}
