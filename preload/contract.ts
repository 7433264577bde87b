// The contract between the UI and main. Every operation, its request and response, and every
// pushed event is declared here once as plain, structured-cloneable data. Main's dispatch table,
// the Electron preload and the browser host's HTTP bridge all typecheck against these types.
// This file has no imports so it can be shared by every layer.

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
}

export interface CaseInfo {
  path: string;
  name: string;
  createdAt: string;
  sourceCount: number;
  schemaVersion: number;
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

export interface SourceDetail extends SourceSummary {
  /** Immutable after import: NFC, LF line endings, paragraphs separated by one blank line. */
  text: string;
  paragraphs: Paragraph[];
  /** Lines the importer moved out of the body (boilerplate, comment prompts, notes). */
  removedLines: string[];
}

export interface UpdateSourceMetadataRequest {
  id: number;
  changes: Partial<SourceMetadata>;
}

export interface ImportedFile {
  fileName: string;
  status: 'imported' | 'duplicate' | 'refused';
  sourceId?: number;
  message?: string;
}

export interface ImportFilesRequest {
  paths: string[];
}

export interface ChooseCaseFileRequest {
  mode: 'open' | 'create';
}

// ---- Comparison -------------------------------------------------------------------------

/**
 * How two passages relate: the same words (verbatim), the same sentence with words swapped for
 * synonyms, number words for digits or small insertions (spun), the same content reworded
 * (paraphrase), or the same quoted words, whoever they are attributed to (shared quote).
 */
export type PassageKind = 'verbatim' | 'spun' | 'paraphrase' | 'shared-quote';

/** A changed word run inside an aligned passage: removed from text A, or added in text B. */
export interface DiffMark extends Span {
  op: 'removed' | 'added';
}

/** One aligned passage pair; spans are code points into each source's text. */
export interface AlignedPassage {
  a: Span;
  b: Span;
  /** 0..1: how alike the two passages are. */
  score: number;
  kind: PassageKind;
  /** Word-level differences: removed words in A, added words in B. */
  diff: { a: DiffMark[]; b: DiffMark[] };
}

/** A word swap seen across the aligned passages of two sources ("leader → chief ×3"). */
export interface Substitution {
  from: string;
  to: string;
  count: number;
}

export type RelationVerdict = 'derived-copy' | 'shares-passages' | 'independent';

export interface SourceRelation {
  a: number;
  b: number;
  /** 0..1 over both texts. */
  similarity: number;
  /** Share of each text (a, b) covered by aligned passages of any kind. */
  coverage: [number, number];
  verdict: RelationVerdict;
  /** For a derived copy whose direction the text gives evidence for: which source copied which. */
  direction: { copy: number; origin: number } | null;
  /** The verdict in words an analyst can check: coverage, evidence, example substitutions. */
  explanation: string;
  passageCounts: Record<PassageKind, number>;
}

export interface PairComparison {
  relation: SourceRelation;
  /** Oriented as requested: `a` spans are in the first source asked for. */
  passages: AlignedPassage[];
  substitutions: Substitution[];
}

export interface RelationsState {
  /** `computing` while the worker compares sources that are new or changed. */
  status: 'ready' | 'computing';
  progress: { done: number; total: number } | null;
  /** Every pair of sources that is not independent; absent pairs are independent. */
  relations: SourceRelation[];
  sourceCount: number;
}

/** Every operation: channel name -> request and response. */
export interface Operations {
  'host:info': { request: void; response: HostInfo };
  'case:info': { request: void; response: CaseInfo | null };
  'case:open': { request: { path: string }; response: CaseInfo };
  'case:create': { request: { path: string; name?: string }; response: CaseInfo };
  'case:recent': { request: void; response: RecentCase[] };
  'case:choose-file': { request: ChooseCaseFileRequest; response: string | null };
  'sources:list': { request: void; response: SourceSummary[] };
  'sources:get': { request: { id: number }; response: SourceDetail };
  'sources:update-metadata': { request: UpdateSourceMetadataRequest; response: SourceSummary };
  'sources:import-files': { request: ImportFilesRequest; response: ImportedFile[] };
  'compare:relations': { request: void; response: RelationsState };
  'compare:pair': { request: { a: number; b: number }; response: PairComparison };
}

export type Channel = keyof Operations;
export type RequestOf<C extends Channel> = Operations[C]['request'];
export type ResponseOf<C extends Channel> = Operations[C]['response'];

/** Events pushed from main to the UI. */
export interface Events {
  'case:did-change': CaseInfo | null;
  'sources:did-change': { sourceIds: number[] };
  'compare:did-change': RelationsState;
  /** A command chosen in the native application menu. */
  'command:did-run': { id: string };
}

export type EventName = keyof Events;

export const errorCodes = [
  'invalid-request',
  'unknown-operation',
  'no-case-open',
  'not-a-case',
  'newer-schema',
  'case-locked',
  'not-found',
  'already-exists',
  'unsupported',
  'io',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

/** What crosses the boundary for every call; bridges turn failures into thrown errors. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export type Unsubscribe = () => void;

/** `window.workbench`: one verb per operation, one subscription per event. */
export interface WorkbenchApi {
  getHostInfo(): Promise<HostInfo>;
  getCaseInfo(): Promise<CaseInfo | null>;
  openCase(request: { path: string }): Promise<CaseInfo>;
  createCase(request: { path: string; name?: string }): Promise<CaseInfo>;
  listRecentCases(): Promise<RecentCase[]>;
  chooseCaseFile(request: ChooseCaseFileRequest): Promise<string | null>;
  listSources(): Promise<SourceSummary[]>;
  getSource(request: { id: number }): Promise<SourceDetail>;
  updateSourceMetadata(request: UpdateSourceMetadataRequest): Promise<SourceSummary>;
  importFiles(request: ImportFilesRequest): Promise<ImportedFile[]>;
  getRelations(): Promise<RelationsState>;
  comparePair(request: { a: number; b: number }): Promise<PairComparison>;
  onDidChangeCase(listener: (event: Events['case:did-change']) => void): Unsubscribe;
  onDidChangeSources(listener: (event: Events['sources:did-change']) => void): Unsubscribe;
  onDidChangeRelations(listener: (event: Events['compare:did-change']) => void): Unsubscribe;
  onDidRunCommand(listener: (event: Events['command:did-run']) => void): Unsubscribe;
}

/**
 * What the Electron preload exposes as `window.workbench`: the same verbs, resolving to
 * envelopes instead of throwing, because an error crossing contextBridge keeps only its
 * message. The renderer turns it into a WorkbenchApi (preload/api-factory.ts).
 */
export type WorkbenchBridge = {
  [Verb in keyof WorkbenchApi]: WorkbenchApi[Verb] extends (
    ...args: infer Args
  ) => Promise<infer Result>
    ? (...args: Args) => Promise<Envelope<Result>>
    : WorkbenchApi[Verb];
};
