import { useMemo } from 'react';
import type { SourceDetail, SourceSummary, Span } from '../../../preload/contract';
import type { Column, CompareOptions, PassageSelection } from '../../app/store';
import type { QueryState } from '../../lib/useQuery';
import { useSourceDetails } from '../sources/useSources';
import { columnPassages } from './alignment';
import type { PairAlignment, PairList } from './alignment';
import type { ColumnDecoration } from './articlePlan';
import { columnDecorations } from './decorations';
import { sharedVerbatimSpans } from './differencesOnly';
import { shortSourceLabel } from './kinds';
import { passageStops, selectionMarks } from './navigation';
import { partText, splitAtParagraphs } from './passageParts';
import type { PartText } from './passageParts';
import type { PassageStop, SelectionMarks } from './navigation';
import { usePairComparisons } from './useRelations';
import type { PairState } from './useRelations';

export interface CompareModel {
  sourceIds: readonly number[];
  /** Alignment is on and at least two columns are open. */
  aligned: boolean;
  details: ReadonlyMap<number, QueryState<SourceDetail>>;
  reloadDetail(sourceId: number): void;
  pairStates: readonly PairState[];
  pairs: PairList;
  reloadPairs(): void;
  marks: SelectionMarks | null;
  decorations: readonly ColumnDecoration[];
  /** Each source's number, "#002", for tight spaces. */
  labels: ReadonlyMap<number, string>;
  /** Each source's full label, "AP · 12 Sep 2023 · #002", where there is room. */
  names: ReadonlyMap<number, string>;
  /** F7's stops in each column. */
  stops: readonly PassageStop[][];
}

const noSpans: readonly Span[] = [];

interface CompareInput {
  columns: readonly Column[];
  options: CompareOptions;
  passage: PassageSelection | null;
  summaries: readonly SourceSummary[];
}

/** Everything the reader needs to show its columns compared, derived from data and UI state. */
export function useCompareModel({
  columns,
  options,
  passage,
  summaries,
}: CompareInput): CompareModel {
  const signature = columns.map((column) => column.sourceId).join(',');
  const sourceIds = useMemo(() => (signature ? signature.split(',').map(Number) : []), [signature]);
  const aligned = options.alignment && sourceIds.length >= 2;
  const details = useSourceDetails(sourceIds);
  const comparisons = usePairComparisons(sourceIds, aligned);
  const { differencesOnly } = options;

  const labels = useMemo(
    () => new Map(summaries.map((source) => [source.id, shortSourceLabel(source)])),
    [summaries],
  );
  const names = useMemo(
    () => new Map(summaries.map((source) => [source.id, source.label])),
    [summaries],
  );

  const { texts, partTexts } = useMemo(() => {
    const result = { texts: new Map<number, string>(), partTexts: new Map<number, PartText>() };
    for (const [id, state] of details.states) {
      if (state.status !== 'ready') continue;
      result.texts.set(id, state.data.text);
      result.partTexts.set(id, partText(state.data.text, state.data.paragraphs));
    }
    return result;
  }, [details.states]);

  const comparedPairs = useMemo(
    () => comparisons.pairs.map((pair) => (pair.state.status === 'ready' ? pair.state.data : null)),
    [comparisons.pairs],
  );

  const pairs = useMemo(
    (): PairList =>
      comparisons.pairs.map((pair, index): PairAlignment | undefined => {
        const comparison = comparedPairs[index];
        if (!comparison) return undefined;
        const split = splitAtParagraphs(
          comparison.passages,
          partTexts.get(pair.a),
          partTexts.get(pair.b),
        );
        return {
          index,
          key: pair.key,
          a: pair.a,
          b: pair.b,
          comparison: { ...comparison, passages: split.passages },
          parts: split.parts,
        };
      }),
    [comparisons.pairs, comparedPairs, partTexts],
  );

  // Kept apart from the selection so a fold the analyst opened survives selecting a passage.
  // Counted over whole passages: a copied run hidden across paragraphs is one stretch.
  const hidden = useMemo(() => {
    if (!differencesOnly || !aligned) return sourceIds.map(() => noSpans);
    const whole: PairList = comparisons.pairs.map((pair, index) => {
      const comparison = comparedPairs[index];
      return comparison ? { index, key: pair.key, a: pair.a, b: pair.b, comparison } : undefined;
    });
    return sharedVerbatimSpans(sourceIds.length, whole);
  }, [differencesOnly, aligned, sourceIds, comparisons.pairs, comparedPairs]);

  const derived = useMemo(() => {
    const marks = aligned && passage ? selectionMarks(passage, sourceIds, pairs) : null;
    const decorations = aligned
      ? columnDecorations({ sourceIds, pairs, selection: marks, hidden, texts, labels })
      : [];
    const stops = sourceIds.map((_, column) =>
      aligned ? passageStops(columnPassages(column, pairs)) : [],
    );
    return { marks, decorations, stops };
  }, [aligned, passage, sourceIds, pairs, hidden, texts, labels]);

  return {
    sourceIds,
    aligned,
    details: details.states,
    reloadDetail: details.reload,
    pairStates: comparisons.pairs,
    pairs,
    reloadPairs: comparisons.reload,
    labels,
    names,
    ...derived,
  };
}
