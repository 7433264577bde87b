import type { CaseEdit } from '../../preload/contract';
import type { CaseDatabase } from '../storage/case-database';
import type { EventSink } from './events';

/** Tells the UI what an edit, undo or redo changed, with the history it leaves behind. */
export function announceEdit(
  events: EventSink,
  database: CaseDatabase,
  changed: CaseEdit['changed'],
): void {
  if (changed.length === 0) return;
  events.emit('case:did-edit', { changed, history: database.historyState() });
}
