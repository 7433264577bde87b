// Printing an HTML document (the report) to PDF. Two implementations: Electron's own Chromium
// in the app (electron-pdf.ts), and a headless Chromium process for the CLI, the browser host
// and tests (chromium-pdf.ts).

export interface PdfPrinter {
  /** The document as A4 PDF bytes. The HTML must be self-contained: nothing is fetched. */
  print(html: string): Promise<Uint8Array>;
}
