// The whole case as plain data: what every exporter reads and every importer produces. Offsets
// are Unicode code points into `text`, as everywhere in Corroborate.
import type {
  ClaimOccurrence,
  Credibility,
  EntityEdit,
  JoinOverride,
  NoteOwner,
  Reliability,
  SearchLanguage,
  SourceFormat,
  SourceMetadata,
  Span,
} from '../../../preload/contract';

export interface SnapshotSource extends SourceMetadata {
  id: number;
  titleDerived: boolean;
  fileName: string;
  /** Normalised, immutable text (LF line endings). */
  text: string;
  paragraphs: Span[];
  removedLines: string[];
  wordCount: number;
  /** sha256 hex of `text`. */
  contentHash: string;
  importedAt: string;
  reliability: Reliability;
  /** The imported file byte for byte; null for sources imported before files were kept. */
  original: { format: SourceFormat; bytes: Uint8Array } | null;
}

export interface SnapshotTag {
  id: number;
  name: string;
  /** #rrggbb, lower case. */
  color: string;
  parentId: number | null;
  position: number;
}

export type SnapshotOccurrence = Omit<ClaimOccurrence, 'claimId'>;

export interface SnapshotClaim {
  id: number;
  note: string;
  credibility: Credibility;
  createdAt: string;
  updatedAt: string;
  /** Ascending. */
  tagIds: number[];
  /** By id; exactly one has stance `origin`. */
  occurrences: SnapshotOccurrence[];
  /** Suggested passages the analyst turned down, so they are not suggested again. */
  rejected: Array<Span & { sourceId: number }>;
}

export interface SnapshotNote {
  owner: NoteOwner;
  text: string;
  updatedAt: string;
}

/** An analyst's merge or split of entities, in the order they were made (ids ascending). */
export interface SnapshotEntityEdit {
  id: number;
  edit: EntityEdit;
  createdAt: string;
}

/** The analyst's join or split of two sources for one claim; `sourceIds` ascending. */
export interface SnapshotJoinOverride extends JoinOverride {
  claimId: number;
}

export interface CaseSnapshot {
  name: string;
  createdAt: string;
  searchLanguage: SearchLanguage;
  /** By id. */
  sources: SnapshotSource[];
  /** By id. */
  tags: SnapshotTag[];
  /** By id. */
  claims: SnapshotClaim[];
  /** Case note first, then source notes by source id. */
  notes: SnapshotNote[];
  /** By id. */
  entityEdits: SnapshotEntityEdit[];
  /** By claim, then sources. */
  joinOverrides: SnapshotJoinOverride[];
}
