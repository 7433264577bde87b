import type { RelationVerdict, SourceRelation } from '../../../preload/contract';
import { formatScore, verdictLabel, verdictLabels } from '../compare/kinds';
import { directionText } from '../compare/relationText';

// The similarity matrix as data: one row per source, one cell per other source. Pairs main did
// not report are independent with similarity 0. Colours come from one sequential scale, light
// to dark in the light theme and dark to light in the dark theme, so "more alike" always means
// "more ink" whatever the colour vision.

export interface MatrixSource {
  id: number;
  /** "#002": headers and cell descriptions. */
  label: string;
  /** The full label and the title, for the headers' tooltips. */
  title: string;
}

export type CellGlyph = 'origin-above' | 'origin-left' | 'copy' | 'shared' | 'independent';

export interface MatrixCell {
  a: number;
  b: number;
  similarity: number;
  verdict: RelationVerdict;
  /** A derived copy of a run of the text, not all of it. */
  partial: boolean;
  relation: SourceRelation | null;
  glyph: CellGlyph;
  ariaLabel: string;
  /** The pair in the order it opens: the original on the left when the direction is known. */
  open: { a: number; b: number };
}

export interface MatrixRow {
  source: MatrixSource;
  /** One per source in order; null on the diagonal. */
  cells: (MatrixCell | null)[];
}

export function relationKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

export function indexRelations(relations: readonly SourceRelation[]): Map<string, SourceRelation> {
  return new Map(relations.map((relation) => [relationKey(relation.a, relation.b), relation]));
}

function glyphFor(relation: SourceRelation | null, row: number): CellGlyph {
  if (!relation || relation.verdict === 'independent') return 'independent';
  if (relation.verdict === 'shares-passages') return 'shared';
  if (!relation.direction) return 'copy';
  return relation.direction.origin === row ? 'origin-left' : 'origin-above';
}

export const glyphText: Record<CellGlyph, string> = {
  'origin-above': '↑',
  'origin-left': '←',
  copy: '⇄',
  shared: '◐',
  independent: '',
};

export function buildMatrix(
  sources: readonly MatrixSource[],
  relations: readonly SourceRelation[],
): MatrixRow[] {
  const byPair = indexRelations(relations);
  const labels = new Map(sources.map((source) => [source.id, source.label]));
  const label = (id: number) => labels.get(id) ?? `#${id}`;
  return sources.map((row) => ({
    source: row,
    cells: sources.map((column): MatrixCell | null => {
      if (column.id === row.id) return null;
      const relation = byPair.get(relationKey(row.id, column.id)) ?? null;
      const verdict = relation?.verdict ?? 'independent';
      const similarity = relation?.similarity ?? 0;
      const direction = relation?.direction ?? null;
      const partial = verdict === 'derived-copy' && relation?.extent === 'partial';
      const name = relation ? verdictLabel(relation) : verdictLabels.independent;
      let ariaLabel =
        `${label(row.id)} and ${label(column.id)}: ${name.toLowerCase()}, ` +
        `similarity ${formatScore(similarity)}`;
      if (direction && relation) ariaLabel += `; ${directionText(relation, label)}`;
      return {
        a: row.id,
        b: column.id,
        similarity,
        verdict,
        partial,
        relation,
        glyph: glyphFor(relation, row.id),
        ariaLabel,
        open: direction ? { a: direction.origin, b: direction.copy } : { a: row.id, b: column.id },
      };
    }),
  }));
}

export type MatrixTheme = 'light' | 'dark';

interface Oklch {
  l: number;
  c: number;
  h: number;
}

/** Ends of the scale: an almost neutral surface to a deep, calm blue (or its dark-theme mirror). */
const scale: Record<MatrixTheme, { low: Oklch; high: Oklch }> = {
  light: { low: { l: 0.975, c: 0.008, h: 250 }, high: { l: 0.42, c: 0.13, h: 258 } },
  dark: { low: { l: 0.27, c: 0.01, h: 250 }, high: { l: 0.78, c: 0.12, h: 240 } },
};

function clamp01(value: number): number {
  return Number.isNaN(value) ? 0 : Math.min(Math.max(value, 0), 1);
}

/** The scale's colour for a similarity, as CSS oklch(); the lightness moves linearly. */
export function similarityColor(similarity: number, theme: MatrixTheme): string {
  const { low, high } = scale[theme];
  const t = clamp01(similarity);
  const mix = (from: number, to: number) => from + (to - from) * t;
  const l = mix(low.l, high.l).toFixed(3);
  const c = mix(low.c, high.c).toFixed(3);
  const h = mix(low.h, high.h).toFixed(1);
  return `oklch(${l} ${c} ${h})`;
}

/** Text that stays readable on `similarityColor`: light on the darker half of the scale. */
export function similarityInk(similarity: number, theme: MatrixTheme): 'light' | 'dark' {
  const t = clamp01(similarity);
  return theme === 'light' ? (t > 0.45 ? 'light' : 'dark') : t > 0.6 ? 'dark' : 'light';
}

/** "Comparing sources… 6 of 10" while main works through new or changed pairs. */
export function progressText(progress: { done: number; total: number } | null): string {
  if (!progress || progress.total <= 0) return 'Comparing sources…';
  return `Comparing sources… ${Math.min(progress.done, progress.total)} of ${progress.total}`;
}
