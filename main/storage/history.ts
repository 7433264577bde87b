import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { CaseEdit, HistoryState } from '../../preload/contract';
import { CaseError } from '../core/errors';
import { TRACKED_TABLES, quoted, type TrackedTable } from './history-tables';
import { integerColumn, textColumn, type Row } from './rows';
import { writeTransaction } from './transaction';

/** Oldest entries beyond this many are dropped. */
export const HISTORY_LIMIT = 1000;
/** Saves of the same note closer together than this become one history entry. */
export const COALESCE_WINDOW_MS = 5000;

type Image = Record<string, SQLInputValue>;

/** One row's net change in one entry; null means the row does not exist on that side. */
export interface RowChange {
  table: string;
  key: SQLInputValue[];
  before: Image | null;
  after: Image | null;
}

export interface EditOptions {
  label: string;
  now: Date;
  /** Consecutive edits with the same key inside the coalescing window become one entry. */
  coalesceKey?: string;
}

export interface EditOutcome<T> {
  value: T;
  /** What the edit changed, for the UI; empty when it changed nothing. */
  changed: CaseEdit['changed'];
}

const tableByName = new Map(TRACKED_TABLES.map((table) => [table.name, table]));

function trackedTable(name: string): TrackedTable {
  const table = tableByName.get(name);
  if (!table) throw new Error(`History names an unknown table: ${name}.`);
  return table;
}

/**
 * Runs one user edit in one write transaction and records what it did as one history entry:
 * before and after images of every tracked row it touched (cascades included, through the
 * connection's change log). Starting a new edit drops the redo branch. Needs the change-log
 * triggers (`changeLogSql`) on the connection.
 */
export function recordEdit<T>(
  db: DatabaseSync,
  options: EditOptions,
  work: () => T,
): EditOutcome<T> {
  return writeTransaction(db, () => {
    db.exec('DELETE FROM temp.change_log');
    // Edits move and re-create rows in orders that are consistent only at the end (a tag
    // deleted before its children are moved); checks wait for COMMIT. Resets by itself then.
    db.exec('PRAGMA defer_foreign_keys = ON');
    const value = work();
    const changes = collectChanges(db);
    db.exec('DELETE FROM temp.change_log');
    if (changes.length > 0) appendEntry(db, options, changes);
    return { value, changed: affected(changes) };
  });
}

/** The net change per row, in the order rows were first touched; unchanged rows dropped. */
function collectChanges(db: DatabaseSync): RowChange[] {
  const byRow = new Map<string, RowChange>();
  for (const row of db
    .prepare('SELECT tbl, key, before, after FROM temp.change_log ORDER BY seq')
    .all()) {
    const table = textColumn(row, 'tbl');
    const key = textColumn(row, 'key');
    const id = `${table}\u0000${key}`;
    const before = parseImage(row['before']);
    const after = parseImage(row['after']);
    const seen = byRow.get(id);
    if (seen) seen.after = after;
    else byRow.set(id, { table, key: JSON.parse(key) as SQLInputValue[], before, after });
  }
  return [...byRow.values()].filter((change) => !sameImage(change.before, change.after));
}

function parseImage(value: unknown): Image | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new Error('A change-log image is not JSON text.');
  return JSON.parse(value) as Image;
}

/** Columns that record when a row changed, not what it says. */
const BOOKKEEPING_COLUMNS = new Set(['updated_at']);

function sameImage(a: Image | null, b: Image | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a).filter((key) => !BOOKKEEPING_COLUMNS.has(key));
  return (
    keys.length === Object.keys(b).filter((key) => !BOOKKEEPING_COLUMNS.has(key)).length &&
    keys.every((key) => a[key] === b[key])
  );
}

function affected(changes: readonly RowChange[]): CaseEdit['changed'] {
  const changed = new Set<CaseEdit['changed'][number]>();
  for (const change of changes)
    for (const what of trackedTable(change.table).affects) changed.add(what);
  return (['claims', 'tags', 'sources', 'notes', 'entities'] as const).filter((what) =>
    changed.has(what),
  );
}

function appendEntry(db: DatabaseSync, options: EditOptions, changes: RowChange[]): void {
  const now = options.now.toISOString();
  if (options.coalesceKey !== undefined && coalesce(db, options, changes)) return;
  db.prepare("DELETE FROM history WHERE state = 'undone'").run();
  db.prepare(
    `INSERT INTO history (label, changes, state, coalesce_key, created_at, updated_at)
     VALUES (?, ?, 'done', ?, ?, ?)`,
  ).run(options.label, JSON.stringify(changes), options.coalesceKey ?? null, now, now);
  db.prepare(
    `DELETE FROM history WHERE id <= (SELECT id FROM history ORDER BY id DESC LIMIT 1 OFFSET ?)`,
  ).run(HISTORY_LIMIT);
}

/** Folds `changes` into the newest entry if it is the same kind of edit, just made. */
function coalesce(db: DatabaseSync, options: EditOptions, changes: RowChange[]): boolean {
  const newest = db
    .prepare(
      'SELECT id, state, coalesce_key, changes, updated_at FROM history ORDER BY id DESC LIMIT 1',
    )
    .get();
  if (!newest || textColumn(newest, 'state') !== 'done') return false;
  if (newest['coalesce_key'] !== options.coalesceKey) return false;
  const age = options.now.getTime() - Date.parse(textColumn(newest, 'updated_at'));
  if (!(age >= 0 && age <= COALESCE_WINDOW_MS)) return false;
  const merged = new Map<string, RowChange>();
  const id = (change: RowChange) => `${change.table}\u0000${JSON.stringify(change.key)}`;
  for (const change of parseChanges(textColumn(newest, 'changes'))) merged.set(id(change), change);
  for (const change of changes) {
    const earlier = merged.get(id(change));
    merged.set(id(change), earlier ? { ...earlier, after: change.after } : change);
  }
  const net = [...merged.values()].filter((change) => !sameImage(change.before, change.after));
  const entryId = integerColumn(newest, 'id');
  // Typing a note back to what it was leaves nothing to undo.
  if (net.length === 0) db.prepare('DELETE FROM history WHERE id = ?').run(entryId);
  else
    db.prepare('UPDATE history SET changes = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(net),
      options.now.toISOString(),
      entryId,
    );
  return true;
}

function parseChanges(json: string): RowChange[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) throw new Error('A history entry holds no list of changes.');
  return value as RowChange[];
}

export function historyState(db: DatabaseSync): HistoryState {
  const undo = newestDone(db);
  const redo = oldestUndone(db);
  return {
    canUndo: undo !== null,
    canRedo: redo !== null,
    undoLabel: undo ? `Undo ${lowerFirst(undo.label)}` : null,
    redoLabel: redo ? `Redo ${lowerFirst(redo.label)}` : null,
  };
}

function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

interface Entry {
  id: number;
  label: string;
  changes: RowChange[];
}

function entryOf(row: Row | undefined): Entry | null {
  if (!row) return null;
  return {
    id: integerColumn(row, 'id'),
    label: textColumn(row, 'label'),
    changes: parseChanges(textColumn(row, 'changes')),
  };
}

function newestDone(db: DatabaseSync): Entry | null {
  return entryOf(
    db
      .prepare(
        "SELECT id, label, changes FROM history WHERE state = 'done' ORDER BY id DESC LIMIT 1",
      )
      .get(),
  );
}

function oldestUndone(db: DatabaseSync): Entry | null {
  return entryOf(
    db
      .prepare("SELECT id, label, changes FROM history WHERE state = 'undone' ORDER BY id LIMIT 1")
      .get(),
  );
}

/** Restores the newest done entry's before images. */
export function undo(db: DatabaseSync): EditOutcome<string> {
  return travel(db, 'undo');
}

/** Re-applies the oldest undone entry's after images. */
export function redo(db: DatabaseSync): EditOutcome<string> {
  return travel(db, 'redo');
}

function travel(db: DatabaseSync, direction: 'undo' | 'redo'): EditOutcome<string> {
  return writeTransaction(db, () => {
    const entry = direction === 'undo' ? newestDone(db) : oldestUndone(db);
    if (!entry) {
      throw new CaseError(
        'invalid-request',
        direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.',
      );
    }
    const expected = (change: RowChange) => (direction === 'undo' ? change.after : change.before);
    const target = (change: RowChange) => (direction === 'undo' ? change.before : change.after);
    for (const change of entry.changes) {
      if (!sameImage(currentImage(db, change), expected(change))) {
        throw new CaseError(
          'invalid-request',
          `Cannot ${direction} “${entry.label}”: ${change.table} row ${JSON.stringify(change.key)} changed since. The case and its history were left as they were.`,
        );
      }
    }
    db.exec('PRAGMA defer_foreign_keys = ON');
    applyImages(
      db,
      entry.changes.map((change) => ({ change, image: target(change) })),
    );
    db.prepare('UPDATE history SET state = ? WHERE id = ?').run(
      direction === 'undo' ? 'undone' : 'done',
      entry.id,
    );
    db.exec('DELETE FROM temp.change_log');
    return { value: entry.label, changed: affected(entry.changes) };
  });
}

function keyWhere(table: TrackedTable): string {
  return table.key.map((column) => `${quoted(column)} = ?`).join(' AND ');
}

function currentImage(db: DatabaseSync, change: RowChange): Image | null {
  const table = trackedTable(change.table);
  const row = db
    .prepare(
      `SELECT ${table.columns.map(quoted).join(', ')} FROM ${table.name} WHERE ${keyWhere(table)}`,
    )
    .get(...change.key);
  if (!row) return null;
  return Object.fromEntries(table.columns.map((column) => [column, row[column] ?? null])) as Image;
}

/**
 * Deletes first (children before parents; cascades only reach rows that are gone on the
 * target side too), then updates, then inserts, so a restored row never meets a sibling that
 * still holds its name. Foreign keys are checked at COMMIT.
 */
function applyImages(
  db: DatabaseSync,
  targets: Array<{ change: RowChange; image: Image | null }>,
): void {
  const order = (name: string) => TRACKED_TABLES.findIndex((table) => table.name === name);
  const deletions = targets
    .filter(({ image }) => image === null)
    .sort((x, y) => order(y.change.table) - order(x.change.table));
  for (const { change } of deletions) {
    const table = trackedTable(change.table);
    db.prepare(`DELETE FROM ${table.name} WHERE ${keyWhere(table)}`).run(...change.key);
  }
  const writes = targets
    .filter((target): target is { change: RowChange; image: Image } => target.image !== null)
    .sort((x, y) => order(x.change.table) - order(y.change.table));
  const inserts: typeof writes = [];
  for (const target of writes) {
    const table = trackedTable(target.change.table);
    if (currentImage(db, target.change) === null) {
      inserts.push(target);
      continue;
    }
    const columns = table.columns.filter((column) => !table.key.includes(column));
    db.prepare(
      `UPDATE ${table.name} SET ${columns.map((column) => `${quoted(column)} = ?`).join(', ')} WHERE ${keyWhere(table)}`,
    ).run(...columns.map((column) => target.image[column] ?? null), ...target.change.key);
  }
  for (const { change, image } of inserts) {
    const table = trackedTable(change.table);
    db.prepare(
      `INSERT INTO ${table.name} (${table.columns.map(quoted).join(', ')}) VALUES (${table.columns.map(() => '?').join(', ')})`,
    ).run(...table.columns.map((column) => image[column] ?? null));
  }
}
