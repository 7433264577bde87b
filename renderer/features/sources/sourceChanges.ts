import type { Unsubscribe } from '../../../preload/contract';
import { api } from '../../api';

// One stream of "these sources changed" for the whole renderer: events pushed by main plus the
// renderer's own saves (so the list and columns refresh even if a host does not echo them).
// An empty id list means "anything may have changed".

type Listener = (sourceIds: readonly number[]) => void;

const listeners = new Set<Listener>();
let unsubscribeFromMain: Unsubscribe | null = null;

function emit(sourceIds: readonly number[]): void {
  [...listeners].forEach((listener) => listener(sourceIds));
}

export function onSourcesChanged(listener: Listener): Unsubscribe {
  listeners.add(listener);
  unsubscribeFromMain ??= api.onDidChangeSources((event) => emit(event.sourceIds));
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && unsubscribeFromMain) {
      unsubscribeFromMain();
      unsubscribeFromMain = null;
    }
  };
}

export function notifySourcesChanged(sourceIds: readonly number[]): void {
  emit(sourceIds);
}

export function affects(sourceIds: readonly number[], sourceId: number): boolean {
  return sourceIds.length === 0 || sourceIds.includes(sourceId);
}
