import type { SourceMetadata } from '../../preload/contract';
import { CaseError } from '../core/errors';
import { decodeText } from './decode-text';
import { docxToDocument } from './docx';
import { htmlToArticle } from './html';
import { ImportRefusal } from './import-refusal';
import { markdownToText } from './markdown';

export interface ExtractedDocument {
  /** Plain text for parseNewsText; when `metadata.title` is set, it is the first paragraph. */
  text: string;
  /** What the format itself states (a page's <meta>, a Markdown heading); '' never appears. */
  metadata: Partial<SourceMetadata>;
}

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * A file's bytes to plain text and the metadata its format carries. The content decides before
 * the name does: a saved page called "story.txt" is still HTML, a PDF renamed ".md" still a PDF.
 * Throws a CaseError ('unsupported') whose message names the file.
 */
export function extractDocument(bytes: Uint8Array, fileName: string): ExtractedDocument {
  try {
    return extract(bytes, fileName);
  } catch (error) {
    if (error instanceof ImportRefusal) {
      throw new CaseError('unsupported', `${fileName} ${error.reason}.`, { cause: error });
    }
    throw error;
  }
}

/**
 * extractDocument that also reads Word (.docx) files: a ZIP archive is read as Word when it holds
 * `word/document.xml`, after zip-guard checked it; any other archive is refused. Asynchronous
 * because mammoth and yauzl are; the synchronous extractDocument still refuses every ZIP.
 */
export async function extractDocumentAsync(
  bytes: Uint8Array,
  fileName: string,
): Promise<ExtractedDocument> {
  try {
    const zip = startsWith(bytes, ZIP_MAGIC) || extensionOf(fileName) === '.docx';
    return zip ? await docxToDocument(bytes) : extract(bytes, fileName);
  } catch (error) {
    if (error instanceof ImportRefusal) {
      throw new CaseError('unsupported', `${fileName} ${error.reason}.`, { cause: error });
    }
    throw error;
  }
}

function extract(bytes: Uint8Array, fileName: string): ExtractedDocument {
  refuseUnsupportedBinary(bytes);
  const { text } = decodeText(bytes);
  const extension = extensionOf(fileName);
  if (looksLikeHtml(text) || HTML_EXTENSIONS.has(extension)) return fromHtml(text);
  if (MARKDOWN_EXTENSIONS.has(extension)) {
    const markdown = markdownToText(text);
    return { text: markdown.text, metadata: markdown.title ? { title: markdown.title } : {} };
  }
  return { text, metadata: {} };
}

function refuseUnsupportedBinary(bytes: Uint8Array): void {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new ImportRefusal('is a PDF; PDF import is not available yet');
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    throw new ImportRefusal(
      'is a Word document or another ZIP archive; Word import is not available yet',
    );
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportRefusal('is an older Word or Office file; Word import is not available yet');
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

function fromHtml(html: string): ExtractedDocument {
  const article = htmlToArticle(html);
  const metadata = Object.fromEntries(
    Object.entries(article.metadata).filter(([, value]) => value !== ''),
  ) as Partial<SourceMetadata>;
  const paragraphs = article.title ? [article.title, ...article.paragraphs] : article.paragraphs;
  return { text: paragraphs.join('\n\n'), metadata };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}
