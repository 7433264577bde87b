import type { CaseEdit, HistoryState, Unsubscribe } from '../../../preload/contract';
import { api } from '../../api';

// One stream of "the case was edited" for the renderer: main's case:did-edit events plus the
// renderer's own edits (so views refresh even if a host does not echo them). A local edit does
// not know the new history state, so it carries null and history is fetched instead.

export type EditKind = CaseEdit['changed'][number];

export interface EditNotice {
  changed: readonly EditKind[];
  history: HistoryState | null;
}

type Listener = (edit: EditNotice) => void;

const listeners = new Set<Listener>();
let unsubscribeFromMain: Unsubscribe | null = null;

function emit(edit: EditNotice): void {
  [...listeners].forEach((listener) => listener(edit));
}

export function onCaseEdited(listener: Listener): Unsubscribe {
  listeners.add(listener);
  unsubscribeFromMain ??= api.onDidEditCase((event) => emit(event));
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && unsubscribeFromMain) {
      unsubscribeFromMain();
      unsubscribeFromMain = null;
    }
  };
}

export function notifyCaseEdited(
  changed: readonly EditKind[],
  history: HistoryState | null = null,
) {
  emit({ changed, history });
}

export function touches(edit: EditNotice, kinds: readonly EditKind[]): boolean {
  return edit.changed.length === 0 || edit.changed.some((kind) => kinds.includes(kind));
}
