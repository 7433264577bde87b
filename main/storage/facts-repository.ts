// SQL for facts (schema v10): the per-source cache of extracted facts, the analyst's entity
// edits and claim join overrides. The cache is derived data written outside the edit history;
// edits and overrides go through CaseStore inside an edit, so they are undoable.

import type { DatabaseSync } from 'node:sqlite';
import type { EntityEdit, JoinOverride, StoredEntityEdit } from '../../preload/contract';
import { integerColumn, textColumn } from './rows';
import { transaction } from './transaction';

/** One source's cached facts: the extractor version and its JSON. */
export interface StoredSourceFacts {
  sourceId: number;
  engine: number;
  json: string;
}

/** Cached facts of every source extracted by `engine` (older versions are ignored). */
export function listSourceFacts(db: DatabaseSync, engine: number): StoredSourceFacts[] {
  return db
    .prepare(
      'SELECT source_id, engine, facts FROM source_facts WHERE engine = ? ORDER BY source_id',
    )
    .all(engine)
    .map((row) => ({
      sourceId: integerColumn(row, 'source_id'),
      engine: integerColumn(row, 'engine'),
      json: textColumn(row, 'facts'),
    }));
}

/** Cached facts of some sources (those cached by `engine`), in the order of `ids`. */
export function sourceFactsOf(
  db: DatabaseSync,
  engine: number,
  ids: readonly number[],
): StoredSourceFacts[] {
  const statement = db.prepare(
    'SELECT source_id, engine, facts FROM source_facts WHERE source_id = ? AND engine = ?',
  );
  const rows: StoredSourceFacts[] = [];
  for (const id of ids) {
    const row = statement.get(id, engine);
    if (row) {
      rows.push({
        sourceId: integerColumn(row, 'source_id'),
        engine: integerColumn(row, 'engine'),
        json: textColumn(row, 'facts'),
      });
    }
  }
  return rows;
}

/** Ids of the sources with facts cached by `engine`. */
export function sourcesWithFacts(db: DatabaseSync, engine: number): Set<number> {
  return new Set(
    db
      .prepare('SELECT source_id FROM source_facts WHERE engine = ?')
      .all(engine)
      .map((row) => integerColumn(row, 'source_id')),
  );
}

/** Stores facts for some sources in one transaction; rows of sources deleted since are skipped. */
export function saveSourceFacts(db: DatabaseSync, rows: readonly StoredSourceFacts[]): void {
  transaction(db, () => {
    const exists = db.prepare('SELECT 1 AS found FROM sources WHERE id = ?');
    const put = db.prepare(
      `INSERT INTO source_facts (source_id, engine, facts) VALUES (?, ?, ?)
       ON CONFLICT (source_id) DO UPDATE SET engine = excluded.engine, facts = excluded.facts`,
    );
    for (const row of rows) {
      if (!exists.get(row.sourceId)) continue;
      put.run(row.sourceId, row.engine, row.json);
    }
  });
}

/** The analyst's edits to entities inside an edit transaction (CaseStore.facts). */
export class FactsStore {
  constructor(private readonly db: DatabaseSync) {}

  listEntityEdits(): StoredEntityEdit[] {
    return this.db
      .prepare('SELECT id, kind, subject, target FROM entity_edits ORDER BY id')
      .all()
      .map((row) => {
        const id = integerColumn(row, 'id');
        const subject = textColumn(row, 'subject');
        const edit: EntityEdit =
          textColumn(row, 'kind') === 'merge'
            ? { kind: 'merge', from: subject, into: textColumn(row, 'target') }
            : { kind: 'split', variant: subject };
        return { id, edit };
      });
  }

  addEntityEdit(edit: EntityEdit, createdAt: string): number {
    const subject = edit.kind === 'merge' ? edit.from : edit.variant;
    const target = edit.kind === 'merge' ? edit.into : '';
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO entity_edits (kind, subject, target, created_at) VALUES (?, ?, ?, ?)')
      .run(edit.kind, subject, target, createdAt);
    return Number(lastInsertRowid);
  }

  /** Every claim's overrides, or one claim's. */
  joinOverrides(claimId?: number): Array<JoinOverride & { claimId: number }> {
    const rows =
      claimId === undefined
        ? this.db
            .prepare(
              'SELECT claim_id, source_a, source_b, action FROM claim_join_overrides ORDER BY claim_id, source_a, source_b',
            )
            .all()
        : this.db
            .prepare(
              'SELECT claim_id, source_a, source_b, action FROM claim_join_overrides WHERE claim_id = ? ORDER BY source_a, source_b',
            )
            .all(claimId);
    return rows.map((row) => ({
      claimId: integerColumn(row, 'claim_id'),
      sourceIds: [integerColumn(row, 'source_a'), integerColumn(row, 'source_b')],
      action: textColumn(row, 'action') === 'join' ? 'join' : 'split',
    }));
  }

  /** Sets (or, with null, clears) the override for two sources of a claim. */
  setJoinOverride(
    claimId: number,
    sourceIds: readonly [number, number],
    action: 'join' | 'split' | null,
  ): void {
    const a = Math.min(sourceIds[0], sourceIds[1]);
    const b = Math.max(sourceIds[0], sourceIds[1]);
    if (action === null) {
      this.db
        .prepare(
          'DELETE FROM claim_join_overrides WHERE claim_id = ? AND source_a = ? AND source_b = ?',
        )
        .run(claimId, a, b);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO claim_join_overrides (claim_id, source_a, source_b, action) VALUES (?, ?, ?, ?)
         ON CONFLICT (claim_id, source_a, source_b) DO UPDATE SET action = excluded.action`,
      )
      .run(claimId, a, b, action);
  }
}
