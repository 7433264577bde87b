// The contract between the UI and main. Every operation, its request and response, and every
// pushed event is declared here once as plain, structured-cloneable data. Main's dispatch table,
// the Electron preload and the browser host's HTTP bridge all typecheck against these types.
// This file has no imports so it can be shared by every layer.

// The domain types live in preload/contract/*, split by feature; this file re-exports them and
// declares the operations, events and the API over them. Contract files import only each other.

export type * from './contract/sources';
export type * from './contract/compare';
export type * from './contract/claims';
export type * from './contract/search';
export type * from './contract/exchange';
export type * from './contract/facts';

import type {
  CaseInfo,
  ChooseCaseFileRequest,
  HostInfo,
  ImportDataRequest,
  ImportedFile,
  ImportFilesRequest,
  ImportPastedRequest,
  ImportProgress,
  RecentCase,
  Reliability,
  SourceDetail,
  SourceSummary,
  Span,
  UpdateSourceMetadataRequest,
} from './contract/sources';
import type { PairComparison, RelationsState } from './contract/compare';
import type {
  SearchLanguage,
  SearchRequest,
  SearchResponse,
  SearchStatus,
} from './contract/search';
import type {
  ExportFormat,
  ExportProgress,
  ExportRequest,
  ImportAnnotationsResult,
  ImportCaseRequest,
  RenderedExport,
  SaveExportRequest,
  SavedExport,
} from './contract/exchange';
import type {
  CaseFacts,
  EntityEdit,
  EntityMentions,
  FactsStatus,
  GetFactsRequest,
} from './contract/facts';
import type {
  AddOccurrencesRequest,
  AddOccurrencesResult,
  CaseEdit,
  ClaimDetail,
  ClaimSummary,
  CreateClaimRequest,
  Note,
  NoteOwner,
  HistoryState,
  OccurrenceSuggestion,
  ReanchorOccurrenceRequest,
  SetJoinRequest,
  SetStanceRequest,
  SourceClaimMark,
  TagDeletion,
  TagInfo,
  UpdateClaimRequest,
} from './contract/claims';

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
  'sources:import-data': { request: ImportDataRequest; response: ImportedFile };
  'sources:import-pasted': { request: ImportPastedRequest; response: ImportedFile };
  /** Electron: the native open dialog for reports; null when cancelled. */
  'sources:choose-import': { request: { kind: 'files' | 'folder' }; response: string[] | null };
  'compare:relations': { request: void; response: RelationsState };
  'compare:pair': { request: { a: number; b: number }; response: PairComparison };
  'sources:set-reliability': {
    request: { id: number; reliability: Reliability };
    response: SourceSummary;
  };
  'tags:list': { request: void; response: TagInfo[] };
  'tags:create': {
    request: { name: string; color?: string; parentId?: number | null };
    response: TagInfo;
  };
  'tags:update': {
    request: {
      id: number;
      name?: string;
      color?: string;
      parentId?: number | null;
      position?: number;
    };
    response: TagInfo;
  };
  'tags:merge': { request: { from: number; into: number }; response: TagInfo };
  'tags:delete': { request: { id: number; deletion: TagDeletion }; response: void };
  'claims:list': { request: void; response: ClaimSummary[] };
  'claims:get': { request: { id: number }; response: ClaimDetail };
  'claims:in-source': { request: { sourceId: number }; response: SourceClaimMark[] };
  'claims:create': { request: CreateClaimRequest; response: ClaimDetail };
  'claims:update': { request: UpdateClaimRequest; response: ClaimDetail };
  'claims:delete': { request: { id: number }; response: void };
  'claims:suggestions': { request: { id: number }; response: OccurrenceSuggestion[] };
  'claims:add-occurrence': {
    request: Span & { claimId: number; sourceId: number; stance: 'supports' | 'contradicts' };
    response: ClaimDetail;
  };
  'claims:remove-occurrence': { request: { occurrenceId: number }; response: ClaimDetail };
  /** Supporting to contradicting or back; the origin has no stance to change. */
  'claims:set-stance': { request: SetStanceRequest; response: ClaimDetail };
  /** Moves an occurrence (the origin too) to another passage, possibly of another source. */
  'claims:reanchor-occurrence': { request: ReanchorOccurrenceRequest; response: ClaimDetail };
  /** Links up to maxLinkedPassages passages as one undoable edit, skipping those already linked. */
  'claims:add-occurrences': { request: AddOccurrencesRequest; response: AddOccurrencesResult };
  /** The analyst joins or splits two sources as lines of evidence for one claim (undoable). */
  'claims:set-join': { request: SetJoinRequest; response: ClaimDetail };
  'claims:reject-suggestion': {
    request: Span & { claimId: number; sourceId: number };
    response: void;
  };
  /** Quotes, attributions, entities and discrepancies: the last computed, with its status. */
  'facts:get': { request: GetFactsRequest; response: CaseFacts };
  'facts:status': { request: void; response: FactsStatus };
  /** Where one entity is mentioned, to filter sources, claims and search by it. */
  'facts:entity-mentions': { request: { key: string }; response: EntityMentions };
  /** Merges two entities or splits a variant out, as one undoable edit. */
  'facts:edit-entities': { request: { edit: EntityEdit }; response: CaseFacts };
  'notes:get': { request: { owner: NoteOwner }; response: Note };
  'notes:save': { request: { owner: NoteOwner; text: string }; response: Note };
  'history:state': { request: void; response: HistoryState };
  'history:undo': { request: void; response: HistoryState };
  'history:redo': { request: void; response: HistoryState };
  'search:query': { request: SearchRequest; response: SearchResponse };
  'search:status': { request: void; response: SearchStatus };
  /** Re-indexes the case with another language's stemming and stop words. */
  'search:set-language': { request: { language: SearchLanguage }; response: SearchStatus };
  /** The export's file, for the browser host's download. */
  'export:render': { request: ExportRequest; response: RenderedExport };
  /** Writes the export to a path (temporary file, then rename). */
  'export:save': { request: SaveExportRequest; response: SavedExport };
  /** Electron: the native save dialog, at a name made from the case's; null when cancelled. */
  'export:choose-path': { request: { format: ExportFormat }; response: string | null };
  /** Opens a case JSON or .qdpx as a new case. */
  'case:import-exchange': { request: ImportCaseRequest; response: CaseInfo };
  /** Adds the claims of a W3C Web Annotation file to the open case, as one undoable edit. */
  'claims:import-annotations': { request: { text: string }; response: ImportAnnotationsResult };
}

export type Channel = keyof Operations;
export type RequestOf<C extends Channel> = Operations[C]['request'];
export type ResponseOf<C extends Channel> = Operations[C]['response'];

/** Events pushed from main to the UI. */
export interface Events {
  'case:did-change': CaseInfo | null;
  'sources:did-change': { sourceIds: number[] };
  /** One file of an import by path (import-files) has been read: for per-file progress. */
  'sources:import-progress': ImportProgress;
  'compare:did-change': RelationsState;
  /** Claims, tags, grades, notes or metadata changed: by an edit, an undo or a redo. */
  'case:did-edit': CaseEdit;
  /** The search index started or finished bringing itself up to date. */
  'search:did-change': SearchStatus;
  /** The facts (quotes, attributions, entities, discrepancies) started or finished computing. */
  'facts:did-change': FactsStatus;
  /** An export under way: what it is doing and how far it is. */
  'export:progress': ExportProgress;
  /** A command chosen in the native application menu. */
  'command:did-run': { id: string };
}

export type EventName = keyof Events;

/** The file types import reads; a dropped or chosen folder contributes the files among them. */
export const importableExtensions = [
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.xhtml',
  '.docx',
  '.pdf',
] as const;

/** The most passages one `claims:add-occurrences` request may link. */
export const maxLinkedPassages = 5000;

/** Search languages with their names, in the order the UI lists them. */
export const searchLanguages: ReadonlyArray<readonly [SearchLanguage, string]> = [
  ['en', 'English'],
  ['ar', 'Arabic'],
  ['da', 'Danish'],
  ['nl', 'Dutch'],
  ['fi', 'Finnish'],
  ['fr', 'French'],
  ['de', 'German'],
  ['hu', 'Hungarian'],
  ['it', 'Italian'],
  ['no', 'Norwegian'],
  ['pt', 'Portuguese'],
  ['ro', 'Romanian'],
  ['ru', 'Russian'],
  ['es', 'Spanish'],
  ['sv', 'Swedish'],
  ['tr', 'Turkish'],
];

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
  'disk-full',
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
  importData(request: ImportDataRequest): Promise<ImportedFile>;
  importPasted(request: ImportPastedRequest): Promise<ImportedFile>;
  search(request: SearchRequest): Promise<SearchResponse>;
  getSearchStatus(): Promise<SearchStatus>;
  setSearchLanguage(request: { language: SearchLanguage }): Promise<SearchStatus>;
  chooseImport(request: RequestOf<'sources:choose-import'>): Promise<string[] | null>;
  getRelations(): Promise<RelationsState>;
  comparePair(request: { a: number; b: number }): Promise<PairComparison>;
  setSourceReliability(request: RequestOf<'sources:set-reliability'>): Promise<SourceSummary>;
  listTags(): Promise<TagInfo[]>;
  createTag(request: RequestOf<'tags:create'>): Promise<TagInfo>;
  updateTag(request: RequestOf<'tags:update'>): Promise<TagInfo>;
  mergeTags(request: RequestOf<'tags:merge'>): Promise<TagInfo>;
  deleteTag(request: RequestOf<'tags:delete'>): Promise<void>;
  listClaims(): Promise<ClaimSummary[]>;
  getClaim(request: { id: number }): Promise<ClaimDetail>;
  listClaimsInSource(request: { sourceId: number }): Promise<SourceClaimMark[]>;
  createClaim(request: CreateClaimRequest): Promise<ClaimDetail>;
  updateClaim(request: UpdateClaimRequest): Promise<ClaimDetail>;
  deleteClaim(request: { id: number }): Promise<void>;
  suggestOccurrences(request: { id: number }): Promise<OccurrenceSuggestion[]>;
  addOccurrence(request: RequestOf<'claims:add-occurrence'>): Promise<ClaimDetail>;
  removeOccurrence(request: { occurrenceId: number }): Promise<ClaimDetail>;
  setOccurrenceStance(request: SetStanceRequest): Promise<ClaimDetail>;
  reanchorOccurrence(request: ReanchorOccurrenceRequest): Promise<ClaimDetail>;
  addOccurrences(request: AddOccurrencesRequest): Promise<AddOccurrencesResult>;
  setClaimJoin(request: SetJoinRequest): Promise<ClaimDetail>;
  rejectSuggestion(request: RequestOf<'claims:reject-suggestion'>): Promise<void>;
  getFacts(request: GetFactsRequest): Promise<CaseFacts>;
  getFactsStatus(): Promise<FactsStatus>;
  getEntityMentions(request: { key: string }): Promise<EntityMentions>;
  editEntities(request: { edit: EntityEdit }): Promise<CaseFacts>;
  getNote(request: { owner: NoteOwner }): Promise<Note>;
  saveNote(request: { owner: NoteOwner; text: string }): Promise<Note>;
  getHistory(): Promise<HistoryState>;
  undo(): Promise<HistoryState>;
  redo(): Promise<HistoryState>;
  renderExport(request: ExportRequest): Promise<RenderedExport>;
  saveExport(request: SaveExportRequest): Promise<SavedExport>;
  chooseExportPath(request: RequestOf<'export:choose-path'>): Promise<string | null>;
  importCaseFile(request: ImportCaseRequest): Promise<CaseInfo>;
  importAnnotations(request: { text: string }): Promise<ImportAnnotationsResult>;
  onExportProgress(listener: (event: Events['export:progress']) => void): Unsubscribe;
  onDidEditCase(listener: (event: Events['case:did-edit']) => void): Unsubscribe;
  onDidChangeCase(listener: (event: Events['case:did-change']) => void): Unsubscribe;
  onDidChangeSources(listener: (event: Events['sources:did-change']) => void): Unsubscribe;
  onImportProgress(listener: (event: Events['sources:import-progress']) => void): Unsubscribe;
  onDidChangeSearch(listener: (event: Events['search:did-change']) => void): Unsubscribe;
  onDidChangeRelations(listener: (event: Events['compare:did-change']) => void): Unsubscribe;
  onDidRunCommand(listener: (event: Events['command:did-run']) => void): Unsubscribe;
  onDidChangeFacts(listener: (event: Events['facts:did-change']) => void): Unsubscribe;
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
