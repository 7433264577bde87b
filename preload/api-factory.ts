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
    getRelations: () => transport.invoke('compare:relations', undefined),
    comparePair: (request) => transport.invoke('compare:pair', request),
    onDidChangeCase: (listener) => transport.subscribe('case:did-change', listener),
    onDidChangeSources: (listener) => transport.subscribe('sources:did-change', listener),
    onDidChangeRelations: (listener) => transport.subscribe('compare:did-change', listener),
    onDidRunCommand: (listener) => transport.subscribe('command:did-run', listener),
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
    getRelations: () => unwrap(bridge.getRelations()),
    comparePair: (request) => unwrap(bridge.comparePair(request)),
    onDidChangeCase: (listener) => bridge.onDidChangeCase(listener),
    onDidChangeSources: (listener) => bridge.onDidChangeSources(listener),
    onDidChangeRelations: (listener) => bridge.onDidChangeRelations(listener),
    onDidRunCommand: (listener) => bridge.onDidRunCommand(listener),
  };
}
