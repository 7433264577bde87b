import type {
  ClaimSummary,
  EntityKind,
  EntitySummary,
  FactsStatus,
  QuoteGroup,
  SourceClaimMark,
  Span,
} from '../../../preload/contract';

// The Facts views' filters, and what "mentions this entity" means for sources and claims, as
// pure functions over the contract's data.

/** Lower case, without accents, so "seoul" finds "Séoul". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function words(text: string): string[] {
  return fold(text).split(/\s+/).filter(Boolean);
}

export interface QuoteFilter {
  onlyConflicts: boolean;
  text: string;
}

/** Quote groups whose words or speakers contain every word typed; conflicts only if asked. */
export function filterQuotes(groups: readonly QuoteGroup[], filter: QuoteFilter): QuoteGroup[] {
  const wanted = words(filter.text);
  return groups.filter((group) => {
    if (filter.onlyConflicts && group.speakerConflict === null) return false;
    if (wanted.length === 0) return true;
    const haystack = fold([group.text, ...group.speakers].join('\n'));
    return wanted.every((word) => haystack.includes(word));
  });
}

export interface EntityFilter {
  kind: EntityKind | null;
  text: string;
}

/** Entities of the kind whose name or a variant contains every word typed. */
export function filterEntities(
  entities: readonly EntitySummary[],
  filter: EntityFilter,
): EntitySummary[] {
  const wanted = words(filter.text);
  return entities.filter((entity) => {
    if (filter.kind !== null && entity.kind !== filter.kind) return false;
    if (wanted.length === 0) return true;
    const haystack = fold([entity.name, ...entity.variants].join('\n'));
    return wanted.every((word) => haystack.includes(word));
  });
}

export type Mention = Span & { sourceId: number };

/** The sources with at least one mention. */
export function mentionedSourceIds(mentions: readonly Mention[]): Set<number> {
  return new Set(mentions.map((mention) => mention.sourceId));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether `text` names one of the variants as whole words ("Kim" in "Kim said", not in
 * "Kimchi"), ignoring case and accents.
 */
export function namesVariant(text: string, variants: readonly string[]): boolean {
  const haystack = fold(text);
  return variants.some((variant) => {
    const needle = fold(variant).trim();
    if (!needle) return false;
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'u').test(
      haystack,
    );
  });
}

/**
 * Claims that mention the entity: an occurrence (from `marks`, the claims in each mentioned
 * source) overlapping or containing a mention, or a quote naming one of its variants.
 */
export function claimsMentioning(
  claims: readonly ClaimSummary[],
  marks: ReadonlyMap<number, readonly SourceClaimMark[]>,
  mentions: readonly Mention[],
  variants: readonly string[],
): Set<number> {
  const result = new Set<number>();
  const bySource = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const list = bySource.get(mention.sourceId) ?? [];
    list.push(mention);
    bySource.set(mention.sourceId, list);
  }
  for (const [sourceId, list] of marks) {
    const inSource = bySource.get(sourceId) ?? [];
    for (const mark of list) {
      if (inSource.some((mention) => mark.start < mention.end && mention.start < mark.end)) {
        result.add(mark.claimId);
      }
    }
  }
  for (const claim of claims) {
    if (!result.has(claim.id) && namesVariant(claim.quote, variants)) result.add(claim.id);
  }
  return result;
}

/** "Reading sources 120 / 2,092" while facts are computed. */
export function progressText(status: FactsStatus): string {
  const format = (value: number) => value.toLocaleString('en-US');
  return `Reading sources ${format(status.done)} / ${format(status.total)}`;
}
