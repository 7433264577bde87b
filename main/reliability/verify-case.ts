import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type {
  ClaimSummary,
  Envelope,
  Note,
  SearchResponse,
  SourceRelation,
  SourceSummary,
  TagInfo,
} from '../../preload/contract';
import type { AppServices } from '../app-services';
import { canonicalFacts, type Facts, type Model } from './analyst-ops';
import { createReliabilityServices, settle } from './child-services';

/**
 * Checks a case file after its process died: first SQLite's own view of the file, then the
 * facts as the services read them back, then the derived data (search index, relations) that
 * must rebuild itself from whatever the crash left.
 */

/**
 * Copies a case as a dead process left it (the file and its WAL) to `to`, replacing what was
 * there, so it can be checked without recovering the original: the next child then opens a
 * case with a hot WAL, exactly as the app does after a crash.
 */
export function copyCaseFiles(from: string, to: string): void {
  for (const suffix of ['', '-wal', '-journal']) {
    rmSync(`${to}${suffix}`, { force: true });
    if (existsSync(`${from}${suffix}`)) copyFileSync(`${from}${suffix}`, `${to}${suffix}`);
  }
}

/** `PRAGMA integrity_check` and `foreign_key_check`; an empty list means the file is sound. */
export function checkIntegrity(path: string): string[] {
  const db = new DatabaseSync(path);
  try {
    // As the app opens it: no -shm file, the WAL index in this process's memory.
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    const integrity = db
      .prepare('PRAGMA integrity_check')
      .all()
      .map((row) => String(row['integrity_check']));
    const problems = integrity.filter((line) => line !== 'ok');
    const keys = db.prepare('PRAGMA foreign_key_check').all();
    for (const row of keys) problems.push(`foreign key: ${JSON.stringify(row)}`);
    return problems;
  } finally {
    db.close();
  }
}

/** The real services with the case open, background comparison and indexing finished. */
export async function openCase(
  path: string,
  dataDir: string,
  now?: () => Date,
): Promise<AppServices> {
  const services = createReliabilityServices(dataDir, now);
  services.cases.open(path);
  await settle(services);
  return services;
}

export async function closeCase(services: AppServices): Promise<void> {
  await settle(services);
  services.cases.close();
}

async function call<T>(services: AppServices, channel: string, payload?: unknown): Promise<T> {
  const envelope = (await services.dispatcher.dispatch(channel, payload)) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}

/** What the case holds, in the model's terms, read through the dispatcher as the UI reads it. */
export async function readFacts(services: AppServices): Promise<Facts> {
  const sources = await call<SourceSummary[]>(services, 'sources:list');
  const titles = new Map(sources.map((source) => [source.id, source.title]));
  const tags = await call<TagInfo[]>(services, 'tags:list');
  const names = new Map(tags.map((tag) => [tag.id, tag.name]));
  const claims = await call<ClaimSummary[]>(services, 'claims:list');
  const noteOf = async (owner: unknown) =>
    (await call<Note>(services, 'notes:get', { owner })).text;
  const facts: Facts = {
    sources: [],
    tags: tags.map((tag) => tag.name),
    claims: claims.map((claim) => ({
      source: titles.get(claim.sourceId) ?? `?${claim.sourceId}`,
      quote: claim.quote,
      tags: claim.tagIds.map((id) => names.get(id) ?? `?${id}`).sort(),
      credibility: claim.credibility,
    })),
    caseNote: await noteOf({ kind: 'case' }),
  };
  for (const source of sources) {
    const note = await noteOf({ kind: 'source', id: source.id });
    facts.sources.push({ title: source.title, grade: source.reliability, note });
  }
  return facts;
}

export type Verdict = 'acknowledged' | 'in-flight' | 'lost' | 'half-applied';

/**
 * Stored facts must be those after the last acknowledged operation, or after the one in flight
 * when the process died. Anything else is a loss (an earlier state: acknowledged work is gone)
 * or a half-applied operation (a state no sequence of whole operations produces).
 */
export function judge(
  stored: Facts,
  expected: { acknowledged: Model; inFlight: Model | null; earlier: readonly Model[] },
): Verdict {
  const key = canonicalFacts(stored);
  if (key === canonicalFacts(expected.acknowledged.facts)) return 'acknowledged';
  if (expected.inFlight && key === canonicalFacts(expected.inFlight.facts)) return 'in-flight';
  if (expected.earlier.some((model) => canonicalFacts(model.facts) === key)) return 'lost';
  return 'half-applied';
}

/** The differences between two fact sets, for a failure message. */
export function describeDifference(stored: Facts, expected: Facts): string {
  const a = JSON.parse(canonicalFacts(stored)) as Record<string, unknown>;
  const b = JSON.parse(canonicalFacts(expected)) as Record<string, unknown>;
  return Object.keys(b)
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => `${key}: stored ${JSON.stringify(a[key])}\n  expected ${JSON.stringify(b[key])}`)
    .join('\n');
}

/** The newest stored source of the model is found by its unique word, once; null if so. */
export async function checkSearchHeals(
  services: AppServices,
  model: Model,
): Promise<string | null> {
  const stored = new Set(model.facts.sources.map((source) => source.title));
  const newest = model.library.findLast((entry) => stored.has(entry.title));
  if (!newest) return null;
  await settle(services);
  const sources = await call<SourceSummary[]>(services, 'sources:list');
  const id = sources.find((source) => source.title === newest.title)?.id;
  const found = await call<SearchResponse>(services, 'search:query', { query: newest.word });
  const groups = found.groups.map((group) => `${group.sourceId}:${group.hitCount}`);
  if (found.hitCount === 1 && groups.length === 1 && groups[0] === `${id}:1`) return null;
  return `search for "${newest.word}" (${newest.title}, id ${id}) found ${found.hitCount} hits in [${groups.join(', ')}]`;
}

const relationKey = (relations: readonly SourceRelation[]) =>
  JSON.stringify([...relations].sort((x, y) => x.a - y.a || x.b - y.b));

/**
 * The relations the case shows once its comparison caught up equal those of a comparison made
 * from nothing (a copy of the case with its cached comparisons removed). Closes `services`.
 */
export async function checkRelationsHeal(
  services: AppServices,
  path: string,
  scratch: string,
): Promise<string | null> {
  await settle(services);
  const healed = relationKey(services.compare.state().relations);
  await closeCase(services);
  const copy = join(scratch, 'fresh-comparison.corroborate');
  copyCaseFiles(path, copy);
  const db = new DatabaseSync(copy);
  try {
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    db.exec('DELETE FROM source_pairs; DELETE FROM comparison_state;');
  } finally {
    db.close();
  }
  const fresh = await openCase(copy, scratch);
  const expected = relationKey(fresh.compare.state().relations);
  await closeCase(fresh);
  rmSync(copy, { force: true });
  return healed === expected ? null : `relations after healing ${healed}\n  fresh ${expected}`;
}
