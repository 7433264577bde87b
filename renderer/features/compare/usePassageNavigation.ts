import type { Span } from '../../../preload/contract';
import type { PassageSelection, UiAction } from '../../app/store';
import type { AlignmentLayout } from './alignmentLayout';
import { adjacentStop, stopFromViewport, stopPosition } from './navigation';
import type { Direction, PassageStop, StopPosition } from './navigation';
import type { CompareModel } from './useCompareModel';

export interface PassageNavigation {
  /** Stops in the active column, which of them is selected (-1: none) and its paragraph part. */
  position: StopPosition;
  step(direction: Direction): void;
  /** Selects the stop at `offset` in `column`; a click on the selected stop clears it. */
  selectAt(column: number, offset: number): void;
  /** Selects the stop holding passage `key`, in the pair's left column. */
  selectPassage(column: number, key: string): void;
}

interface NavigationInput {
  model: CompareModel;
  layout: AlignmentLayout;
  activeColumn: number;
  passage: PassageSelection | null;
  dispatch(action: UiAction): void;
}

function toSelection(sourceId: number, stop: Span): PassageSelection {
  return { sourceId, start: stop.start, end: stop.end };
}

/** The selected stop of a column: the selection itself there, else a stop it marks. */
function currentStop(
  stops: readonly PassageStop[],
  sourceId: number | undefined,
  passage: PassageSelection | null,
  marked: ReadonlySet<string> | undefined,
): number {
  if (passage && passage.sourceId === sourceId) {
    return stops.findIndex((stop) => stop.start < passage.end && passage.start < stop.end);
  }
  if (!marked) return -1;
  return stops.findIndex((stop) => stop.keys.some((key) => marked.has(key)));
}

export function usePassageNavigation({
  model,
  layout,
  activeColumn,
  passage,
  dispatch,
}: NavigationInput): PassageNavigation {
  const stops = model.stops[activeColumn] ?? [];
  const sourceId = model.sourceIds[activeColumn];
  const index = currentStop(stops, sourceId, passage, model.marks?.keys);

  const step = (direction: Direction) => {
    if (sourceId === undefined || stops.length === 0) return;
    const current = stops[index];
    let target: PassageStop | null;
    if (current) {
      target = adjacentStop(stops, current, direction);
    } else {
      const viewport = layout.columns[activeColumn]?.viewport;
      const top = viewport?.scrollTop ?? 0;
      target = stopFromViewport(
        stops,
        (stop) => layout.extentOf(activeColumn, stop.keys),
        { top, bottom: top + (viewport?.height ?? 0) },
        direction,
      );
    }
    if (!target) {
      dispatch({
        type: 'showNotice',
        text:
          direction === 'next'
            ? 'That was the last aligned passage in this column.'
            : 'That was the first aligned passage in this column.',
      });
      return;
    }
    dispatch({ type: 'selectPassage', selection: toSelection(sourceId, target) });
  };

  const selectAt = (column: number, offset: number) => {
    const id = model.sourceIds[column];
    const stop = (model.stops[column] ?? []).find(
      (candidate) => offset >= candidate.start && offset < candidate.end,
    );
    if (id === undefined || !stop) return;
    const same =
      passage?.sourceId === id && passage.start === stop.start && passage.end === stop.end;
    dispatch({ type: 'selectPassage', selection: same ? null : toSelection(id, stop) });
  };

  const selectPassage = (column: number, key: string) => {
    const id = model.sourceIds[column];
    const stop = (model.stops[column] ?? []).find((candidate) => candidate.keys.includes(key));
    if (id !== undefined && stop)
      dispatch({ type: 'selectPassage', selection: toSelection(id, stop) });
  };

  const position = stopPosition(stops, index);
  return { position, step, selectAt, selectPassage };
}
