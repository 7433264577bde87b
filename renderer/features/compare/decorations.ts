import type { Span } from '../../../preload/contract';
import { columnPassages } from './alignment';
import type { PairList } from './alignment';
import { emptyDecoration } from './articlePlan';
import type { ColumnDecoration } from './articlePlan';
import { titledDiffMarks } from './diffTitles';
import type { TitledMark } from './diffTitles';
import type { SelectionMarks } from './navigation';

export interface DecorationInput {
  sourceIds: readonly number[];
  pairs: PairList;
  selection: SelectionMarks | null;
  /** Per column, from sharedVerbatimSpans; empty lists while "Differences only" is off. */
  hidden: readonly (readonly Span[])[];
  texts: ReadonlyMap<number, string>;
  labels: ReadonlyMap<number, string>;
}

/** What each open column draws over its text. */
export function columnDecorations(input: DecorationInput): ColumnDecoration[] {
  const { sourceIds, pairs, selection, hidden, texts, labels } = input;
  const selected = selection?.keys ?? emptyDecoration.selected;
  const label = (id: number) => labels.get(id) ?? `source ${id}`;
  return sourceIds.map((_, column) => {
    const passages = columnPassages(column, pairs);
    const diffs: TitledMark[] = [];
    for (const passage of passages) {
      if (!selected.has(passage.key)) continue;
      const pair = pairs[passage.pair];
      if (!pair) continue;
      const titled = titledDiffMarks(
        passage.passage,
        { a: texts.get(pair.a), b: texts.get(pair.b) },
        { a: label(pair.a), b: label(pair.b) },
      );
      diffs.push(...titled[passage.side]);
    }
    return { passages, selected, diffs, hidden: hidden[column] ?? [] };
  });
}
