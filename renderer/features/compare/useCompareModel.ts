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
  labels: ReadonlyMap<number, string>;
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

  const pairs = useMemo(
    (): PairList =>
      comparisons.pairs.map((pair, index): PairAlignment | undefined =>
        pair.state.status === 'ready'
          ? { index, key: pair.key, a: pair.a, b: pair.b, comparison: pair.state.data }
          : undefined,
      ),
    [comparisons.pairs],
  );

  const texts = useMemo(() => {
    const result = new Map<number, string>();
    for (const [id, state] of details.states) {
      if (state.status === 'ready') result.set(id, state.data.text);
    }
    return result;
  }, [details.states]);

  // Kept apart from the selection so a fold the analyst opened survives selecting a passage.
  const hidden = useMemo(
    () =>
      differencesOnly && aligned
        ? sharedVerbatimSpans(sourceIds.length, pairs)
        : sourceIds.map(() => noSpans),
    [differencesOnly, aligned, sourceIds, pairs],
  );

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
    ...derived,
  };
}
