import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Channel, EventName, WorkbenchApi } from './contract';

// preload/index.ts runs against a fake Electron: contextBridge records what is exposed and
// ipcRenderer records every call, so the test sees exactly what the page would get.

const electron = vi.hoisted(() => {
  const exposed: Array<[string, unknown]> = [];
  const calls: Array<{ method: string; args: unknown[] }> = [];
  const record =
    (method: string, result: (...args: unknown[]) => unknown = () => undefined) =>
    (...args: unknown[]) => {
      calls.push({ method, args });
      return result(...args);
    };
  const ipcRenderer: Record<string, (...args: unknown[]) => unknown> = {
    invoke: record('invoke', () => Promise.resolve({ ok: true, value: 'reply' })),
    send: record('send'),
    sendSync: record('sendSync'),
    postMessage: record('postMessage'),
    on: record('on', () => ipcRenderer),
    once: record('once', () => ipcRenderer),
    removeListener: record('removeListener', () => ipcRenderer),
    removeAllListeners: record('removeAllListeners', () => ipcRenderer),
  };
  const contextBridge = {
    exposeInMainWorld: (key: string, api: unknown) => void exposed.push([key, api]),
  };
  return { exposed, calls, ipcRenderer, contextBridge };
});

vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
}));

/**
 * Each verb and the one channel or event it may reach. `satisfies` makes this list exact: a verb
 * added to WorkbenchApi without an entry, or an entry for a verb that does not exist, fails the
 * typecheck; `everyChannelHasAVerb` fails it when a channel or event has no verb.
 */
const VERBS = {
  getHostInfo: 'host:info',
  getCaseInfo: 'case:info',
  openCase: 'case:open',
  createCase: 'case:create',
  listRecentCases: 'case:recent',
  chooseCaseFile: 'case:choose-file',
  listSources: 'sources:list',
  getSource: 'sources:get',
  updateSourceMetadata: 'sources:update-metadata',
  importFiles: 'sources:import-files',
  importData: 'sources:import-data',
  importPasted: 'sources:import-pasted',
  search: 'search:query',
  getSearchStatus: 'search:status',
  setSearchLanguage: 'search:set-language',
  chooseImport: 'sources:choose-import',
  getRelations: 'compare:relations',
  comparePair: 'compare:pair',
  setSourceReliability: 'sources:set-reliability',
  listTags: 'tags:list',
  createTag: 'tags:create',
  updateTag: 'tags:update',
  mergeTags: 'tags:merge',
  deleteTag: 'tags:delete',
  listClaims: 'claims:list',
  getClaim: 'claims:get',
  listClaimsInSource: 'claims:in-source',
  createClaim: 'claims:create',
  updateClaim: 'claims:update',
  deleteClaim: 'claims:delete',
  suggestOccurrences: 'claims:suggestions',
  addOccurrence: 'claims:add-occurrence',
  removeOccurrence: 'claims:remove-occurrence',
  setOccurrenceStance: 'claims:set-stance',
  reanchorOccurrence: 'claims:reanchor-occurrence',
  addOccurrences: 'claims:add-occurrences',
  setClaimJoin: 'claims:set-join',
  rejectSuggestion: 'claims:reject-suggestion',
  getFacts: 'facts:get',
  getFactsStatus: 'facts:status',
  getEntityMentions: 'facts:entity-mentions',
  editEntities: 'facts:edit-entities',
  getNote: 'notes:get',
  saveNote: 'notes:save',
  getHistory: 'history:state',
  undo: 'history:undo',
  redo: 'history:redo',
  renderExport: 'export:render',
  saveExport: 'export:save',
  chooseExportPath: 'export:choose-path',
  importCaseFile: 'case:import-exchange',
  importAnnotations: 'claims:import-annotations',
  onExportProgress: 'export:progress',
  onDidChangeCase: 'case:did-change',
  onDidChangeSources: 'sources:did-change',
  onImportProgress: 'sources:import-progress',
  onDidChangeSearch: 'search:did-change',
  onDidChangeRelations: 'compare:did-change',
  onDidEditCase: 'case:did-edit',
  onDidRunCommand: 'command:did-run',
  onDidChangeFacts: 'facts:did-change',
} as const satisfies { [Verb in keyof WorkbenchApi]: Channel | EventName };

type Covered = (typeof VERBS)[keyof typeof VERBS];
const everyChannelHasAVerb: [Exclude<Channel | EventName, Covered>] extends [never] ? true : false =
  true;

const verbs = Object.keys(VERBS) as Array<keyof typeof VERBS>;
const isEvent = (verb: string) => /^on[A-Z]/.test(verb);

let api: Record<string, unknown>;

beforeAll(async () => {
  await import('./index');
  api = electron.exposed[0]?.[1] as Record<string, unknown>;
});

function callVerb(verb: string, ...args: unknown[]): unknown {
  electron.calls.length = 0;
  return (api[verb] as (...args: unknown[]) => unknown)(...args);
}

describe('the Electron preload bridge', () => {
  it('exposes exactly one object, as window.workbench', () => {
    expect(electron.exposed.map(([key]) => key)).toEqual(['workbench']);
  });

  it('has exactly the contract’s verbs, one per channel and event, and nothing generic', () => {
    expect(everyChannelHasAVerb).toBe(true);
    expect(new Set(Object.values(VERBS)).size).toBe(verbs.length);
    expect(Object.keys(api).sort()).toEqual([...verbs].sort());
    expect(Object.getOwnPropertySymbols(api)).toEqual([]);
    for (const generic of ['invoke', 'send', 'sendSync', 'on', 'once', 'ipcRenderer', 'emit']) {
      expect(api).not.toHaveProperty(generic);
    }
  });

  it('exposes only plain functions: no ipcRenderer, no Node or Electron objects', () => {
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
    const ipcFunctions = new Set<unknown>(Object.values(electron.ipcRenderer));
    for (const verb of verbs) {
      const descriptor = Object.getOwnPropertyDescriptor(api, verb);
      expect(descriptor?.get, verb).toBeUndefined();
      expect(typeof descriptor?.value, verb).toBe('function');
      expect(ipcFunctions.has(descriptor?.value), verb).toBe(false);
    }
  });

  it.each(verbs.filter((verb) => !isEvent(verb)))(
    '%s invokes its own channel only, with the request as given',
    async (verb) => {
      const request = { probe: verb };
      const reply = await callVerb(verb, request);
      // A verb without a request sends none, whatever the page passes it.
      const sent = (api[verb] as () => unknown).length === 0 ? undefined : request;
      expect(electron.calls).toEqual([{ method: 'invoke', args: [VERBS[verb], sent] }]);
      expect(reply).toEqual({ ok: true, value: 'reply' });
    },
  );

  it.each(verbs.filter(isEvent))(
    '%s subscribes to its own event, passes only the payload, and unsubscribes',
    (verb) => {
      const received: unknown[] = [];
      const unsubscribe = callVerb(verb, (payload: unknown) => received.push(payload));
      expect(electron.calls).toHaveLength(1);
      const [subscribed] = electron.calls;
      expect(subscribed?.method).toBe('on');
      expect(subscribed?.args[0]).toBe(VERBS[verb]);

      // Electron's event carries `sender` (ipcRenderer itself); it must not reach the page.
      const forward = subscribed?.args[1] as (event: unknown, payload: unknown) => void;
      forward({ sender: electron.ipcRenderer, ports: [] }, { value: 1 });
      expect(received).toEqual([{ value: 1 }]);

      electron.calls.length = 0;
      expect(typeof unsubscribe).toBe('function');
      // Unsubscribing returns nothing: removeListener's return value is ipcRenderer.
      expect((unsubscribe as () => unknown)()).toBeUndefined();
      expect(electron.calls).toEqual([{ method: 'removeListener', args: [VERBS[verb], forward] }]);
    },
  );
});
