import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import type { SourceMetadata } from '../../preload/contract';
import { ImportRefusal } from './import-refusal';
import { guardZip, type CheckedEntry, type ZipLimits } from './zip-guard';

export interface DocxDocument {
  /** Paragraphs joined by blank lines; a stated title is the first one. */
  text: string;
  metadata: Partial<SourceMetadata>;
}

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6';
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * A Word (.docx) file to text and what its document properties state. The archive passes
 * guardZip before mammoth reads it; images are dropped and links keep only their text.
 */
export async function docxToDocument(bytes: Uint8Array, limits?: ZipLimits): Promise<DocxDocument> {
  const entries = await guardZip(bytes, limits);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new ImportRefusal('is a ZIP archive but not a Word document');
  }
  const html = await convert(bytes);
  const blocks = readBlocks(html);
  const core = readCoreProperties(entries);
  const heading = blocks.find((block) => block.heading)?.text ?? '';
  const paragraphs = blocks.map((block) => block.text);
  const title = heading || core.title;
  const body = heading ? withoutFirst(paragraphs, heading) : paragraphs;
  const metadata: Partial<SourceMetadata> = {};
  if (title) metadata.title = title;
  if (core.byline) metadata.byline = core.byline;
  if (core.publishedDate) metadata.publishedDate = core.publishedDate;
  return { text: (title ? [title, ...body] : body).join('\n\n'), metadata };
}

async function convert(bytes: Uint8Array): Promise<string> {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
    const result = await mammoth.convertToHtml({ buffer }, { convertImage: dropImages });
    return result.value;
  } catch (error) {
    // mammoth's own messages name the part it could not read; a TypeError from deep inside it
    // (a part the archive lacks, found by the fuzz run) says nothing an analyst can use.
    const detail = error instanceof Error && !(error instanceof TypeError) ? error.message : '';
    throw new ImportRefusal(
      detail
        ? `is a Word document that could not be read (${detail.replace(/\.\s*$/, '')})`
        : 'is a Word document with missing or damaged parts',
    );
  }
}

interface Block {
  text: string;
  heading: boolean;
}

function readBlocks(html: string): Block[] {
  const body = new JSDOM(html).window.document.body;
  for (const element of body.querySelectorAll('img')) element.remove();
  return [...body.querySelectorAll(BLOCKS)]
    .map((element) => ({ text: clean(ownText(element)), heading: HEADINGS.has(element.tagName) }))
    .filter((block) => block.text.length > 0);
}

/** A list item's text without its nested list, which gives blocks of its own. */
function ownText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const nested of copy.querySelectorAll(BLOCKS)) nested.remove();
  return copy.textContent ?? '';
}

function withoutFirst(paragraphs: readonly string[], text: string): string[] {
  const index = paragraphs.indexOf(text);
  return index < 0 ? [...paragraphs] : paragraphs.filter((_, at) => at !== index);
}

interface CoreProperties {
  title: string;
  byline: string;
  publishedDate: string;
}

function readCoreProperties(entries: readonly CheckedEntry[]): CoreProperties {
  const core = entries.find((entry) => entry.name === 'docProps/core.xml');
  const xml = core ? core.bytes.toString('utf8') : '';
  const created = /^(\d{4}-\d{2}-\d{2})/.exec(element(xml, 'dcterms:created'));
  return {
    title: element(xml, 'dc:title'),
    byline: element(xml, 'dc:creator').replace(/^by\s+/i, ''),
    publishedDate: created?.[1] ?? '',
  };
}

function element(xml: string, tag: string): string {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  return clean(decodeEntities(match?.[1] ?? ''));
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return safeCodePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), whole);
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
