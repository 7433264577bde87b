// PDF printing inside the app, with Electron's Chromium: an invisible, sandboxed window with
// JavaScript off, in a private in-memory session, that may not navigate, open windows or ask
// for permissions. The report is loaded from a temporary file (data: URLs are capped at 2 MB)
// and the window is destroyed as soon as the PDF is made.
//
// Only type-checked here: Electron cannot run in tests. Never import this from a test or from a
// module that tests import.
import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfPrinter } from './pdf-printer';

const PARTITION = 'corroborate-pdf';

export function createElectronPdfPrinter(): PdfPrinter {
  return {
    async print(html) {
      const printSession = session.fromPartition(PARTITION, { cache: false });
      printSession.setPermissionRequestHandler((_contents, _permission, callback) =>
        callback(false),
      );
      printSession.setPermissionCheckHandler(() => false);
      const dir = await mkdtemp(join(tmpdir(), 'corroborate-pdf-'));
      const window = new BrowserWindow({
        show: false,
        width: 794,
        height: 1123,
        webPreferences: {
          session: printSession,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          nodeIntegrationInSubFrames: false,
          nodeIntegrationInWorker: false,
          javascript: false,
          disableBlinkFeatures: 'Auxclick',
          webSecurity: true,
          allowRunningInsecureContent: false,
          webviewTag: false,
          spellcheck: false,
          navigateOnDragDrop: false,
          images: true,
        },
      });
      const contents = window.webContents;
      contents.setWindowOpenHandler(() => ({ action: 'deny' }));
      contents.on('will-navigate', (event) => event.preventDefault());
      contents.on('will-redirect', (event) => event.preventDefault());
      contents.on('will-frame-navigate', (event) => event.preventDefault());
      contents.on('will-attach-webview', (event) => event.preventDefault());
      try {
        const file = join(dir, 'report.html');
        await writeFile(file, html, 'utf8');
        await window.loadFile(file);
        const pdf = await contents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          generateDocumentOutline: true,
          generateTaggedPDF: true,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        if (!window.isDestroyed()) window.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
