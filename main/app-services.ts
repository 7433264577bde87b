import { CaseService, type BackupPolicy } from './services/case-service';
import { ClaimService } from './services/claim-service';
import { CompareService } from './services/compare-service';
import type { ComparisonRunner } from './services/comparison-runner';
import { Dispatcher, type FileDialogs, type ShellInfo } from './services/dispatch';
import type { DocumentReader } from './services/document-reader';
import { EventHub } from './services/events';
import { ExchangeService } from './services/exchange-service';
import { FactsService } from './services/facts-service';
import { inlineFactsRunner, type FactsRunner } from './services/facts-runner';
import { createEntityRecognizer } from './facts/entity-recognizer';
import type { PdfPrinter } from './exchange/pdf/pdf-printer';
import { inlineExchangeRunner, type ExchangeRunner } from './exchange/exchange-runner';
import { HistoryService } from './services/history-service';
import { NoteService } from './services/note-service';
import { SearchService } from './services/search-service';
import { SettingsStore } from './services/settings-store';
import type { SegmentBuilder } from './search/segment-builder';
import type { CommitBatchPolicy } from './services/commit-batcher';
import { SourceService } from './services/source-service';
import { TagService } from './services/tag-service';

export interface AppServices {
  events: EventHub;
  settings: SettingsStore;
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
  dispatcher: Dispatcher;
}

const SEARCH_EDIT_DELAY_MS = 300;

/**
 * Builds the services every shell shares, in dependency order: settings and events first, then
 * the case, then what works on the case, then the dispatch table over all of them.
 */
export function createAppServices(options: {
  dataDir: string;
  host: ShellInfo;
  dialogs: FileDialogs;
  /** Where imported files are parsed: a worker thread in the app, inline in tests. */
  documentReader: DocumentReader;
  /** Where search segments are built: a worker thread in the app, inline in tests. */
  segmentBuilder: SegmentBuilder;
  /** Where comparisons run: a worker thread in the app, inline in tests. */
  comparisonRunner: ComparisonRunner;
  /**
   * Where quotes, attributions, entities and discrepancies are computed: a worker thread in the
   * app, inline (the default) in the CLI and tests.
   */
  factsRunner?: FactsRunner;
  /** How reports become PDF (Electron's printToPDF, or headless Chromium); null if neither. */
  pdfPrinter?: () => PdfPrinter | null;
  /** Where exports are rendered and exchanged files parsed: a worker thread in the app. */
  exchangeRunner?: ExchangeRunner;
  /** The clock edits are stamped with (tests pass a fake one). */
  now?: () => Date;
  /** When the open case is backed up; none if absent (tests, the CLI). */
  backups?: BackupPolicy;
  /** How multi-file imports group files into commits (default: 50 files or 200 ms). */
  importCommitBatch?: CommitBatchPolicy;
  /**
   * The folders new cases must be created in (the browser host: the data folder and the home
   * folder); anywhere when absent (native dialogs choose, the CLI and tests name their own).
   */
  newCaseRoots?: readonly string[];
}): AppServices {
  const now = options.now ?? (() => new Date());
  const events = new EventHub();
  const settings = new SettingsStore(options.dataDir);
  const cases = new CaseService(settings, events, now, options.backups ?? null);
  const maxFileBytes = settings.maxImportBytes();
  const sources = new SourceService(cases, events, options.documentReader, {
    now,
    ...(maxFileBytes === undefined ? {} : { maxFileBytes }),
    ...(options.importCommitBatch ? { commitBatch: options.importCommitBatch } : {}),
  });
  const compare = new CompareService(cases, options.comparisonRunner, events);
  const tags = new TagService(cases, events, now);
  const search = new SearchService(cases, options.segmentBuilder, events);
  const factsRunner = options.factsRunner ?? inlineFactsRunner(createEntityRecognizer);
  const facts = new FactsService(cases, factsRunner, events, now);
  const claims = new ClaimService(cases, compare, events, now, search, facts);
  const notes = new NoteService(cases, events, now);
  const history = new HistoryService(cases, events);
  const exchange = new ExchangeService(
    cases,
    compare,
    events,
    {
      appVersion: options.host.appVersion,
      dataDir: options.dataDir,
      pdfPrinter: options.pdfPrinter ?? (() => null),
      runner: options.exchangeRunner ?? inlineExchangeRunner,
      now,
    },
    facts,
  );
  // A new case or new sources: compare and index what is new in the background. Edits to
  // titles, claims and notes re-index the small annotations segment, a moment after the last.
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  events.subscribe((event, payload) => {
    if (event === 'case:did-change' || event === 'sources:did-change') {
      if (event === 'case:did-change') {
        facts.cancel();
        compare.cancel();
      }
      void compare.refresh();
      void search.refresh();
      void facts.refresh();
    } else if (event === 'case:did-edit') {
      // Entity merges change originators; new outlet names change citations.
      const { changed } = payload as { changed: string[] };
      if (changed.includes('entities') || changed.includes('sources')) void facts.refresh();
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => void search.refresh(), SEARCH_EDIT_DELAY_MS);
      searchTimer.unref?.();
    }
  });
  const dispatcher = new Dispatcher({
    host: options.host,
    cases,
    sources,
    compare,
    tags,
    claims,
    notes,
    history,
    search,
    exchange,
    facts,
    dialogs: options.dialogs,
    events,
    newCases: { folder: options.dataDir, roots: options.newCaseRoots ?? null },
  });
  return {
    events,
    settings,
    cases,
    sources,
    compare,
    tags,
    claims,
    notes,
    history,
    search,
    exchange,
    facts,
    dispatcher,
  };
}
