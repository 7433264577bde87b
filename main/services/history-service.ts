import type { HistoryState } from '../../preload/contract';
import type { CaseService } from './case-service';
import { announceEdit } from './edit-events';
import type { EventSink } from './events';

/** Undo and redo over the case's persistent edit history. */
export class HistoryService {
  constructor(
    private readonly cases: CaseService,
    private readonly events: EventSink,
  ) {}

  state(): HistoryState {
    return this.cases.database.historyState();
  }

  undo(): HistoryState {
    const database = this.cases.database;
    const { changed } = database.undo();
    announceEdit(this.events, database, changed);
    return database.historyState();
  }

  redo(): HistoryState {
    const database = this.cases.database;
    const { changed } = database.redo();
    announceEdit(this.events, database, changed);
    return database.historyState();
  }
}
