import { DatabaseSync } from 'node:sqlite';
import { beforeEach, describe, expect, it } from 'vitest';
import { CaseStore } from './case-store';
import { HISTORY_LIMIT, historyState, recordEdit, redo, undo } from './history';
import { changeLogSql } from './history-tables';
import { migrate } from './migrations';
import { insertSource } from './source-repository';
import { sampleSource, thrown } from './test-helpers';

let db: DatabaseSync;
let store: CaseStore;
const now = new Date('2024-05-01T10:00:00.000Z');

beforeEach(() => {
  db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db);
  db.exec(changeLogSql());
  insertSource(db, sampleSource());
  store = new CaseStore(db);
});

const edit = <T>(label: string, work: () => T) => recordEdit(db, { label, now }, work);
const dump = () =>
  ['tags', 'claims', 'claim_occurrences', 'claim_tags', 'history'].map((table) =>
    db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all(),
  );

describe('the history recorder', () => {
  it('records cascaded deletes, so undo brings the whole claim back', () => {
    const tag = edit('Create tag', () =>
      store.insertTag({ name: 'Army', color: '#000000', parentId: null, position: 0 }),
    ).value;
    edit('Tag claim', () => {
      const claim = store.insertClaim({
        note: 'n',
        credibility: 6,
        createdAt: 'a',
        updatedAt: 'a',
      });
      store.insertOccurrence({
        claimId: claim,
        sourceId: 1,
        start: 0,
        end: 3,
        quote: 'Fox',
        prefix: '',
        suffix: ' 🦊',
        stance: 'origin',
      });
      store.addClaimTag(claim, tag);
    });
    const before = dump();
    expect(edit('Delete tag', () => store.deleteTag(tag)).changed).toEqual(['claims', 'tags']);
    expect(store.tagIdsOf(1)).toEqual([]);
    expect(undo(db)).toEqual({ value: 'Delete tag', changed: ['claims', 'tags'] });
    expect(store.tagIdsOf(1)).toEqual([tag]);
    redo(db);
    undo(db);
    const after = dump();
    expect(after.slice(0, 4)).toEqual(before.slice(0, 4));
    expect(historyState(db)).toEqual({
      canUndo: true,
      canRedo: true,
      undoLabel: 'Undo tag claim',
      redoLabel: 'Redo delete tag',
    });
  });

  it('records nothing for an edit that changes nothing, and keeps the redo branch', () => {
    edit('Create tag', () =>
      store.insertTag({ name: 'A', color: '#000000', parentId: null, position: 0 }),
    );
    undo(db);
    edit('Rename tag', () => undefined);
    expect(historyState(db).canRedo).toBe(true);
  });

  it('refuses to undo over rows changed behind its back, changing nothing', () => {
    edit('Create tag', () =>
      store.insertTag({ name: 'A', color: '#000000', parentId: null, position: 0 }),
    );
    db.exec(`UPDATE tags SET name = 'changed elsewhere'`);
    const before = dump();
    const error = thrown(() => undo(db));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(/Cannot undo “Create tag”: tags row \[1\] changed since/);
    expect(dump()).toEqual(before);
  });

  it('refuses to undo or redo when there is nothing to', () => {
    expect(thrown(() => undo(db)).message).toBe('Nothing to undo.');
    expect(thrown(() => redo(db)).message).toBe('Nothing to redo.');
  });

  it(`keeps the newest ${HISTORY_LIMIT} entries`, () => {
    for (let i = 0; i <= HISTORY_LIMIT + 4; i++) {
      edit(`Edit ${i}`, () => store.putNote({ kind: 'case' }, { text: `v${i}`, updatedAt: 'x' }));
    }
    expect(
      db.prepare('SELECT count(*) AS n, min(label) AS oldest FROM history').get(),
    ).toMatchObject({
      n: HISTORY_LIMIT,
    });
    expect(db.prepare('SELECT label FROM history ORDER BY id LIMIT 1').get()).toEqual({
      label: 'Edit 5',
    });
  });
});
