// Cases and sources: what the reader shows. Part of the contract (preload/contract.ts).

/** Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged. */
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/** Offsets into a source's text are Unicode code points, never UTF-16 units. */
export interface Span {
  start: number;
  end: number;
}

export type HostKind = 'electron' | 'browser';

export interface HostInfo {
  kind: HostKind;
  appVersion: string;
  platform: string;
  /** Whether native open/save dialogs exist (Electron) or a path must be typed (browser host). */
  nativeDialogs: boolean;
  /** Files larger than this are refused by import (settings.json `importMaxMegabytes`). */
  maxImportBytes: number;
  /** The folder "New case" proposes (the app's data folder). */
  newCaseFolder: string;
  /** Why the case this app started with could not be opened ("… is open in another window"). */
  startupProblem?: string;
}

export interface CaseInfo {
  path: string;
  name: string;
  createdAt: string;
  sourceCount: number;
  schemaVersion: number;
  /** Set when this open found the case damaged and restored it from a good copy. */
  recovery?: RecoveryNotice;
  /** Why the last backup of the case failed; absent once a backup succeeds again. */
  backupProblem?: string;
  /**
   * Set when the integrity check that runs after opening found the case damaged: what was
   * found and what to do. Changes to the case are refused from then on.
   */
  damage?: string;
}

/** The kinds of damage a case is checked for when it is opened. */
export type DamageKind =
  'truncated' | 'garbage-start' | 'damaged-page' | 'lost-wal' | 'foreign-wal';

/** What happened when a damaged case was restored at open, for the analyst. */
export interface RecoveryNotice {
  kind: DamageKind;
  /** What was found, as a sentence fragment: "the case file was cut short …". */
  found: string;
  /** Where the damaged file was kept. */
  damagedPath: string;
  /** What the case now holds: a backup, or the case file itself without its damaged log. */
  restoredFrom: 'backup' | 'case-file';
  /** When that copy was made (ISO 8601): work after it is not in the restored case. */
  restoredAt: string;
}

export interface RecentCase {
  path: string;
  name: string;
  openedAt: string;
  exists: boolean;
}

/** Metadata the importer recognises and the analyst may edit. Empty string means unknown. */
export interface SourceMetadata {
  title: string;
  outlet: string;
  byline: string;
  /** ISO date (YYYY-MM-DD) or empty. */
  publishedDate: string;
  url: string;
  dateline: string;
  agency: string;
  attribution: string;
}

export interface SourceSummary extends SourceMetadata {
  id: number;
  /**
   * The source's number in its case: the number its file name starts with ("002_ap.txt" →
   * "002") unless an earlier source holds it, else the id. Never changes once imported.
   */
  number: string;
  /** Short and unique in the case, used wherever a source is named: "AP · 12 Sep 2023 · #002". */
  label: string;
  /** Admiralty reliability the analyst gave the source; F (cannot be judged) until graded. */
  reliability: Reliability;
  /** True while the title is still the one derived from the lead (no title line was found). */
  titleDerived: boolean;
  fileName: string;
  wordCount: number;
  importedAt: string;
}

export interface Paragraph extends Span {
  index: number;
  text: string;
}

/** What an imported file was read as. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf' | 'pasted';

/** The file a source was imported from, kept byte for byte in the case. */
export interface SourceOriginal {
  format: SourceFormat;
  /** Size in bytes. */
  size: number;
}

export interface SourceDetail extends SourceSummary {
  /** Immutable after import: NFC, LF line endings, paragraphs separated by one blank line. */
  text: string;
  paragraphs: Paragraph[];
  /** Lines the importer moved out of the body (boilerplate, comment prompts, notes). */
  removedLines: string[];
  /** The imported file; null for sources imported before files were kept (case format < 4). */
  original: SourceOriginal | null;
}

export interface UpdateSourceMetadataRequest {
  id: number;
  changes: Partial<SourceMetadata>;
}

export interface ImportedFile {
  fileName: string;
  /**
   * `duplicate`: the same file with the same details is already in the case (`sourceId`). The
   * same text under another title, outlet, address or file is a republication: `imported`.
   */
  status: 'imported' | 'duplicate' | 'refused';
  sourceId?: number;
  /** For an import whose text is already in the case: the first source with that text. */
  identicalTo?: number;
  /** Why a file was refused or is a duplicate; for a republication, which source it repeats. */
  message?: string;
}

export interface ImportFilesRequest {
  paths: string[];
}

/** One file's bytes, for hosts where the UI holds the file rather than its path (drop, input). */
export interface ImportDataRequest {
  /** The file's name as the browser gave it; only its last segment is kept. */
  name: string;
  /** The bytes, base64. */
  data: string;
}

export interface ImportProgress {
  /** Files read so far in this batch, and how many it has. */
  done: number;
  total: number;
  result: ImportedFile;
}

/** Text pasted from another application, with the title the analyst typed. */
export interface ImportPastedRequest {
  title: string;
  text: string;
}

export interface ChooseCaseFileRequest {
  mode: 'open' | 'create';
}
