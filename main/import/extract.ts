import type { SourceFormat, SourceMetadata } from '../../preload/contract';
import { CaseError } from '../core/errors';
import { decodeText } from './decode-text';
import { ImportRefusal } from './import-refusal';
import { markdownToText } from './markdown';

export interface ExtractedDocument {
  /** Plain text for parseNewsText; when `metadata.title` is set, it is the first paragraph. */
  text: string;
  /** What the format itself states (a page's <meta>, a Markdown heading); '' never appears. */
  metadata: Partial<SourceMetadata>;
  /** What the file was read as. */
  format: SourceFormat;
}

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/**
 * A file's bytes to plain text and the metadata its format carries. The content decides before
 * the name does: a saved page called "story.txt" is still HTML, a PDF renamed ".md" still a PDF.
 * A ZIP archive is read as Word when it holds `word/document.xml`, after zip-guard checked it.
 * Rejects with a CaseError ('unsupported') whose message names the file.
 */
export async function extractDocument(
  bytes: Uint8Array,
  fileName: string,
): Promise<ExtractedDocument> {
  try {
    if (startsWith(bytes, PDF_MAGIC)) {
      const { pdfToDocument } = await import('./pdf');
      return { ...(await pdfToDocument(bytes)), format: 'pdf' };
    }
    const zip = startsWith(bytes, ZIP_MAGIC) || extensionOf(fileName) === '.docx';
    if (zip) {
      const { docxToDocument } = await import('./docx');
      return { ...(await docxToDocument(bytes)), format: 'docx' };
    }
    return await extract(bytes, fileName);
  } catch (error) {
    if (error instanceof ImportRefusal) {
      throw new CaseError('unsupported', `${fileName} ${error.reason}.`, { cause: error });
    }
    throw error;
  }
}

/**
 * Loads the reader `extractDocument` will use for these bytes (pdfjs, mammoth or jsdom), so the
 * time a file may take to read counts reading alone. Plain text and Markdown need none. A
 * reader that fails to load is left for `extractDocument` to report.
 */
export async function loadReaderFor(bytes: Uint8Array, fileName: string): Promise<void> {
  try {
    if (startsWith(bytes, PDF_MAGIC)) await import('./pdf');
    else if (startsWith(bytes, ZIP_MAGIC) || extensionOf(fileName) === '.docx')
      await import('./docx');
    else if (
      HTML_EXTENSIONS.has(extensionOf(fileName)) ||
      looksLikeHtml(decodeText(bytes.subarray(0, 4096)).text)
    )
      await import('./html');
  } catch {
    // extractDocument meets the same failure and says what it was.
  }
}

// The HTML, Word and PDF readers (jsdom, mammoth, pdfjs) load on first use: a worker that only
// ever reads plain text starts in milliseconds.
async function extract(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  refuseUnsupportedBinary(bytes, fileName);
  const { text } = decodeText(bytes);
  const extension = extensionOf(fileName);
  if (looksLikeHtml(text) || HTML_EXTENSIONS.has(extension)) return await fromHtml(text);
  if (MARKDOWN_EXTENSIONS.has(extension)) {
    const markdown = markdownToText(text);
    const metadata = markdown.title ? { title: markdown.title } : {};
    return { text: markdown.text, metadata, format: 'markdown' };
  }
  return { text, metadata: {}, format: 'text' };
}

function refuseUnsupportedBinary(bytes: Uint8Array, fileName: string): void {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportRefusal(
      'is an older Word or Office file (.doc); save it as .docx or PDF and import that',
    );
  }
  if (isPdfName(fileName)) {
    throw new ImportRefusal('is named as a PDF but is not one (it has no PDF header)');
  }
}

function looksLikeHtml(text: string): boolean {
  const start = text
    .slice(0, 1024)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html');
}

async function fromHtml(html: string): Promise<ExtractedDocument> {
  const { htmlToArticle } = await import('./html');
  const article = htmlToArticle(html);
  const metadata = Object.fromEntries(
    Object.entries(article.metadata).filter(([, value]) => value !== ''),
  ) as Partial<SourceMetadata>;
  const paragraphs = article.title ? [article.title, ...article.paragraphs] : article.paragraphs;
  return { text: paragraphs.join('\n\n'), metadata, format: 'html' };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function isPdfName(name: string): boolean {
  return extensionOf(name) === '.pdf';
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}
