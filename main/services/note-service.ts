import type { Note, NoteOwner } from '../../preload/contract';
import type { CaseStore } from '../storage/case-database';
import type { CaseService } from './case-service';
import { announceEdit } from './edit-events';
import type { EventSink } from './events';

/** Free-text notes on the case and on each source (claim notes go through claims:update). */
export class NoteService {
  constructor(
    private readonly cases: CaseService,
    private readonly events: EventSink,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(owner: NoteOwner): Note {
    return this.cases.database.read((store) => readNote(store, owner));
  }

  /**
   * Saves a note (empty text removes it). Saves of one note in quick succession, as an editor
   * that saves while typing makes, become one undoable entry.
   */
  save(owner: NoteOwner, text: string): Note {
    const database = this.cases.database;
    const now = this.now();
    const { value, changed } = database.edit(
      {
        label: 'Edit note',
        now,
        coalesceKey: owner.kind === 'case' ? 'note:case' : `note:source:${owner.id}`,
      },
      (store) => {
        const current = readNote(store, owner);
        if (current.text === text) return current;
        if (text === '') store.deleteNote(owner);
        else store.putNote(owner, { text, updatedAt: now.toISOString() });
        return readNote(store, owner);
      },
    );
    announceEdit(this.events, database, changed);
    return value;
  }
}

function readNote(store: CaseStore, owner: NoteOwner): Note {
  // A source note needs its source; `not-found` otherwise.
  if (owner.kind === 'source') store.getSourceSummary(owner.id);
  const stored = store.getNote(owner);
  return { owner, text: stored?.text ?? '', updatedAt: stored?.updatedAt ?? null };
}
