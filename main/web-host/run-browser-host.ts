import { homedir } from 'node:os';
import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createAppServices } from '../app-services';
import { APP_BACKUP_POLICY } from '../services/case-service';
import { CaseError } from '../core/errors';
import { createWorkerExchangeRunner } from '../exchange/exchange-runner';
import { createWorkerFactsRunner } from '../workers/worker-facts-runner';
import { createChromiumPdfPrinter, findChromium } from '../exchange/pdf/chromium-pdf';
import { bundledSeedsDir, defaultDataDir, readAppVersion, rendererDir } from '../paths';
import { openStartupCase } from '../services/startup';
import { createWorkerComparisonRunner } from '../workers/worker-comparison-runner';
import { createWorkerSegmentBuilder } from '../workers/worker-segment-builder';
import { createWorkerDocumentReader } from '../workers/worker-document-reader';
import { workerScript } from '../workers/worker-script';
import { startWebHost } from './server';

const USAGE = `Usage: npm run serve -- [--port N] [--data-dir DIR]

Serves Corroborate to a browser on 127.0.0.1. Open the printed URL; it carries a random token
that every request must present.`;

/** Starts the browser host: the composition root for machines without an Electron binary. */
export async function runBrowserHost(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(USAGE);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, not "${values.port}".`);
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` first.');
  }

  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : defaultDataDir();
  mkdirSync(dataDir, { recursive: true });
  const services = createAppServices({
    dataDir,
    backups: APP_BACKUP_POLICY,
    comparisonRunner: createWorkerComparisonRunner(new URL('./compare-worker.js', import.meta.url)),
    documentReader: createWorkerDocumentReader(workerScript('import-worker')),
    segmentBuilder: createWorkerSegmentBuilder(workerScript('search-worker')),
    host: {
      kind: 'browser',
      appVersion: readAppVersion(),
      platform: process.platform,
      nativeDialogs: false,
    },
    // Chromium's own print to PDF, run headless beside the host.
    pdfPrinter: () => (findChromium() ? createChromiumPdfPrinter() : null),
    exchangeRunner: createWorkerExchangeRunner(workerScript('exchange-worker')),
    factsRunner: createWorkerFactsRunner(workerScript('facts-worker')),
    // A page can only name a path: new cases stay in the data folder or the home folder.
    newCaseRoots: [dataDir, homedir()],
    dialogs: {
      chooseCaseFile: () => {
        throw new CaseError(
          'unsupported',
          'The browser host has no file dialogs: type the path of the case file.',
        );
      },
      chooseImport: () => {
        throw new CaseError(
          'unsupported',
          'The browser host has no file dialogs: choose files in the page or drop them on it.',
        );
      },
      chooseExportPath: () => {
        throw new CaseError(
          'unsupported',
          'The browser host has no file dialogs: exports are downloaded by the browser.',
        );
      },
    },
  });
  const startup = await openStartupCase(services.cases, services.sources, {
    dataDir,
    seedsDir: bundledSeedsDir,
  });
  if (startup.problem) console.error(`No case opened at start: ${startup.problem}`);

  const host = await startWebHost({
    dispatcher: services.dispatcher,
    maxImportBytes: services.sources.maxFileBytes,
    events: services.events,
    staticDir: rendererDir,
    port,
  });

  const shutdown = () => {
    void host.close().finally(() => {
      services.cases.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  // Announced only once a stop request would close the case cleanly: a test or a launcher that
  // stops the host as soon as it sees the address must not kill it before the handlers exist.
  console.log(`Corroborate is being served at ${host.url}`);
}
