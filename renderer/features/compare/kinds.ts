import type {
  CopyExtent,
  PassageKind,
  RelationVerdict,
  SourceRelation,
  SourceSummary,
} from '../../../preload/contract';

/** Strongest evidence of copying first: the order tints, legends and counts use. */
export const passageKinds = [
  'verbatim',
  'spun',
  'paraphrase',
  'shared-quote',
] as const satisfies readonly PassageKind[];

export const kindLabels: Record<PassageKind, string> = {
  verbatim: 'Verbatim',
  spun: 'Spun',
  paraphrase: 'Paraphrase',
  'shared-quote': 'Shared quote',
};

export const kindDescriptions: Record<PassageKind, string> = {
  verbatim: 'The same words in both sources',
  spun: 'The same sentence with words swapped (synonyms, numbers, small insertions)',
  paraphrase: 'The same content, reworded',
  'shared-quote': 'The same quoted words, whoever they are attributed to',
};

export const verdictLabels: Record<RelationVerdict, string> = {
  'derived-copy': 'Derived copy',
  'shares-passages': 'Shares passages',
  independent: 'Independent',
};

function strength(kind: PassageKind): number {
  return passageKinds.length - passageKinds.indexOf(kind);
}

/** The kind that says most about copying, e.g. verbatim over a shared quote; null for none. */
export function strongestKind(kinds: Iterable<PassageKind>): PassageKind | null {
  let best: PassageKind | null = null;
  for (const kind of kinds) if (best === null || strength(kind) > strength(best)) best = kind;
  return best;
}

/**
 * How tight spaces name a source (matrix headers, connectors, pair tabs, copy badges): its
 * number in the case, "#002", which the source list shows on every row. Unique in the case, so
 * two sources never share a name; where there is room, `source.label` adds who published it and
 * when ("AP · 12 Sep 2023 · #002").
 */
export function shortSourceLabel(source: Pick<SourceSummary, 'number'>): string {
  return `#${source.number}`;
}

/** "0.93": similarity and scores are shown as the 0..1 figures the comparison reports. */
export function formatScore(value: number): string {
  return (Math.round(value * 100) / 100).toFixed(2);
}

export function formatPercent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/**
 * A relation's name for its badge: a derived copy says whether it repeats the text word for word
 * ("Identical copy", syndication) or took a run of it ("Partial copy"); other verdicts as they are.
 */
export function verdictLabel(
  relation: Pick<SourceRelation, 'verdict' | 'extent' | 'identical'>,
): string {
  if (relation.verdict === 'derived-copy' && relation.identical) return 'Identical copy';
  if (relation.verdict === 'derived-copy' && relation.extent === 'partial') return 'Partial copy';
  return verdictLabels[relation.verdict];
}

/** "copy of #000", "partial copy of #000"; without an origin (direction unknown) "partial copy". */
export function copyName(extent: CopyExtent | null, origin?: string): string {
  const name = extent === 'partial' ? 'partial copy' : 'copy';
  return origin ? `${name} of ${origin}` : name;
}

/** An original a source was found to copy: its number, its label and how much was taken. */
export interface CopyOrigin {
  /** "#000". */
  label: string;
  /** The full label, "AP · 12 Sep 2023 · #000", for the badge's tooltip. */
  name: string;
  extent: CopyExtent | null;
}

/** For each source found to be a derived copy, its originals in the order the relations came. */
export function copyLabels(
  relations: readonly SourceRelation[],
  sources: ReadonlyMap<number, Pick<SourceSummary, 'number' | 'label'>>,
): Map<number, CopyOrigin[]> {
  const result = new Map<number, CopyOrigin[]>();
  for (const relation of relations) {
    if (relation.verdict !== 'derived-copy' || !relation.direction) continue;
    const origin = sources.get(relation.direction.origin);
    if (!origin) continue;
    const entry = {
      label: shortSourceLabel(origin),
      name: origin.label,
      extent: relation.extent,
    };
    const known = result.get(relation.direction.copy);
    if (known) known.push(entry);
    else result.set(relation.direction.copy, [entry]);
  }
  return result;
}

/**
 * The source list's badge: "copy of #000", "partial copy of #000", "copy of #000, #001",
 * "copy of #000; partial copy of #002" (whole copies first).
 */
export function copyBadgeText(origins: readonly CopyOrigin[]): string {
  const groups: [CopyExtent | null, string[]][] = [
    ['whole', origins.filter((origin) => origin.extent !== 'partial').map((o) => o.label)],
    ['partial', origins.filter((origin) => origin.extent === 'partial').map((o) => o.label)],
  ];
  return groups
    .filter(([, labels]) => labels.length > 0)
    .map(([extent, labels]) => copyName(extent, labels.join(', ')))
    .join('; ');
}

/** The badge's tooltip, naming each original by its full label and saying what "partial" means. */
export function copyBadgeTitle(origins: readonly CopyOrigin[]): string {
  return origins
    .map((origin) =>
      origin.extent === 'partial'
        ? `The comparison found that this source took a run of the text of ${origin.name} (a partial copy) and added other text`
        : `The comparison found this source to be a derived copy of ${origin.name}`,
    )
    .join('. ');
}
