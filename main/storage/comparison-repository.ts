import type { DatabaseSync } from 'node:sqlite';
import { swapAlignment, type PairAlignment } from '../core/align';
import { integerColumn, textColumn } from './rows';
import { transaction } from './transaction';

/** A cached alignment of two sources; `a` is always the smaller id. */
export interface StoredPair {
  a: number;
  b: number;
  alignment: PairAlignment;
}

/** Sources already compared with every other compared source by this engine version. */
export function comparedSourceIds(db: DatabaseSync, engineVersion: number): Set<number> {
  const rows = db
    .prepare('SELECT source_id FROM comparison_state WHERE engine_version = ?')
    .all(engineVersion);
  return new Set(rows.map((row) => integerColumn(row, 'source_id')));
}

/**
 * Records one finished comparison run in one transaction: the pairs it found and the sources
 * it covered. Rows left by an older engine are dropped on the way, so the cache never mixes
 * results of two engines. Not a content change: the case revision stays as it was.
 */
export function saveComparisons(
  db: DatabaseSync,
  run: { engineVersion: number; comparedIds: readonly number[]; pairs: readonly StoredPair[] },
): void {
  transaction(db, () => {
    db.prepare('DELETE FROM source_pairs WHERE engine_version <> ?').run(run.engineVersion);
    db.prepare('DELETE FROM comparison_state WHERE engine_version <> ?').run(run.engineVersion);
    const existing = new Set(
      db
        .prepare('SELECT id FROM sources')
        .all()
        .map((row) => integerColumn(row, 'id')),
    );
    const insertPair = db.prepare(
      `INSERT OR REPLACE INTO source_pairs (source_a, source_b, engine_version, alignment)
       VALUES (?, ?, ?, ?)`,
    );
    for (const pair of run.pairs) {
      // A source removed while the run was under way has nothing left to compare.
      if (!existing.has(pair.a) || !existing.has(pair.b)) continue;
      const [a, b, alignment] =
        pair.a < pair.b
          ? [pair.a, pair.b, pair.alignment]
          : [pair.b, pair.a, swapAlignment(pair.alignment)];
      insertPair.run(a, b, run.engineVersion, JSON.stringify(alignment));
    }
    const markCompared = db.prepare(
      'INSERT OR REPLACE INTO comparison_state (source_id, engine_version) VALUES (?, ?)',
    );
    for (const id of run.comparedIds) {
      if (existing.has(id)) markCompared.run(id, run.engineVersion);
    }
  });
}

export function listStoredPairs(db: DatabaseSync, engineVersion: number): StoredPair[] {
  return db
    .prepare(
      `SELECT source_a, source_b, alignment FROM source_pairs
       WHERE engine_version = ? ORDER BY source_a, source_b`,
    )
    .all(engineVersion)
    .map((row) => ({
      a: integerColumn(row, 'source_a'),
      b: integerColumn(row, 'source_b'),
      alignment: JSON.parse(textColumn(row, 'alignment')) as PairAlignment,
    }));
}

/** The cached alignment oriented as asked (`a`'s spans first), or null when none is stored. */
export function findStoredAlignment(
  db: DatabaseSync,
  engineVersion: number,
  a: number,
  b: number,
): PairAlignment | null {
  const [low, high] = a < b ? [a, b] : [b, a];
  const row = db
    .prepare(
      'SELECT alignment FROM source_pairs WHERE source_a = ? AND source_b = ? AND engine_version = ?',
    )
    .get(low, high, engineVersion);
  if (!row) return null;
  const alignment = JSON.parse(textColumn(row, 'alignment')) as PairAlignment;
  return a < b ? alignment : swapAlignment(alignment);
}

/**
 * Changes whenever the stored pairs of an engine version do (a pair added, replaced or removed
 * with its source), so results derived from them can be cached.
 */
export function storedPairsSignature(db: DatabaseSync, engineVersion: number): string {
  const row = db
    .prepare(
      `SELECT count(*) AS n, coalesce(max(rowid), 0) AS last, total(rowid) AS rows
       FROM source_pairs WHERE engine_version = ?`,
    )
    .get(engineVersion);
  return row ? `${String(row['n'])}:${String(row['last'])}:${String(row['rows'])}` : '';
}
