import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { SearchResponse, SourceDetail } from '../../preload/contract';
import { CASE_APPLICATION_ID } from '../storage/case-file-check';
import { CaseDatabase } from '../storage/case-database';
import { openExclusiveConnection } from '../storage/connection';
import { CASE_SCHEMA_VERSION, MIGRATIONS, migrate, readSchemaVersion } from '../storage/migrations';
import { createReliabilityServices, settle } from './child-services';
import { STEP_CLOCK, type StepOperation } from './step-operation';
import { checkIntegrity, closeCase, openCase } from './verify-case';

/**
 * What the named-steps suite does around one kill: builds the case the operation starts from,
 * and afterwards checks that the operation left the old state or the new one, never a mix.
 */
export interface Scenario {
  /** How many times one run passes the step (the suite kills at each in turn). */
  occurrences: number;
  prepare(dir: string): Promise<StepOperation>;
  /** Problems found after the kill at `occurrence`; empty when old-or-new holds. */
  verify(dir: string, occurrence: number, step: string): Promise<string[]>;
}

const casePath = (dir: string) => join(dir, 'steps.corroborate');
const dataDir = (dir: string) => join(dir, 'data');

const BODY = [
  'The convoy reached the northern crossing on Monday, officials said.',
  'Aid workers counted forty trucks waiting at the border gate.',
  'A spokesman denied that the crossing had been closed overnight.',
];
const importedText = (word: string) =>
  [...BODY, `Reference ${word} closes the report.`].join('\n\n');
const NEW_WORD = 'vexstepnewzq';

/** A case with two sources, indexed and compared, closed. */
async function baseCase(dir: string): Promise<void> {
  mkdirSync(dataDir(dir), { recursive: true });
  const services = createReliabilityServices(dataDir(dir), () => STEP_CLOCK);
  services.cases.create(casePath(dir), 'Named steps');
  for (const [i, word] of ['vexoldonezq', 'vexoldtwozq'].entries()) {
    await services.sources.importPasted({ title: `Earlier ${i + 1}`, text: importedText(word) });
  }
  const tag = services.tags.create({ name: 'Crossings' });
  const first = services.sources.list()[0];
  if (first) {
    const text = services.sources.get(first.id).text;
    const start = Array.from(text.slice(0, text.indexOf(BODY[1] ?? ''))).length;
    services.claims.create({
      sourceId: first.id,
      start,
      end: start + (BODY[1] ?? '').length,
      tagIds: [tag.id],
    });
  }
  await closeCase(services);
}

async function searchHits(services: ReturnType<typeof createReliabilityServices>, word: string) {
  const found = (await services.dispatcher.dispatch('search:query', { query: word })) as {
    ok: boolean;
    value?: SearchResponse;
  };
  return found.value?.hitCount ?? -1;
}

/** import:after-commit and search:*: the source is wholly there or wholly absent; search heals. */
export const importScenario: Scenario = {
  occurrences: 2,
  async prepare(dir) {
    await baseCase(dir);
    // The source as a whole import stores it, to compare a killed import with.
    const reference = join(dir, 'reference');
    await baseCase(reference);
    const services = await openCase(casePath(reference), dataDir(reference));
    const result = await services.sources.importPasted({
      title: 'Killed import',
      text: importedText(NEW_WORD),
    });
    const detail = services.sources.get(result.sourceId ?? -1);
    writeFileSync(join(dir, 'expected-source.json'), JSON.stringify(sourceShape(detail)));
    await closeCase(services);
    return { kind: 'import', title: 'Killed import', text: importedText(NEW_WORD) };
  },
  async verify(dir, _occurrence, step) {
    const problems = checkIntegrity(casePath(dir)).map((p) => `integrity: ${p}`);
    const services = await openCase(casePath(dir), dataDir(dir), () => STEP_CLOCK);
    const imported = services.sources.list().filter((s) => s.title === 'Killed import');
    const expected = readFileSync(join(dir, 'expected-source.json'), 'utf8');
    if (imported.length > 1) problems.push(`the source is there ${imported.length} times`);
    const [source] = imported;
    if (source) {
      const shape = JSON.stringify(sourceShape(services.sources.get(source.id)));
      if (shape !== expected) problems.push(`half imported: ${shape}\n  expected ${expected}`);
    } else if (step !== 'import:after-commit') {
      problems.push('the import had committed before the step, but the source is gone');
    }
    await settle(services);
    const hits = await searchHits(services, NEW_WORD);
    if (hits !== (source ? 1 : 0)) problems.push(`search for the new source found ${hits} hits`);
    if ((await searchHits(services, 'vexoldonezq')) !== 1)
      problems.push('an earlier source is no longer found once');
    const status = services.search.status();
    if (status.indexedSources !== status.totalSources)
      problems.push(`index covers ${status.indexedSources} of ${status.totalSources}`);
    await closeCase(services);
    return problems;
  },
};

function sourceShape(detail: SourceDetail) {
  const { text, paragraphs, wordCount, title, original, removedLines } = detail;
  return { title, text, paragraphs, wordCount, original, removedLines };
}

const EXPORT_NAME = 'claims.md';
const OLD_EXPORT = '# An earlier export\n\nIt must survive a killed export whole.\n';

/** export:*: the target holds the old file or the complete new one; leftovers confuse nothing. */
export const exportScenario: Scenario = {
  occurrences: 1,
  async prepare(dir) {
    await baseCase(dir);
    writeFileSync(join(dir, EXPORT_NAME), OLD_EXPORT);
    const services = await openCase(casePath(dir), dataDir(dir), () => STEP_CLOCK);
    const saved = await services.dispatcher.dispatch('export:save', {
      format: 'md',
      path: join(dir, 'reference.md'),
    });
    if (!saved.ok) throw new Error(`reference export: ${saved.error.message}`);
    await closeCase(services);
    return { kind: 'export', path: join(dir, EXPORT_NAME) };
  },
  async verify(dir) {
    const problems: string[] = [];
    const reference = readFileSync(join(dir, 'reference.md'), 'utf8');
    const target = readFileSync(join(dir, EXPORT_NAME), 'utf8');
    if (target !== OLD_EXPORT && target !== reference) {
      problems.push(
        `the export holds neither the old file nor the new one (${target.length} chars)`,
      );
    }
    // A kill leaves the hidden temporary file behind (nothing can remove it); it must not be
    // mistaken for the export, and the next export must still succeed over it.
    const leftovers = readdirSync(dir).filter((name) => name.startsWith(`.${EXPORT_NAME}.`));
    if (leftovers.some((name) => !name.endsWith('.tmp')))
      problems.push(`odd leftovers: ${leftovers.join(', ')}`);
    const services = await openCase(casePath(dir), dataDir(dir), () => STEP_CLOCK);
    const again = await services.dispatcher.dispatch('export:save', {
      format: 'md',
      path: join(dir, EXPORT_NAME),
    });
    await closeCase(services);
    if (!again.ok) problems.push(`the next export failed: ${again.error.message}`);
    else if (readFileSync(join(dir, EXPORT_NAME), 'utf8') !== reference)
      problems.push('the next export differs');
    return problems;
  },
};

const OLD_VERSION = 1;
const OLD_SOURCE_TEXT = 'A source from the first case format.\n\nIt has two paragraphs.';

/** A case as the first format wrote it: version 1, one source. */
function buildOldCase(path: string): void {
  const db = openExclusiveConnection(path);
  try {
    db.exec(`PRAGMA application_id = ${CASE_APPLICATION_ID}`);
    migrate(db, MIGRATIONS.slice(0, OLD_VERSION));
    db.prepare("UPDATE case_info SET name = 'Old format', created_at = ? WHERE id = 1").run(
      STEP_CLOCK.toISOString(),
    );
    const hash = createHash('sha256').update(OLD_SOURCE_TEXT).digest('hex');
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO sources (title, title_derived, outlet, byline, published_date, url, dateline,
           agency, attribution, file_name, content_hash, text, word_count, removed_lines, imported_at)
         VALUES ('Old source', 0, 'Old outlet', '', '', '', '', '', '', 'old.txt', ?, ?, 11, '[]', ?)`,
      )
      .run(hash, OLD_SOURCE_TEXT, STEP_CLOCK.toISOString());
    const insert = db.prepare(
      'INSERT INTO paragraphs (source_id, idx, start, "end") VALUES (?, ?, ?, ?)',
    );
    insert.run(lastInsertRowid, 0, 0, 36);
    insert.run(lastInsertRowid, 1, 38, 60);
  } finally {
    db.close();
  }
}

/** The schema objects a database holds, in a canonical order. */
function schemaOf(db: DatabaseSync): string {
  const rows = db
    .prepare(
      "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all();
  return JSON.stringify(rows);
}

/** The schema exactly `version` migrations leave. */
export function schemaAtVersion(version: number): string {
  const db = new DatabaseSync(':memory:');
  try {
    migrate(db, MIGRATIONS.slice(0, version));
    return schemaOf(db);
  } finally {
    db.close();
  }
}

/** migration:*: user_version at a step boundary, the schema exactly that version's; reopening finishes. */
export const migrationScenario: Scenario = {
  occurrences: CASE_SCHEMA_VERSION - OLD_VERSION,
  async prepare(dir) {
    mkdirSync(dataDir(dir), { recursive: true });
    buildOldCase(casePath(dir));
    return { kind: 'open' };
  },
  async verify(dir, occurrence, step) {
    const problems = checkIntegrity(casePath(dir)).map((p) => `integrity: ${p}`);
    // Killed inside step k's transaction: still k - 1; killed after step k committed: k.
    const expected = OLD_VERSION + occurrence - (step === 'migration:inside-step' ? 1 : 0);
    const db = new DatabaseSync(casePath(dir));
    try {
      db.exec('PRAGMA locking_mode = EXCLUSIVE');
      const version = readSchemaVersion(db);
      if (version !== expected) problems.push(`user_version ${version}; expected ${expected}`);
      if (schemaOf(db) !== schemaAtVersion(version))
        problems.push(`the schema is not exactly version ${version}'s`);
    } finally {
      db.close();
    }
    const reopened = CaseDatabase.open(casePath(dir));
    try {
      const info = reopened.info();
      if (info.schemaVersion !== CASE_SCHEMA_VERSION)
        problems.push(`reopened at version ${info.schemaVersion}`);
      const titles = reopened.listSources().map((s) => s.title);
      if (titles.join() !== 'Old source' || info.name !== 'Old format')
        problems.push(`after the upgrade: ${info.name}, ${titles.join()}`);
    } finally {
      reopened.close();
    }
    problems.push(...checkIntegrity(casePath(dir)).map((p) => `integrity after upgrade: ${p}`));
    const db2 = new DatabaseSync(casePath(dir));
    try {
      db2.exec('PRAGMA locking_mode = EXCLUSIVE');
      if (schemaOf(db2) !== schemaAtVersion(CASE_SCHEMA_VERSION))
        problems.push('the upgraded schema is not the latest one');
    } finally {
      db2.close();
    }
    return problems;
  },
};
