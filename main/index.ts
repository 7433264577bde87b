import { app, BrowserWindow, dialog, Menu, session, type OpenDialogOptions } from 'electron';
import { join } from 'node:path';
import { commandDescriptors } from '../preload/commands';
import { importableExtensions } from '../preload/contract';
import { createAppServices } from './app-services';
import { registerIpc } from './ipc/register-ipc';
import { buildMenuTemplate } from './menu/application-menu';
import { appRoot, readAppVersion, rendererDir } from './paths';
import { APP_BACKUP_POLICY, CASE_FILE_EXTENSION } from './services/case-service';
import { EXPORT_FILES } from './services/exchange-service';
import { createElectronPdfPrinter } from './exchange/pdf/electron-pdf';
import { createWorkerExchangeRunner } from './exchange/exchange-runner';
import { createWorkerFactsRunner } from './workers/worker-facts-runner';
import { openStartupCase } from './services/startup';
import { createWorkerComparisonRunner } from './workers/worker-comparison-runner';
import { createWorkerSegmentBuilder } from './workers/worker-segment-builder';
import { createWorkerDocumentReader } from './workers/worker-document-reader';
import { workerScript } from './workers/worker-script';
import { lockDownApp } from './security/lock-down';
import {
  createElectronLinkOpener,
  createMainWindow,
  registerAppScheme,
  serveRenderer,
} from './window';

// The composition root of the desktop app: storage and services, then IPC, then the window.

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const dataDir = process.env.CORROBORATE_DATA_DIR ?? app.getPath('userData');
  const seedsDir = app.isPackaged ? join(process.resourcesPath, 'seeds') : join(appRoot, 'seeds');
  let mainWindow: BrowserWindow | null = null;

  const services = createAppServices({
    dataDir,
    backups: APP_BACKUP_POLICY,
    comparisonRunner: createWorkerComparisonRunner(new URL('./compare-worker.js', import.meta.url)),
    documentReader: createWorkerDocumentReader(workerScript('import-worker')),
    segmentBuilder: createWorkerSegmentBuilder(workerScript('search-worker')),
    host: {
      kind: 'electron',
      appVersion: readAppVersion(),
      platform: process.platform,
      nativeDialogs: true,
    },
    pdfPrinter: () => createElectronPdfPrinter(),
    exchangeRunner: createWorkerExchangeRunner(workerScript('exchange-worker')),
    factsRunner: createWorkerFactsRunner(workerScript('facts-worker')),
    dialogs: {
      async chooseCaseFile(mode) {
        const filters = [{ name: 'Corroborate case', extensions: [CASE_FILE_EXTENSION.slice(1)] }];
        const parent = mainWindow ?? undefined;
        if (mode === 'open') {
          const options = { properties: ['openFile' as const], filters };
          const result = parent
            ? await dialog.showOpenDialog(parent, options)
            : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        }
        const options = { defaultPath: `Untitled${CASE_FILE_EXTENSION}`, filters };
        const result = parent
          ? await dialog.showSaveDialog(parent, options)
          : await dialog.showSaveDialog(options);
        return result.canceled ? null : (result.filePath ?? null);
      },
      async chooseImport(kind) {
        const options: OpenDialogOptions =
          kind === 'folder'
            ? { title: 'Import a folder of reports', properties: ['openDirectory'] }
            : {
                title: 'Import reports',
                properties: ['openFile', 'multiSelections'],
                filters: [
                  {
                    name: 'Reports',
                    extensions: importableExtensions.map((extension) => extension.slice(1)),
                  },
                  { name: 'All files', extensions: ['*'] },
                ],
              };
        const parent = mainWindow ?? undefined;
        const result = parent
          ? await dialog.showOpenDialog(parent, options)
          : await dialog.showOpenDialog(options);
        return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
      },
      async chooseExportPath(format, defaultName) {
        const file = EXPORT_FILES[format];
        const options = {
          title: `Export ${file.label}`,
          defaultPath: join(app.getPath('documents'), defaultName),
          filters: [{ name: file.label, extensions: [file.extension.slice(1)] }],
        };
        const parent = mainWindow ?? undefined;
        const result = parent
          ? await dialog.showSaveDialog(parent, options)
          : await dialog.showSaveDialog(options);
        return result.canceled ? null : (result.filePath ?? null);
      },
    },
  });
  const startup = await openStartupCase(services.cases, services.sources, { dataDir, seedsDir });
  if (startup.problem) console.error(`No case opened at start: ${startup.problem}`);

  const followLink = createElectronLinkOpener(() => mainWindow);
  lockDownApp(app, session.defaultSession, followLink);
  serveRenderer(rendererDir);
  registerIpc(services.dispatcher);
  services.events.subscribe((event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(event, payload);
  });

  const runCommand = (id: string) => mainWindow?.webContents.send('command:did-run', { id });
  const template = buildMenuTemplate(
    commandDescriptors,
    { isMac: process.platform === 'darwin', isPackaged: app.isPackaged, appName: app.name },
    runCommand,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    services.cases.close();
    app.quit();
  });

  mainWindow = createMainWindow(
    join(import.meta.dirname, '..', 'preload', 'index.cjs'),
    followLink,
  );
  mainWindow.on('closed', () => (mainWindow = null));
}
