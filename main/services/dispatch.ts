import { z } from 'zod';
import type {
  Channel,
  Envelope,
  ExportFormat,
  HostInfo,
  RequestOf,
  ResponseOf,
} from '../../preload/contract';
import { CaseError, toErrorInfo } from '../core/errors';
import type { CaseService } from './case-service';
import type { ClaimService } from './claim-service';
import type { CompareService } from './compare-service';
import { exportFileName, type ExchangeService } from './exchange-service';
import type { FactsService } from './facts-service';
import type { EventSink } from './events';
import type { HistoryService } from './history-service';
import type { NoteService } from './note-service';
import { newCasePath, type NewCasePolicy } from './new-case-path';
import { requestSchemas } from './request-schemas';
import type { SearchService } from './search-service';
import type { SourceService } from './source-service';
import type { TagService } from './tag-service';

/** What the shell knows of itself; the services add the rest of HostInfo. */
export type ShellInfo = Omit<HostInfo, 'maxImportBytes' | 'newCaseFolder'>;

/** Native dialogs exist only in Electron; the browser host refuses with `unsupported`. */
export interface FileDialogs {
  chooseCaseFile(mode: 'open' | 'create'): Promise<string | null>;
  /** Reports to import: files or one folder; null when cancelled. */
  chooseImport(kind: 'files' | 'folder'): Promise<string[] | null>;
  /** Where to save an export; null when cancelled. */
  chooseExportPath(format: ExportFormat, defaultName: string): Promise<string | null>;
}

type Handler<C extends Channel> = (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
type Handlers = { [C in Channel]: Handler<C> };

export interface DispatchDependencies {
  host: ShellInfo;
  cases: CaseService;
  sources: SourceService;
  compare: CompareService;
  tags: TagService;
  claims: ClaimService;
  notes: NoteService;
  history: HistoryService;
  search: SearchService;
  exchange: ExchangeService;
  facts: FactsService;
  dialogs: FileDialogs;
  events: EventSink;
  /** Where new cases go (see newCasePath). */
  newCases: NewCasePolicy;
}

/** The one table every shell calls through: channel -> validated handler. */
export class Dispatcher {
  private readonly handlers: Handlers;

  constructor(dependencies: DispatchDependencies) {
    const { host, cases, sources, compare, tags, claims, notes, history, search } = dependencies;
    const { exchange, dialogs, events, facts, newCases } = dependencies;
    this.handlers = {
      'host:info': () => {
        const startupProblem = cases.startupProblem();
        return {
          ...host,
          maxImportBytes: sources.maxFileBytes,
          newCaseFolder: newCases.folder,
          ...(startupProblem ? { startupProblem } : {}),
        };
      },
      'case:info': () => cases.info(),
      'case:open': ({ path }) => cases.open(path),
      'case:create': ({ path, name }) => cases.create(newCasePath(path, newCases), name),
      'case:recent': () => cases.recent(),
      'case:choose-file': ({ mode }) => dialogs.chooseCaseFile(mode),
      'sources:list': () => sources.list(),
      'sources:get': ({ id }) => sources.get(id),
      'sources:update-metadata': (request) => sources.updateMetadata(request),
      'sources:import-files': ({ paths }) =>
        sources.importFiles(paths, (result, done, total) =>
          events.emit('sources:import-progress', { done, total, result }),
        ),
      'sources:choose-import': ({ kind }) => dialogs.chooseImport(kind),
      'sources:import-data': (request) => sources.importData(request),
      'sources:import-pasted': (request) => sources.importPasted(request),
      'compare:relations': () => compare.state(),
      'compare:pair': ({ a, b }) => compare.pair(a, b),
      'sources:set-reliability': (request) => sources.setReliability(request),
      'tags:list': () => tags.list(),
      'tags:create': (request) => tags.create(request),
      'tags:update': (request) => tags.update(request),
      'tags:merge': (request) => tags.merge(request),
      'tags:delete': (request) => tags.delete(request),
      'claims:list': () => claims.list(),
      'claims:get': ({ id }) => claims.get(id),
      'claims:in-source': ({ sourceId }) => claims.inSource(sourceId),
      'claims:create': (request) => claims.create(request),
      'claims:update': (request) => claims.update(request),
      'claims:delete': ({ id }) => claims.delete(id),
      'claims:suggestions': ({ id }) => claims.suggestions(id),
      'claims:add-occurrence': (request) => claims.addOccurrence(request),
      'claims:remove-occurrence': ({ occurrenceId }) => claims.removeOccurrence(occurrenceId),
      'claims:set-stance': (request) => claims.setStance(request),
      'claims:reanchor-occurrence': (request) => claims.reanchorOccurrence(request),
      'claims:add-occurrences': (request) => claims.addOccurrences(request),
      'claims:reject-suggestion': (request) => claims.rejectSuggestion(request),
      'claims:set-join': (request) => claims.setJoin(request),
      'facts:get': (request) => facts.get(request),
      'facts:status': () => facts.status(),
      'facts:entity-mentions': ({ key }) => facts.entityMentions(key),
      'facts:edit-entities': ({ edit }) => facts.editEntities(edit),
      'notes:get': ({ owner }) => notes.get(owner),
      'notes:save': ({ owner, text }) => notes.save(owner, text),
      'history:state': () => history.state(),
      'history:undo': () => history.undo(),
      'history:redo': () => history.redo(),
      'search:query': (request) => search.query(request),
      'search:status': () => search.status(),
      'search:set-language': ({ language }) => search.setLanguage(language),
      'export:render': (request) => exchange.renderForDownload(request),
      'export:save': (request) => exchange.save(request),
      'export:choose-path': ({ format }) =>
        dialogs.chooseExportPath(format, exportFileName(cases.info()?.name ?? '', format)),
      'case:import-exchange': (request) => exchange.importCase(request),
      'claims:import-annotations': ({ text }) => exchange.importAnnotations(text),
    };
  }

  /** Validates the payload, runs the handler, and never throws: failures become envelopes. */
  async dispatch(channel: unknown, payload: unknown): Promise<Envelope<unknown>> {
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: {
          code: 'unknown-operation',
          message: `Unknown operation: ${String(channel).slice(0, 100)}`,
        },
      };
    }
    try {
      return { ok: true, value: await this.run(channel, payload) };
    } catch (error) {
      return { ok: false, error: toErrorInfo(error) };
    }
  }

  private async run<C extends Channel>(channel: C, payload: unknown): Promise<ResponseOf<C>> {
    const parsed = requestSchemas[channel].safeParse(payload);
    if (!parsed.success) {
      throw new CaseError(
        'invalid-request',
        `Invalid request for ${channel}: ${z.prettifyError(parsed.error)}`,
      );
    }
    const handler: Handler<C> = this.handlers[channel];
    return handler(parsed.data);
  }
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(requestSchemas, value);
}
