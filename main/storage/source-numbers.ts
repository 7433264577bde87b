// Each source's number in its case (see main/core/claims/source-label.ts), kept per open
// database and extended as sources arrive. Only the sources with a numbered file name are read
// (through the `sources_numbered` index): the others are numbered by their id.

import type { DatabaseSync } from 'node:sqlite';
import { SparseSourceNumbering } from '../core/claims/sparse-numbering';
import { integerColumn, textColumn } from './rows';
import { cachedStatement } from './statements';

/** Each source's number: its id's string unless its file's number (or a clash) made it other. */
export interface SourceNumbers {
  numberOf(id: number): string;
}

interface Entry {
  revision: number;
  /** The newest source numbered and its file name: a rolled-back insert may reuse its id. */
  lastId: number;
  lastFileName: string;
  /** How many sources the case held then: fewer, with nothing newer, means a removal. */
  count: number;
  numbering: SparseSourceNumbering;
}

const numberings = new WeakMap<DatabaseSync, Entry>();

export function numbersOf(db: DatabaseSync): SourceNumbers {
  // Every write bumps the case's revision: an unchanged revision with the same newest source
  // (found through the primary key, not a count over every row) keeps the numbering.
  const now = cachedStatement(
    db,
    `SELECT (SELECT revision FROM case_info WHERE id = 1) AS revision,
       coalesce((SELECT max(id) FROM sources), 0) AS last,
       coalesce((SELECT file_name FROM sources ORDER BY id DESC LIMIT 1), '') AS name`,
  ).get();
  const revision = now && now.revision !== null ? integerColumn(now, 'revision') : NaN;
  const last = now ? integerColumn(now, 'last') : 0;
  const lastFileName = now ? textColumn(now, 'name') : '';
  let entry = numberings.get(db);
  if (entry?.revision === revision && entry.lastId === last && entry.lastFileName === lastFileName)
    return entry.numbering;
  // Sources only added since (the newest known still there, under its name, and the count grown
  // by the sources after it): number the new ones alone. Anything else (a removal, a rolled-back
  // insert) numbers the case again.
  const count = integerColumn(
    cachedStatement(db, 'SELECT count(*) AS n FROM sources').get() ?? { n: 0 },
    'n',
  );
  const unchanged = (known: Entry) =>
    last >= known.lastId &&
    (known.lastId === 0 ||
      cachedStatement(db, 'SELECT file_name FROM sources WHERE id = ?').get(known.lastId)?.[
        'file_name'
      ] === known.lastFileName) &&
    count ===
      known.count +
        integerColumn(
          cachedStatement(db, 'SELECT count(*) AS n FROM sources WHERE id > ?').get(
            known.lastId,
          ) ?? { n: 0 },
          'n',
        );
  if (!entry || !unchanged(entry)) {
    entry = {
      revision,
      lastId: 0,
      lastFileName: '',
      count: 0,
      numbering: new SparseSourceNumbering(),
    };
    numberings.set(db, entry);
  }
  const numbered = cachedStatement(
    db,
    `SELECT id, file_name FROM sources
     WHERE file_name GLOB '[0-9]*' AND id > ? AND id <= ? ORDER BY id`,
  )
    .all(entry.lastId, last)
    .map((row) => ({ id: integerColumn(row, 'id'), fileName: textColumn(row, 'file_name') }));
  const exists = cachedStatement(db, 'SELECT 1 AS found FROM sources WHERE id = ?');
  entry.numbering.add(numbered, last, (id) => exists.get(id) !== undefined);
  Object.assign(entry, { revision, lastId: last, lastFileName, count });
  return entry.numbering;
}

/** A source's number (see `SparseSourceNumbering`). */
export function numberOf(db: DatabaseSync, id: number): string {
  return numbersOf(db).numberOf(id);
}
