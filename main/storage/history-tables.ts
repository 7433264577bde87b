import type { CaseEdit } from '../../preload/contract';

/** A table whose rows the edit history records, with the columns it restores. */
export interface TrackedTable {
  name: string;
  key: readonly string[];
  /** Every recorded column, key included. Names come only from here, never from input. */
  columns: readonly string[];
  /** Whether inserts and deletes are recorded too (sources are imported, not edited). */
  rowsComeAndGo: boolean;
  /** What the UI must refetch when such a row changes. */
  affects: CaseEdit['changed'];
}

/** In dependency order: a row's parents come before it. */
export const TRACKED_TABLES: readonly TrackedTable[] = [
  {
    name: 'sources',
    key: ['id'],
    // The text is immutable (a trigger refuses changes), so only the editable columns count.
    columns: [
      'id',
      'title',
      'title_derived',
      'outlet',
      'byline',
      'published_date',
      'url',
      'dateline',
      'agency',
      'attribution',
      'reliability',
    ],
    rowsComeAndGo: false,
    affects: ['sources', 'claims'],
  },
  {
    name: 'tags',
    key: ['id'],
    columns: ['id', 'name', 'color', 'parent_id', 'position'],
    rowsComeAndGo: true,
    affects: ['tags', 'claims'],
  },
  {
    name: 'claims',
    key: ['id'],
    columns: ['id', 'note', 'credibility', 'created_at', 'updated_at'],
    rowsComeAndGo: true,
    affects: ['claims', 'tags'],
  },
  {
    name: 'claim_occurrences',
    key: ['id'],
    columns: ['id', 'claim_id', 'source_id', 'start', 'end', 'quote', 'prefix', 'suffix', 'stance'],
    rowsComeAndGo: true,
    affects: ['claims'],
  },
  {
    name: 'claim_tags',
    key: ['claim_id', 'tag_id'],
    columns: ['claim_id', 'tag_id'],
    rowsComeAndGo: true,
    affects: ['claims', 'tags'],
  },
  {
    name: 'rejected_suggestions',
    key: ['claim_id', 'source_id', 'start', 'end'],
    columns: ['claim_id', 'source_id', 'start', 'end'],
    rowsComeAndGo: true,
    affects: ['claims'],
  },
  {
    name: 'entity_edits',
    key: ['id'],
    columns: ['id', 'kind', 'subject', 'target', 'created_at'],
    rowsComeAndGo: true,
    affects: ['entities', 'claims'],
  },
  {
    name: 'claim_join_overrides',
    key: ['claim_id', 'source_a', 'source_b'],
    columns: ['claim_id', 'source_a', 'source_b', 'action'],
    rowsComeAndGo: true,
    affects: ['claims'],
  },
  {
    name: 'notes',
    key: ['owner_kind', 'owner_id'],
    columns: ['owner_kind', 'owner_id', 'text', 'updated_at'],
    rowsComeAndGo: true,
    affects: ['notes'],
  },
];

export const quoted = (column: string): string => `"${column}"`;

function imageOf(table: TrackedTable, row: 'OLD' | 'NEW'): string {
  return `json_object(${table.columns.map((c) => `'${c}', ${row}.${quoted(c)}`).join(', ')})`;
}

function keyOf(table: TrackedTable, row: 'OLD' | 'NEW'): string {
  return `json_array(${table.key.map((c) => `${row}.${quoted(c)}`).join(', ')})`;
}

/**
 * Connection-local (TEMP) triggers that log every change to a tracked row, including rows
 * removed by ON DELETE CASCADE, into `temp.change_log`. They live only as long as the
 * connection, so the case file holds no trace of them and older builds are unaffected; the
 * history recorder empties the log at the start of each edit and turns it into before/after
 * images at the end.
 */
export function changeLogSql(): string {
  const statements = [
    `CREATE TEMP TABLE IF NOT EXISTS change_log (
       seq INTEGER PRIMARY KEY,
       tbl TEXT NOT NULL,
       key TEXT NOT NULL,
       before TEXT,
       after TEXT
     )`,
  ];
  for (const table of TRACKED_TABLES) {
    const name = table.name;
    const log = (key: string, before: string, after: string) =>
      `INSERT INTO change_log (tbl, key, before, after) VALUES ('${name}', ${key}, ${before}, ${after});`;
    const updateOf = table.columns
      .filter((c) => !table.key.includes(c))
      .map(quoted)
      .join(', ');
    // A row whose columns are all key (a link) can only change by becoming another row.
    const onUpdate =
      updateOf === ''
        ? log(keyOf(table, 'OLD'), imageOf(table, 'OLD'), 'NULL') +
          log(keyOf(table, 'NEW'), 'NULL', imageOf(table, 'NEW'))
        : log(keyOf(table, 'NEW'), imageOf(table, 'OLD'), imageOf(table, 'NEW'));
    statements.push(
      `CREATE TEMP TRIGGER IF NOT EXISTS log_${name}_update
       AFTER UPDATE ${updateOf === '' ? '' : `OF ${updateOf} `}ON main.${name}
       BEGIN ${onUpdate} END`,
    );
    if (!table.rowsComeAndGo) continue;
    statements.push(
      `CREATE TEMP TRIGGER IF NOT EXISTS log_${name}_insert AFTER INSERT ON main.${name}
       BEGIN ${log(keyOf(table, 'NEW'), 'NULL', imageOf(table, 'NEW'))} END`,
      `CREATE TEMP TRIGGER IF NOT EXISTS log_${name}_delete AFTER DELETE ON main.${name}
       BEGIN ${log(keyOf(table, 'OLD'), imageOf(table, 'OLD'), 'NULL')} END`,
    );
  }
  return statements.join(';\n') + ';';
}
