// The whole case as one snapshot (for export), and a snapshot written into an empty case (for
// import): texts, codebook, claims, notes and the analyst's entity edits and join overrides
// (derived facts are not part of it: they are recomputed from the texts). Reads happen in one transaction so an export never mixes two states of the case;
// the write is one transaction too, so a refused import leaves the new case empty.
import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type {
  Credibility,
  OccurrenceStance,
  Reliability,
  SearchLanguage,
  SourceFormat,
} from '../../preload/contract';
import { anchorSpan } from '../core/anchor';
import { CaseError } from '../core/errors';
import type {
  CaseSnapshot,
  SnapshotClaim,
  SnapshotEntityEdit,
  SnapshotJoinOverride,
  SnapshotSource,
} from '../core/exchange/case-snapshot';
import { blobColumn, booleanColumn, integerColumn, textColumn, type Row } from './rows';
import { searchLanguage } from './search-repository';
import { validateNewSource } from './source-validation';
import { writeTransaction } from './transaction';

/**
 * Reads everything an export needs in one read transaction. The imported files' bytes are read
 * only when asked for (the case JSON carries them; no other format does).
 */
export function readCaseSnapshot(db: DatabaseSync, options: { originals: boolean }): CaseSnapshot {
  db.exec('BEGIN');
  try {
    return readAll(db, options.originals);
  } finally {
    db.exec('COMMIT');
  }
}

function readAll(db: DatabaseSync, originals: boolean): CaseSnapshot {
  const info = db.prepare('SELECT name, created_at FROM case_info WHERE id = 1').get();
  if (!info) throw new Error('The case has no case_info row.');
  const paragraphs = new Map<number, Array<{ start: number; end: number }>>();
  for (const row of db
    .prepare('SELECT source_id, start, "end" FROM paragraphs ORDER BY source_id, idx')
    .all()) {
    const id = integerColumn(row, 'source_id');
    const list = paragraphs.get(id) ?? [];
    list.push({ start: integerColumn(row, 'start'), end: integerColumn(row, 'end') });
    paragraphs.set(id, list);
  }
  const files = new Map<number, { format: SourceFormat; bytes: Uint8Array }>();
  const fileQuery = originals
    ? 'SELECT source_id, format, bytes FROM source_files'
    : "SELECT source_id, format, x'' AS bytes FROM source_files WHERE 0";
  for (const row of db.prepare(fileQuery).all()) {
    files.set(integerColumn(row, 'source_id'), {
      format: textColumn(row, 'format') as SourceFormat,
      bytes: blobColumn(row, 'bytes'),
    });
  }
  const sources: SnapshotSource[] = db
    .prepare(
      `SELECT id, title, title_derived, outlet, byline, published_date, url, dateline, agency,
         attribution, file_name, content_hash, text, word_count, removed_lines, imported_at,
         reliability
       FROM sources ORDER BY id`,
    )
    .all()
    .map((row) => {
      const id = integerColumn(row, 'id');
      return {
        id,
        title: textColumn(row, 'title'),
        outlet: textColumn(row, 'outlet'),
        byline: textColumn(row, 'byline'),
        publishedDate: textColumn(row, 'published_date'),
        url: textColumn(row, 'url'),
        dateline: textColumn(row, 'dateline'),
        agency: textColumn(row, 'agency'),
        attribution: textColumn(row, 'attribution'),
        titleDerived: booleanColumn(row, 'title_derived'),
        fileName: textColumn(row, 'file_name'),
        text: textColumn(row, 'text'),
        paragraphs: paragraphs.get(id) ?? [],
        removedLines: JSON.parse(textColumn(row, 'removed_lines')) as string[],
        wordCount: integerColumn(row, 'word_count'),
        contentHash: textColumn(row, 'content_hash'),
        importedAt: textColumn(row, 'imported_at'),
        reliability: textColumn(row, 'reliability') as Reliability,
        original: files.get(id) ?? null,
      };
    });
  const tags = db
    .prepare('SELECT id, name, color, parent_id, position FROM tags ORDER BY id')
    .all()
    .map((row) => ({
      id: integerColumn(row, 'id'),
      name: textColumn(row, 'name'),
      color: textColumn(row, 'color'),
      parentId: row['parent_id'] === null ? null : integerColumn(row, 'parent_id'),
      position: integerColumn(row, 'position'),
    }));
  const claims = new Map<number, SnapshotClaim>();
  for (const row of db
    .prepare('SELECT id, note, credibility, created_at, updated_at FROM claims ORDER BY id')
    .all()) {
    const id = integerColumn(row, 'id');
    claims.set(id, {
      id,
      note: textColumn(row, 'note'),
      credibility: integerColumn(row, 'credibility') as Credibility,
      createdAt: textColumn(row, 'created_at'),
      updatedAt: textColumn(row, 'updated_at'),
      tagIds: [],
      occurrences: [],
      rejected: [],
    });
  }
  const claimOf = (row: Row): SnapshotClaim => {
    const claim = claims.get(integerColumn(row, 'claim_id'));
    if (!claim) throw new Error('A claim row refers to a claim that does not exist.');
    return claim;
  };
  for (const row of db
    .prepare('SELECT claim_id, tag_id FROM claim_tags ORDER BY claim_id, tag_id')
    .all()) {
    claimOf(row).tagIds.push(integerColumn(row, 'tag_id'));
  }
  for (const row of db
    .prepare(
      `SELECT id, claim_id, source_id, start, "end", quote, prefix, suffix, stance
       FROM claim_occurrences ORDER BY id`,
    )
    .all()) {
    claimOf(row).occurrences.push({
      id: integerColumn(row, 'id'),
      sourceId: integerColumn(row, 'source_id'),
      start: integerColumn(row, 'start'),
      end: integerColumn(row, 'end'),
      quote: textColumn(row, 'quote'),
      prefix: textColumn(row, 'prefix'),
      suffix: textColumn(row, 'suffix'),
      stance: textColumn(row, 'stance') as OccurrenceStance,
    });
  }
  for (const row of db
    .prepare(
      'SELECT claim_id, source_id, start, "end" FROM rejected_suggestions ORDER BY claim_id, source_id, start, "end"',
    )
    .all()) {
    claimOf(row).rejected.push({
      sourceId: integerColumn(row, 'source_id'),
      start: integerColumn(row, 'start'),
      end: integerColumn(row, 'end'),
    });
  }
  const notes = db
    .prepare(
      `SELECT owner_kind, owner_id, text, updated_at FROM notes WHERE text <> ''
       ORDER BY owner_kind, owner_id`,
    )
    .all()
    .map((row) => ({
      owner:
        textColumn(row, 'owner_kind') === 'case'
          ? ({ kind: 'case' } as const)
          : ({ kind: 'source', id: integerColumn(row, 'owner_id') } as const),
      text: textColumn(row, 'text'),
      updatedAt: textColumn(row, 'updated_at'),
    }));
  return {
    name: textColumn(info, 'name'),
    createdAt: textColumn(info, 'created_at'),
    searchLanguage: searchLanguage(db),
    sources,
    tags,
    claims: [...claims.values()],
    notes,
    entityEdits: readEntityEdits(db),
    joinOverrides: readJoinOverrides(db),
  };
}

function readEntityEdits(db: DatabaseSync): SnapshotEntityEdit[] {
  return db
    .prepare('SELECT id, kind, subject, target, created_at FROM entity_edits ORDER BY id')
    .all()
    .map((row) => ({
      id: integerColumn(row, 'id'),
      edit:
        textColumn(row, 'kind') === 'merge'
          ? { kind: 'merge', from: textColumn(row, 'subject'), into: textColumn(row, 'target') }
          : { kind: 'split', variant: textColumn(row, 'subject') },
      createdAt: textColumn(row, 'created_at'),
    }));
}

function readJoinOverrides(db: DatabaseSync): SnapshotJoinOverride[] {
  return db
    .prepare(
      `SELECT claim_id, source_a, source_b, action FROM claim_join_overrides
       ORDER BY claim_id, source_a, source_b`,
    )
    .all()
    .map((row) => ({
      claimId: integerColumn(row, 'claim_id'),
      sourceIds: [integerColumn(row, 'source_a'), integerColumn(row, 'source_b')],
      action: textColumn(row, 'action') === 'join' ? 'join' : 'split',
    }));
}

function invalid(message: string): CaseError {
  return new CaseError('invalid-request', message);
}

/**
 * Writes a snapshot into a case that has no sources, tags, claims or notes yet, keeping every
 * id, timestamp and grade. Checks what SQLite cannot: each text's hash, and that each claim
 * occurrence's quote is the text at its offsets. One transaction: a refusal writes nothing.
 */
export function writeCaseSnapshot(db: DatabaseSync, snapshot: CaseSnapshot): void {
  writeTransaction(db, () => {
    const row = db
      .prepare(
        `SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM tags)
           + (SELECT count(*) FROM claims) + (SELECT count(*) FROM notes) AS n`,
      )
      .get();
    if (!row || integerColumn(row, 'n') !== 0) {
      throw invalid('A snapshot can only be written into an empty case.');
    }
    db.prepare('UPDATE case_info SET name = ?, created_at = ? WHERE id = 1').run(
      snapshot.name,
      snapshot.createdAt,
    );
    db.prepare('UPDATE search_settings SET language = ? WHERE id = 1').run(
      snapshot.searchLanguage satisfies SearchLanguage,
    );
    const texts = new Map<number, string>();
    for (const source of snapshot.sources) {
      writeSource(db, source);
      texts.set(source.id, source.text);
    }
    writeTags(db, snapshot);
    for (const claim of snapshot.claims) writeClaim(db, claim, texts);
    const insertNote = db.prepare(
      'INSERT INTO notes (owner_kind, owner_id, text, updated_at) VALUES (?, ?, ?, ?)',
    );
    for (const note of snapshot.notes) {
      if (note.owner.kind === 'source' && !texts.has(note.owner.id)) {
        throw invalid(`A note belongs to source ${note.owner.id}, which is not in the case.`);
      }
      insertNote.run(
        note.owner.kind,
        note.owner.kind === 'case' ? 0 : note.owner.id,
        note.text,
        note.updatedAt,
      );
    }
    writeEntityEdits(db, snapshot.entityEdits);
    writeJoinOverrides(
      db,
      snapshot.joinOverrides,
      new Set(snapshot.claims.map((claim) => claim.id)),
      texts,
    );
  });
}

function writeEntityEdits(db: DatabaseSync, edits: CaseSnapshot['entityEdits']): void {
  const insert = db.prepare(
    'INSERT INTO entity_edits (id, kind, subject, target, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const ids = new Set<number>();
  for (const { id, edit, createdAt } of edits) {
    const where = `Entity edit ${id}`;
    if (!Number.isSafeInteger(id) || id < 1) {
      throw invalid(`Entity edit id ${id} is not a positive whole number.`);
    }
    if (ids.has(id)) throw invalid(`${where} appears twice.`);
    ids.add(id);
    if (edit.kind !== 'merge' && edit.kind !== 'split') {
      throw invalid(`${where}: an entity edit is a merge or a split.`);
    }
    const subject = edit.kind === 'merge' ? edit.from : edit.variant;
    const target = edit.kind === 'merge' ? edit.into : '';
    for (const name of edit.kind === 'merge' ? [subject, target] : [subject]) {
      if (name.length < 1 || name.length > 500) {
        throw invalid(`${where}: an entity name must be 1 to 500 characters long.`);
      }
    }
    insert.run(id, edit.kind, subject, target, createdAt);
  }
}

/**
 * The analyst's joins and splits; each must name a claim and two sources of the case, the
 * lower id first, once per claim and pair.
 */
function writeJoinOverrides(
  db: DatabaseSync,
  overrides: CaseSnapshot['joinOverrides'],
  claims: ReadonlySet<number>,
  sources: ReadonlyMap<number, string>,
): void {
  const insert = db.prepare(
    'INSERT INTO claim_join_overrides (claim_id, source_a, source_b, action) VALUES (?, ?, ?, ?)',
  );
  const seen = new Set<string>();
  for (const { claimId, sourceIds, action } of overrides) {
    const [a, b] = sourceIds;
    const where = `The join override of sources ${a} and ${b} for claim ${claimId}`;
    if (!claims.has(claimId)) throw invalid(`${where}: claim ${claimId} is not in the case.`);
    for (const sourceId of [a, b]) {
      if (!sources.has(sourceId)) {
        throw invalid(`${where}: source ${sourceId} is not in the case.`);
      }
    }
    if (!(a < b)) {
      throw invalid(`${where}: it must name two different sources, the lower id first.`);
    }
    if (action !== 'join' && action !== 'split') {
      throw invalid(`${where}: the action must be "join" or "split", not "${String(action)}".`);
    }
    const key = `${claimId}:${a}:${b}`;
    if (seen.has(key)) throw invalid(`${where} appears twice.`);
    seen.add(key);
    insert.run(claimId, a, b, action);
  }
}

function writeSource(db: DatabaseSync, source: SnapshotSource): void {
  const { id, titleDerived, fileName, text, paragraphs, removedLines, wordCount } = source;
  const { contentHash, importedAt } = source;
  validateNewSource({
    metadata: source,
    titleDerived,
    fileName,
    text,
    paragraphs,
    removedLines,
    wordCount,
    contentHash,
    importedAt,
  });
  if (!Number.isSafeInteger(id) || id < 1)
    throw invalid(`Source id ${id} is not a positive whole number.`);
  if (createHash('sha256').update(text).digest('hex') !== contentHash) {
    throw invalid(`Source ${id} ("${source.title}"): the content hash does not match its text.`);
  }
  if (!/^[A-F]$/.test(source.reliability)) {
    throw invalid(`Source ${id}: reliability must be one of A–F.`);
  }
  db.prepare(
    `INSERT INTO sources (id, title, title_derived, outlet, byline, published_date, url, dateline,
       agency, attribution, file_name, content_hash, text, word_count, removed_lines, imported_at,
       reliability)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    source.title,
    titleDerived ? 1 : 0,
    source.outlet,
    source.byline,
    source.publishedDate,
    source.url,
    source.dateline,
    source.agency,
    source.attribution,
    fileName,
    contentHash,
    text,
    wordCount,
    JSON.stringify(removedLines),
    importedAt,
    source.reliability,
  );
  const insertParagraph = db.prepare(
    'INSERT INTO paragraphs (source_id, idx, start, "end") VALUES (?, ?, ?, ?)',
  );
  paragraphs.forEach(({ start, end }, index) => insertParagraph.run(id, index, start, end));
  if (source.original) {
    const { format, bytes } = source.original;
    db.prepare(
      'INSERT INTO source_files (source_id, format, bytes, sha256) VALUES (?, ?, ?, ?)',
    ).run(id, format, bytes, createHash('sha256').update(bytes).digest('hex'));
  }
}

/** Parents before children, so each parent exists when its child refers to it. */
function writeTags(db: DatabaseSync, snapshot: CaseSnapshot): void {
  const byId = new Map(snapshot.tags.map((tag) => [tag.id, tag]));
  const depth = (id: number): number => {
    let steps = 0;
    for (let tag = byId.get(id); tag?.parentId != null; tag = byId.get(tag.parentId)) {
      if (++steps > byId.size) throw invalid(`Tag ${id} ("${tag.name}") is its own ancestor.`);
      if (!byId.has(tag.parentId)) {
        throw invalid(
          `Tag ${tag.id} ("${tag.name}") has a parent ${tag.parentId} that does not exist.`,
        );
      }
    }
    return steps;
  };
  const insert = db.prepare(
    'INSERT INTO tags (id, name, color, parent_id, position) VALUES (?, ?, ?, ?, ?)',
  );
  const ordered = [...snapshot.tags]
    .map((tag) => ({ tag, depth: depth(tag.id) }))
    .sort((a, b) => a.depth - b.depth || a.tag.id - b.tag.id);
  for (const { tag } of ordered)
    insert.run(tag.id, tag.name, tag.color, tag.parentId, tag.position);
}

function writeClaim(db: DatabaseSync, claim: SnapshotClaim, texts: Map<number, string>): void {
  const origins = claim.occurrences.filter((occurrence) => occurrence.stance === 'origin');
  if (origins.length !== 1) {
    throw invalid(`Claim ${claim.id} has ${origins.length} origin passages; it needs exactly one.`);
  }
  db.prepare(
    'INSERT INTO claims (id, note, credibility, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  ).run(claim.id, claim.note, claim.credibility, claim.createdAt, claim.updatedAt);
  const addTag = db.prepare('INSERT INTO claim_tags (claim_id, tag_id) VALUES (?, ?)');
  for (const tagId of claim.tagIds) addTag.run(claim.id, tagId);
  const insert = db.prepare(
    `INSERT INTO claim_occurrences (id, claim_id, source_id, start, "end", quote, prefix, suffix, stance)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const occurrence of claim.occurrences) {
    const text = texts.get(occurrence.sourceId);
    const where = `Claim ${claim.id}, passage ${occurrence.start}–${occurrence.end} of source ${occurrence.sourceId}`;
    if (text === undefined) throw invalid(`${where}: the source is not in the case.`);
    let anchor;
    try {
      anchor = anchorSpan(text, occurrence.start, occurrence.end);
    } catch (error) {
      throw invalid(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (anchor.quote !== occurrence.quote) {
      throw invalid(`${where}: the quote is not the text at those offsets.`);
    }
    insert.run(
      occurrence.id,
      claim.id,
      occurrence.sourceId,
      anchor.start,
      anchor.end,
      anchor.quote,
      anchor.prefix,
      anchor.suffix,
      occurrence.stance,
    );
  }
  const reject = db.prepare(
    'INSERT INTO rejected_suggestions (claim_id, source_id, start, "end") VALUES (?, ?, ?, ?)',
  );
  for (const span of claim.rejected) reject.run(claim.id, span.sourceId, span.start, span.end);
}
