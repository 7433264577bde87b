import type {
  Channel,
  Envelope,
  ErrorCode,
  EventName,
  Events,
  RequestOf,
  ResponseOf,
  Unsubscribe,
  WorkbenchApi,
  WorkbenchBridge,
} from './contract';

/** How a bridge reaches main: Electron IPC in the desktop app, fetch in the browser host. */
export interface Transport {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Envelope<ResponseOf<C>>>;
  subscribe<E extends EventName>(event: E, listener: (payload: Events[E]) => void): Unsubscribe;
}

/** A failed operation, as the UI sees it: a code it can branch on and a message it can show. */
export class WorkbenchError extends Error {
  override readonly name = 'WorkbenchError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** One verb per operation over a transport, resolving to envelopes (safe to pass through contextBridge). */
export function createWorkbenchBridge(transport: Transport): WorkbenchBridge {
  return {
    getHostInfo: () => transport.invoke('host:info', undefined),
    getCaseInfo: () => transport.invoke('case:info', undefined),
    openCase: (request) => transport.invoke('case:open', request),
    createCase: (request) => transport.invoke('case:create', request),
    listRecentCases: () => transport.invoke('case:recent', undefined),
    chooseCaseFile: (request) => transport.invoke('case:choose-file', request),
    listSources: () => transport.invoke('sources:list', undefined),
    getSource: (request) => transport.invoke('sources:get', request),
    updateSourceMetadata: (request) => transport.invoke('sources:update-metadata', request),
    importFiles: (request) => transport.invoke('sources:import-files', request),
    importData: (request) => transport.invoke('sources:import-data', request),
    importPasted: (request) => transport.invoke('sources:import-pasted', request),
    search: (request) => transport.invoke('search:query', request),
    getSearchStatus: () => transport.invoke('search:status', undefined),
    setSearchLanguage: (request) => transport.invoke('search:set-language', request),
    chooseImport: (request) => transport.invoke('sources:choose-import', request),
    getRelations: () => transport.invoke('compare:relations', undefined),
    comparePair: (request) => transport.invoke('compare:pair', request),
    setSourceReliability: (request) => transport.invoke('sources:set-reliability', request),
    listTags: () => transport.invoke('tags:list', undefined),
    createTag: (request) => transport.invoke('tags:create', request),
    updateTag: (request) => transport.invoke('tags:update', request),
    mergeTags: (request) => transport.invoke('tags:merge', request),
    deleteTag: (request) => transport.invoke('tags:delete', request),
    listClaims: () => transport.invoke('claims:list', undefined),
    getClaim: (request) => transport.invoke('claims:get', request),
    listClaimsInSource: (request) => transport.invoke('claims:in-source', request),
    createClaim: (request) => transport.invoke('claims:create', request),
    updateClaim: (request) => transport.invoke('claims:update', request),
    deleteClaim: (request) => transport.invoke('claims:delete', request),
    suggestOccurrences: (request) => transport.invoke('claims:suggestions', request),
    addOccurrence: (request) => transport.invoke('claims:add-occurrence', request),
    removeOccurrence: (request) => transport.invoke('claims:remove-occurrence', request),
    setOccurrenceStance: (request) => transport.invoke('claims:set-stance', request),
    reanchorOccurrence: (request) => transport.invoke('claims:reanchor-occurrence', request),
    addOccurrences: (request) => transport.invoke('claims:add-occurrences', request),
    setClaimJoin: (request) => transport.invoke('claims:set-join', request),
    rejectSuggestion: (request) => transport.invoke('claims:reject-suggestion', request),
    getFacts: (request) => transport.invoke('facts:get', request),
    getFactsStatus: () => transport.invoke('facts:status', undefined),
    getEntityMentions: (request) => transport.invoke('facts:entity-mentions', request),
    editEntities: (request) => transport.invoke('facts:edit-entities', request),
    getNote: (request) => transport.invoke('notes:get', request),
    saveNote: (request) => transport.invoke('notes:save', request),
    getHistory: () => transport.invoke('history:state', undefined),
    undo: () => transport.invoke('history:undo', undefined),
    redo: () => transport.invoke('history:redo', undefined),
    renderExport: (request) => transport.invoke('export:render', request),
    saveExport: (request) => transport.invoke('export:save', request),
    chooseExportPath: (request) => transport.invoke('export:choose-path', request),
    importCaseFile: (request) => transport.invoke('case:import-exchange', request),
    importAnnotations: (request) => transport.invoke('claims:import-annotations', request),
    onExportProgress: (listener) => transport.subscribe('export:progress', listener),
    onDidChangeCase: (listener) => transport.subscribe('case:did-change', listener),
    onDidChangeSources: (listener) => transport.subscribe('sources:did-change', listener),
    onImportProgress: (listener) => transport.subscribe('sources:import-progress', listener),
    onDidChangeSearch: (listener) => transport.subscribe('search:did-change', listener),
    onDidChangeRelations: (listener) => transport.subscribe('compare:did-change', listener),
    onDidEditCase: (listener) => transport.subscribe('case:did-edit', listener),
    onDidRunCommand: (listener) => transport.subscribe('command:did-run', listener),
    onDidChangeFacts: (listener) => transport.subscribe('facts:did-change', listener),
  };
}

async function unwrap<T>(pending: Promise<Envelope<T>>): Promise<T> {
  const envelope = await pending;
  if (envelope.ok) return envelope.value;
  throw new WorkbenchError(envelope.error.code, envelope.error.message);
}

/** The API the UI uses: the bridge's verbs, throwing WorkbenchError on failure. */
export function createWorkbenchApi(bridge: WorkbenchBridge): WorkbenchApi {
  return {
    getHostInfo: () => unwrap(bridge.getHostInfo()),
    getCaseInfo: () => unwrap(bridge.getCaseInfo()),
    openCase: (request) => unwrap(bridge.openCase(request)),
    createCase: (request) => unwrap(bridge.createCase(request)),
    listRecentCases: () => unwrap(bridge.listRecentCases()),
    chooseCaseFile: (request) => unwrap(bridge.chooseCaseFile(request)),
    listSources: () => unwrap(bridge.listSources()),
    getSource: (request) => unwrap(bridge.getSource(request)),
    updateSourceMetadata: (request) => unwrap(bridge.updateSourceMetadata(request)),
    importFiles: (request) => unwrap(bridge.importFiles(request)),
    importData: (request) => unwrap(bridge.importData(request)),
    importPasted: (request) => unwrap(bridge.importPasted(request)),
    search: (request) => unwrap(bridge.search(request)),
    getSearchStatus: () => unwrap(bridge.getSearchStatus()),
    setSearchLanguage: (request) => unwrap(bridge.setSearchLanguage(request)),
    chooseImport: (request) => unwrap(bridge.chooseImport(request)),
    getRelations: () => unwrap(bridge.getRelations()),
    comparePair: (request) => unwrap(bridge.comparePair(request)),
    setSourceReliability: (request) => unwrap(bridge.setSourceReliability(request)),
    listTags: () => unwrap(bridge.listTags()),
    createTag: (request) => unwrap(bridge.createTag(request)),
    updateTag: (request) => unwrap(bridge.updateTag(request)),
    mergeTags: (request) => unwrap(bridge.mergeTags(request)),
    deleteTag: (request) => unwrap(bridge.deleteTag(request)),
    listClaims: () => unwrap(bridge.listClaims()),
    getClaim: (request) => unwrap(bridge.getClaim(request)),
    listClaimsInSource: (request) => unwrap(bridge.listClaimsInSource(request)),
    createClaim: (request) => unwrap(bridge.createClaim(request)),
    updateClaim: (request) => unwrap(bridge.updateClaim(request)),
    deleteClaim: (request) => unwrap(bridge.deleteClaim(request)),
    suggestOccurrences: (request) => unwrap(bridge.suggestOccurrences(request)),
    addOccurrence: (request) => unwrap(bridge.addOccurrence(request)),
    removeOccurrence: (request) => unwrap(bridge.removeOccurrence(request)),
    setOccurrenceStance: (request) => unwrap(bridge.setOccurrenceStance(request)),
    reanchorOccurrence: (request) => unwrap(bridge.reanchorOccurrence(request)),
    addOccurrences: (request) => unwrap(bridge.addOccurrences(request)),
    setClaimJoin: (request) => unwrap(bridge.setClaimJoin(request)),
    rejectSuggestion: (request) => unwrap(bridge.rejectSuggestion(request)),
    getFacts: (request) => unwrap(bridge.getFacts(request)),
    getFactsStatus: () => unwrap(bridge.getFactsStatus()),
    getEntityMentions: (request) => unwrap(bridge.getEntityMentions(request)),
    editEntities: (request) => unwrap(bridge.editEntities(request)),
    getNote: (request) => unwrap(bridge.getNote(request)),
    saveNote: (request) => unwrap(bridge.saveNote(request)),
    getHistory: () => unwrap(bridge.getHistory()),
    undo: () => unwrap(bridge.undo()),
    redo: () => unwrap(bridge.redo()),
    renderExport: (request) => unwrap(bridge.renderExport(request)),
    saveExport: (request) => unwrap(bridge.saveExport(request)),
    chooseExportPath: (request) => unwrap(bridge.chooseExportPath(request)),
    importCaseFile: (request) => unwrap(bridge.importCaseFile(request)),
    importAnnotations: (request) => unwrap(bridge.importAnnotations(request)),
    onExportProgress: (listener) => bridge.onExportProgress(listener),
    onDidChangeCase: (listener) => bridge.onDidChangeCase(listener),
    onDidChangeSources: (listener) => bridge.onDidChangeSources(listener),
    onImportProgress: (listener) => bridge.onImportProgress(listener),
    onDidChangeSearch: (listener) => bridge.onDidChangeSearch(listener),
    onDidChangeRelations: (listener) => bridge.onDidChangeRelations(listener),
    onDidEditCase: (listener) => bridge.onDidEditCase(listener),
    onDidRunCommand: (listener) => bridge.onDidRunCommand(listener),
    onDidChangeFacts: (listener) => bridge.onDidChangeFacts(listener),
  };
}
