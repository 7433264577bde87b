// Each source's number in its case (see main/core/claims/source-label.ts), kept per open
// database and extended as sources arrive, so reading one source's label does not re-read
// every source before it.

import type { DatabaseSync } from 'node:sqlite';
import { SourceNumbering } from '../core/claims/source-label';
import { integerColumn, textColumn } from './rows';
import { cachedStatement } from './statements';

/**
 * Numbering per open database, extended as sources are added. A source's number depends only
 * on the sources before it, so new ones are numbered alone; a removal (fewer sources, or the
 * same count under another highest id) numbers the case again.
 */
const numberings = new WeakMap<
  DatabaseSync,
  { count: number; lastFileName: string; revision: number; numbering: SourceNumbering }
>();

export function numbersOf(db: DatabaseSync): ReadonlyMap<number, string> {
  // Every write bumps the case's revision: an unchanged revision with the same newest source
  // (found through the primary key, not a count over every row: 1.5 ms a query at 22,250
  // sources) keeps the numbering.
  const now = cachedStatement(
    db,
    `SELECT (SELECT revision FROM case_info WHERE id = 1) AS revision,
       coalesce((SELECT max(id) FROM sources), 0) AS last,
       coalesce((SELECT file_name FROM sources ORDER BY id DESC LIMIT 1), '') AS name`,
  ).get();
  const revision = now && now.revision !== null ? integerColumn(now, 'revision') : NaN;
  const cached = numberings.get(db);
  if (
    cached &&
    now &&
    cached.revision === revision &&
    cached.numbering.highestId === (cached.count === 0 ? -Infinity : integerColumn(now, 'last')) &&
    cached.lastFileName === textColumn(now, 'name')
  ) {
    return cached.numbering.numbers;
  }
  return countedNumbers(db, revision);
}

function countedNumbers(db: DatabaseSync, revision: number): ReadonlyMap<number, string> {
  // The newest source's file name too: an insert rolled back and another made under the same id
  // (AUTOINCREMENT rolls back with it) must not keep the first one's number.
  const row = cachedStatement(
    db,
    `SELECT count(*) AS n, coalesce(max(id), 0) AS last,
       coalesce((SELECT file_name FROM sources ORDER BY id DESC LIMIT 1), '') AS name
     FROM sources`,
  ).get();
  const count = row ? integerColumn(row, 'n') : 0;
  const last = row ? integerColumn(row, 'last') : 0;
  const lastFileName = row ? textColumn(row, 'name') : '';
  const read = (after: number) =>
    cachedStatement(db, 'SELECT id, file_name FROM sources WHERE id > ? ORDER BY id')
      .all(after)
      .map((source) => ({
        id: integerColumn(source, 'id'),
        fileName: textColumn(source, 'file_name'),
      }));
  let entry = numberings.get(db);
  const highest = count === 0 ? -Infinity : last;
  if (entry?.count === count && entry.numbering.highestId === highest) {
    if (entry.lastFileName === lastFileName) {
      entry.revision = revision;
      return entry.numbering.numbers;
    }
  } else if (entry && count > entry.count && last > entry.numbering.highestId) {
    const added = read(Math.max(-1, entry.numbering.highestId));
    if (entry.count + added.length === count) {
      entry.numbering.add(added);
      entry.count = count;
      entry.lastFileName = lastFileName;
      entry.revision = revision;
      return entry.numbering.numbers;
    }
  }
  entry = { count, lastFileName, revision, numbering: new SourceNumbering() };
  entry.numbering.add(read(-1));
  numberings.set(db, entry);
  return entry.numbering.numbers;
}

/** A source's number (see `SourceNumbering`). */
export function numberOf(db: DatabaseSync, id: number): string {
  return numbersOf(db).get(id) ?? String(id);
}
