import type { DatabaseSync, StatementSync } from 'node:sqlite';

// Prepared statements kept per connection for the queries search runs on every keystroke:
// preparing one costs about half a millisecond, as much as running it.

const caches = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

/** The connection's prepared statement for `sql`, prepared on first use. */
export function cachedStatement(db: DatabaseSync, sql: string): StatementSync {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}
