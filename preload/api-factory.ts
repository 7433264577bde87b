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

async function call<C extends Channel>(
  transport: Transport,
  channel: C,
  request: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const envelope = await transport.invoke(channel, request);
  if (envelope.ok) return envelope.value;
  throw new WorkbenchError(envelope.error.code, envelope.error.message);
}

/** Builds `window.workbench` over a transport: one verb per operation, nothing else. */
export function createWorkbenchApi(transport: Transport): WorkbenchApi {
  return {
    getHostInfo: () => call(transport, 'host:info', undefined),
    getCaseInfo: () => call(transport, 'case:info', undefined),
    openCase: (request) => call(transport, 'case:open', request),
    createCase: (request) => call(transport, 'case:create', request),
    listRecentCases: () => call(transport, 'case:recent', undefined),
    chooseCaseFile: (request) => call(transport, 'case:choose-file', request),
    listSources: () => call(transport, 'sources:list', undefined),
    getSource: (request) => call(transport, 'sources:get', request),
    updateSourceMetadata: (request) => call(transport, 'sources:update-metadata', request),
    importFiles: (request) => call(transport, 'sources:import-files', request),
    onDidChangeCase: (listener) => transport.subscribe('case:did-change', listener),
    onDidChangeSources: (listener) => transport.subscribe('sources:did-change', listener),
    onDidRunCommand: (listener) => transport.subscribe('command:did-run', listener),
  };
}
