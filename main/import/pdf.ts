import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { SourceMetadata } from '../../preload/contract';
// Evaluating pdfjs's worker module sets `globalThis.pdfjsWorker = { WorkerMessageHandler }`,
// which pdfjs checks before anything else: when it is there, pdfjs parses in this thread (its
// "fake worker") instead of importing pdf.worker.mjs from a path that does not exist once the
// main process is bundled. The module ships without types, hence a bare import.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { ImportRefusal } from './import-refusal';

declare global {
  var pdfjsWorker: { WorkerMessageHandler?: unknown } | undefined;
}

if (!globalThis.pdfjsWorker?.WorkerMessageHandler) {
  throw new Error('pdfjs-dist worker module did not register globalThis.pdfjsWorker');
}

export interface PdfDocument {
  /** Paragraphs joined by blank lines; a stated title is the first one. */
  text: string;
  metadata: Partial<SourceMetadata>;
}

/** Pages read at most; the rest of a longer file is ignored to bound the work. */
export const MAX_PDF_PAGES = 2000;

const PASSWORD = 'is password-protected; remove the password and import it again';
const NO_TEXT = 'has no text layer (it looks like a scanned image); run it through OCR first';
const DAMAGED = 'is a damaged PDF that could not be read';

/**
 * A PDF file to text and what its information dictionary states. pdfjs parses a copy of the
 * bytes (it detaches what it is given) with font loading, fetching, wasm and XFA off; pdfjs 6
 * no longer compiles fonts with eval, so there is no `isEvalSupported` to set. Every failure
 * becomes an ImportRefusal.
 */
export async function pdfToDocument(bytes: Uint8Array): Promise<PdfDocument> {
  const loadingTask = getDocument({
    // A plain Uint8Array copy: pdfjs refuses a Buffer and detaches what it is given.
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    verbosity: 0,
  });
  try {
    const pdf = await loadingTask.promise;
    const paragraphs = await readParagraphs(pdf);
    if (paragraphs.length === 0) throw new ImportRefusal(NO_TEXT);
    const info = await readInfo(pdf);
    const metadata: Partial<SourceMetadata> = {};
    if (info.title) metadata.title = info.title;
    if (info.byline) metadata.byline = info.byline;
    const body = paragraphs.join('\n\n');
    const text = info.title && !body.startsWith(info.title) ? `${info.title}\n\n${body}` : body;
    return { text, metadata };
  } catch (error) {
    throw refusal(error);
  } finally {
    await loadingTask.destroy().catch(() => undefined);
  }
}

function refusal(error: unknown): ImportRefusal {
  if (error instanceof ImportRefusal) return error;
  if (error instanceof Error && error.name === 'PasswordException') {
    return new ImportRefusal(PASSWORD);
  }
  const detail = error instanceof Error ? error.message.trim().replace(/\.$/, '') : '';
  const harmless = detail.length > 0 && detail.length <= 60 && /^[\w ,:'-]+$/.test(detail);
  return new ImportRefusal(harmless ? `${DAMAGED} (${detail})` : DAMAGED);
}

interface Line {
  text: string;
  /** Baseline of the line's first item, in page units (up is positive). */
  y: number;
  size: number;
}

async function readParagraphs(pdf: PDFDocumentProxy): Promise<string[]> {
  const pages: Line[][] = [];
  for (let number = 1; number <= Math.min(pdf.numPages, MAX_PDF_PAGES); number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    pages.push(readLines(content.items.filter(isTextItem)));
    page.cleanup();
  }
  const threshold = paragraphGap(pages);
  const paragraphs: string[] = [];
  for (const lines of pages) {
    let paragraph = '';
    let previous: Line | undefined;
    for (const line of lines) {
      const gap = previous ? previous.y - line.y : 0;
      if (previous && (gap <= 0 || gap > threshold)) {
        paragraphs.push(paragraph);
        paragraph = '';
      }
      paragraph = joinLine(paragraph, line.text);
      previous = line;
    }
    if (paragraph) paragraphs.push(paragraph);
  }
  return paragraphs;
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item && typeof item.str === 'string';
}

/** Items to lines: a line ends where pdfjs says so or where the baseline moves. */
function readLines(items: readonly TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  let ended = true;
  for (const item of items) {
    const y = Number(item.transform[5]) || 0;
    const size = Math.hypot(Number(item.transform[2]) || 0, Number(item.transform[3]) || 0);
    const moved = current !== undefined && Math.abs(current.y - y) > Math.max(2, size / 2);
    if (!current || ended || moved) {
      if (current?.text.trim()) lines.push(current);
      current = { text: '', y, size };
    }
    current.text += item.str;
    if (!current.text.trim()) current.y = y;
    ended = item.hasEOL;
  }
  if (current?.text.trim()) lines.push(current);
  return lines.map((line) => ({ ...line, text: clean(line.text) }));
}

/**
 * The vertical gap above which a new line starts a new paragraph: half as much again as the
 * usual line spacing. The usual spacing is the median gap between lines, but never more than
 * 1.6 times the usual font size, so a file whose paragraphs are all one line still splits.
 */
function paragraphGap(pages: readonly Line[][]): number {
  const gaps: number[] = [];
  const sizes: number[] = [];
  for (const lines of pages) {
    lines.forEach((line, index) => {
      sizes.push(line.size);
      const previous = lines[index - 1];
      if (previous && previous.y > line.y) gaps.push(previous.y - line.y);
    });
  }
  const usual = Math.min(median(gaps) ?? Infinity, 1.6 * (median(sizes) || Infinity));
  return Number.isFinite(usual) ? 1.5 * usual : Infinity;
}

function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Joins a line to its paragraph, mending a word hyphenated across the break. */
function joinLine(paragraph: string, line: string): string {
  if (!paragraph) return line;
  if (/\p{L}-$/u.test(paragraph) && /^\p{Ll}/u.test(line)) return paragraph.slice(0, -1) + line;
  return `${paragraph} ${line}`;
}

interface Info {
  title: string;
  byline: string;
}

async function readInfo(pdf: PDFDocumentProxy): Promise<Info> {
  const { info } = await pdf.getMetadata();
  const fields = info as Record<string, unknown>;
  const title = clean(stringField(fields.Title));
  return {
    title: looksLikeFileName(title) ? '' : title,
    byline: clean(stringField(fields.Author)).replace(/^by\s+/i, ''),
  };
}

function stringField(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Titles that word processors fill in for the author: "Microsoft Word - draft.docx". */
function looksLikeFileName(title: string): boolean {
  return (
    /^(untitled|untitled document|document\d*|title)$/i.test(title) ||
    /^Microsoft (Word|PowerPoint|Excel) - /i.test(title) ||
    /\.(pdf|docx?|odt|rtf|txt|pages|html?|indd|qxd|tex|dvi|ps|xlsx?|pptx?)$/i.test(title)
  );
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
