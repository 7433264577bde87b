import type { DatabaseSync } from 'node:sqlite';
import type {
  ClaimOccurrence,
  Credibility,
  NoteOwner,
  OccurrenceStance,
  Reliability,
  SourceMetadata,
  SourceSummary,
  Span,
  TagInfo,
} from '../../preload/contract';
import { CaseError } from '../core/errors';
import { integerColumn, textColumn, type Row } from './rows';
import { FactsStore } from './facts-repository';
import * as sources from './source-repository';

export interface ClaimRow {
  id: number;
  note: string;
  credibility: Credibility;
  createdAt: string;
  updatedAt: string;
}

export interface NewOccurrence extends Span {
  claimId: number;
  sourceId: number;
  quote: string;
  prefix: string;
  suffix: string;
  stance: OccurrenceStance;
}

export interface StoredNote {
  text: string;
  updatedAt: string;
}

export type TagFields = Pick<TagInfo, 'name' | 'color' | 'parentId' | 'position'>;

const STANCES: readonly OccurrenceStance[] = ['origin', 'supports', 'contradicts'];

function credibilityColumn(row: Row): Credibility {
  const value = integerColumn(row, 'credibility');
  if (value < 1 || value > 6) throw new Error(`claims.credibility holds ${value}.`);
  return value as Credibility;
}

function toTag(row: Row): TagInfo {
  const parent = row['parent_id'];
  return {
    id: integerColumn(row, 'id'),
    name: textColumn(row, 'name'),
    color: textColumn(row, 'color'),
    parentId: parent === null ? null : integerColumn(row, 'parent_id'),
    position: integerColumn(row, 'position'),
    claimCount: integerColumn(row, 'claim_count'),
  };
}

function toClaim(row: Row): ClaimRow {
  return {
    id: integerColumn(row, 'id'),
    note: textColumn(row, 'note'),
    credibility: credibilityColumn(row),
    createdAt: textColumn(row, 'created_at'),
    updatedAt: textColumn(row, 'updated_at'),
  };
}

function toOccurrence(row: Row): ClaimOccurrence {
  const stance = STANCES.find((value) => value === row['stance']);
  if (!stance) throw new Error(`claim_occurrences.stance holds ${String(row['stance'])}.`);
  return {
    id: integerColumn(row, 'id'),
    claimId: integerColumn(row, 'claim_id'),
    sourceId: integerColumn(row, 'source_id'),
    start: integerColumn(row, 'start'),
    end: integerColumn(row, 'end'),
    quote: textColumn(row, 'quote'),
    prefix: textColumn(row, 'prefix'),
    suffix: textColumn(row, 'suffix'),
    stance,
  };
}

const TAG_SELECT = `SELECT t.id, t.name, t.color, t.parent_id, t.position,
  (SELECT count(*) FROM claim_tags ct WHERE ct.tag_id = t.id) AS claim_count FROM tags t`;
const OCCURRENCE_SELECT = `SELECT id, claim_id, source_id, start, "end", quote, prefix, suffix, stance
  FROM claim_occurrences`;
const OCCURRENCE_ORDER = `ORDER BY claim_id, stance <> 'origin', source_id, start, "end", id`;

function ownerKey(owner: NoteOwner): [string, number] {
  return owner.kind === 'case' ? ['case', 0] : ['source', owner.id];
}

/**
 * Claims, tags, grades and notes of one case: plain reads and writes, no transactions (the
 * caller runs writes inside one recorded edit) and no rules beyond what the schema enforces.
 */
export class CaseStore {
  constructor(private readonly db: DatabaseSync) {}

  // ---- sources

  listSources(): SourceSummary[] {
    return sources.listSources(this.db);
  }

  getSourceSummary(id: number): SourceSummary {
    return sources.getSourceSummary(this.db, id);
  }

  /** The immutable text of a source; `not-found` if there is no such source. */
  sourceText(id: number): string {
    const row = this.db.prepare('SELECT text FROM sources WHERE id = ?').get(id);
    if (!row) throw new CaseError('not-found', `Source ${id} is not in this case.`);
    return textColumn(row, 'text');
  }

  setReliability(id: number, reliability: Reliability): SourceSummary {
    return sources.setReliability(this.db, id, reliability);
  }

  updateSourceMetadata(id: number, changes: Partial<SourceMetadata>): SourceSummary {
    return sources.applyMetadataChanges(this.db, id, changes);
  }

  // ---- tags

  /** Every tag, in id order. */
  listTags(): TagInfo[] {
    return this.db.prepare(`${TAG_SELECT} ORDER BY t.id`).all().map(toTag);
  }

  findTag(id: number): TagInfo | null {
    const row = this.db.prepare(`${TAG_SELECT} WHERE t.id = ?`).get(id);
    return row ? toTag(row) : null;
  }

  /** Children of a tag (null: top level), in sibling order. */
  tagChildren(parentId: number | null): TagInfo[] {
    return this.db
      .prepare(`${TAG_SELECT} WHERE t.parent_id IS ? ORDER BY t.position, t.id`)
      .all(parentId)
      .map(toTag);
  }

  insertTag(fields: TagFields): number {
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO tags (name, color, parent_id, position) VALUES (?, ?, ?, ?)')
      .run(fields.name, fields.color, fields.parentId, fields.position);
    return Number(lastInsertRowid);
  }

  /** Writes only the fields that differ from the stored tag. */
  updateTag(id: number, fields: Partial<TagFields>): void {
    const current = this.findTag(id);
    if (!current) throw new CaseError('not-found', `Tag ${id} is not in this case.`);
    const columns = { name: 'name', color: 'color', parentId: 'parent_id', position: 'position' };
    const entries = (Object.keys(columns) as (keyof TagFields)[]).filter(
      (key) => fields[key] !== undefined && fields[key] !== current[key],
    );
    if (entries.length === 0) return;
    this.db
      .prepare(
        `UPDATE tags SET ${entries.map((key) => `${columns[key]} = ?`).join(', ')} WHERE id = ?`,
      )
      .run(...entries.map((key) => fields[key] ?? null), id);
  }

  deleteTag(id: number): void {
    this.db.prepare('DELETE FROM tags WHERE id = ?').run(id);
  }

  // ---- claims

  listClaims(): ClaimRow[] {
    return this.db
      .prepare('SELECT id, note, credibility, created_at, updated_at FROM claims ORDER BY id')
      .all()
      .map(toClaim);
  }

  findClaim(id: number): ClaimRow | null {
    const row = this.db
      .prepare('SELECT id, note, credibility, created_at, updated_at FROM claims WHERE id = ?')
      .get(id);
    return row ? toClaim(row) : null;
  }

  insertClaim(fields: Omit<ClaimRow, 'id'>): number {
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO claims (note, credibility, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run(fields.note, fields.credibility, fields.createdAt, fields.updatedAt);
    return Number(lastInsertRowid);
  }

  updateClaim(
    id: number,
    fields: Partial<Pick<ClaimRow, 'note' | 'credibility' | 'updatedAt'>>,
  ): void {
    const current = this.findClaim(id);
    if (!current) throw new CaseError('not-found', `Claim ${id} is not in this case.`);
    this.db
      .prepare('UPDATE claims SET note = ?, credibility = ?, updated_at = ? WHERE id = ?')
      .run(
        fields.note ?? current.note,
        fields.credibility ?? current.credibility,
        fields.updatedAt ?? current.updatedAt,
        id,
      );
  }

  deleteClaim(id: number): void {
    this.db.prepare('DELETE FROM claims WHERE id = ?').run(id);
  }

  /** Tag ids per claim, ascending. */
  claimTagIds(): Map<number, number[]> {
    const map = new Map<number, number[]>();
    for (const row of this.db
      .prepare('SELECT claim_id, tag_id FROM claim_tags ORDER BY claim_id, tag_id')
      .all()) {
      const claimId = integerColumn(row, 'claim_id');
      map.set(claimId, [...(map.get(claimId) ?? []), integerColumn(row, 'tag_id')]);
    }
    return map;
  }

  tagIdsOf(claimId: number): number[] {
    return this.db
      .prepare('SELECT tag_id FROM claim_tags WHERE claim_id = ? ORDER BY tag_id')
      .all(claimId)
      .map((row) => integerColumn(row, 'tag_id'));
  }

  claimIdsTagged(tagId: number): number[] {
    return this.db
      .prepare('SELECT claim_id FROM claim_tags WHERE tag_id = ? ORDER BY claim_id')
      .all(tagId)
      .map((row) => integerColumn(row, 'claim_id'));
  }

  addClaimTag(claimId: number, tagId: number): void {
    this.db
      .prepare('INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)')
      .run(claimId, tagId);
  }

  removeClaimTag(claimId: number, tagId: number): void {
    this.db.prepare('DELETE FROM claim_tags WHERE claim_id = ? AND tag_id = ?').run(claimId, tagId);
  }

  // ---- occurrences

  listOccurrences(filter: { claimId?: number; sourceId?: number } = {}): ClaimOccurrence[] {
    if (filter.claimId !== undefined) {
      return this.db
        .prepare(`${OCCURRENCE_SELECT} WHERE claim_id = ? ${OCCURRENCE_ORDER}`)
        .all(filter.claimId)
        .map(toOccurrence);
    }
    if (filter.sourceId !== undefined) {
      return this.db
        .prepare(`${OCCURRENCE_SELECT} WHERE source_id = ? ${OCCURRENCE_ORDER}`)
        .all(filter.sourceId)
        .map(toOccurrence);
    }
    return this.db.prepare(`${OCCURRENCE_SELECT} ${OCCURRENCE_ORDER}`).all().map(toOccurrence);
  }

  findOccurrence(id: number): ClaimOccurrence | null {
    const row = this.db.prepare(`${OCCURRENCE_SELECT} WHERE id = ?`).get(id);
    return row ? toOccurrence(row) : null;
  }

  insertOccurrence(occurrence: NewOccurrence): number {
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO claim_occurrences (claim_id, source_id, start, "end", quote, prefix, suffix, stance)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        occurrence.claimId,
        occurrence.sourceId,
        occurrence.start,
        occurrence.end,
        occurrence.quote,
        occurrence.prefix,
        occurrence.suffix,
        occurrence.stance,
      );
    return Number(lastInsertRowid);
  }

  deleteOccurrence(id: number): void {
    this.db.prepare('DELETE FROM claim_occurrences WHERE id = ?').run(id);
  }

  // ---- facts: entity edits and claim join overrides (facts-repository.ts)

  get facts(): FactsStore {
    return new FactsStore(this.db);
  }

  // ---- rejected suggestions

  rejectedSpans(claimId: number): Array<Span & { sourceId: number }> {
    return this.db
      .prepare(
        'SELECT source_id, start, "end" FROM rejected_suggestions WHERE claim_id = ? ORDER BY source_id, start, "end"',
      )
      .all(claimId)
      .map((row) => ({
        sourceId: integerColumn(row, 'source_id'),
        start: integerColumn(row, 'start'),
        end: integerColumn(row, 'end'),
      }));
  }

  insertRejected(claimId: number, sourceId: number, span: Span): void {
    this.db
      .prepare(
        'INSERT OR IGNORE INTO rejected_suggestions (claim_id, source_id, start, "end") VALUES (?, ?, ?, ?)',
      )
      .run(claimId, sourceId, span.start, span.end);
  }

  deleteRejected(claimId: number, sourceId: number, span: Span): void {
    this.db
      .prepare(
        'DELETE FROM rejected_suggestions WHERE claim_id = ? AND source_id = ? AND start = ? AND "end" = ?',
      )
      .run(claimId, sourceId, span.start, span.end);
  }

  // ---- notes

  /** Every non-empty note, for the search index. */
  listNotes(): Array<{ owner: NoteOwner; text: string }> {
    return this.db
      .prepare(
        "SELECT owner_kind, owner_id, text FROM notes WHERE text <> '' ORDER BY owner_kind, owner_id",
      )
      .all()
      .map((row) => ({
        owner:
          textColumn(row, 'owner_kind') === 'case'
            ? { kind: 'case' as const }
            : { kind: 'source' as const, id: integerColumn(row, 'owner_id') },
        text: textColumn(row, 'text'),
      }));
  }

  getNote(owner: NoteOwner): StoredNote | null {
    const row = this.db
      .prepare('SELECT text, updated_at FROM notes WHERE owner_kind = ? AND owner_id = ?')
      .get(...ownerKey(owner));
    return row ? { text: textColumn(row, 'text'), updatedAt: textColumn(row, 'updated_at') } : null;
  }

  putNote(owner: NoteOwner, note: StoredNote): void {
    this.db
      .prepare(
        `INSERT INTO notes (owner_kind, owner_id, text, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (owner_kind, owner_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
      )
      .run(...ownerKey(owner), note.text, note.updatedAt);
  }

  deleteNote(owner: NoteOwner): void {
    this.db
      .prepare('DELETE FROM notes WHERE owner_kind = ? AND owner_id = ?')
      .run(...ownerKey(owner));
  }
}
