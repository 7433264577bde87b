/**
 * What to write. Each page is a list of paragraphs, set in the standard Helvetica font
 * (WinAnsiEncoding, so only Latin-1 text) at 10pt with 14pt leading, wrapped at about 90
 * characters and separated by a blank line. Text that does not fit on the page simply runs off
 * the bottom: the writer is for tests, not for print.
 */
export interface PdfOptions {
  pages: string[][];
  /** The document information dictionary: /Title and /Author. */
  info?: { title?: string; author?: string };
  /** Adds a Standard security handler (/V 1 /R 2) whose user password is not empty. */
  encrypted?: boolean;
  /** Pages carry a filled rectangle and a tiny inline image and no text operators at all. */
  imageOnly?: boolean;
}

const FONT_SIZE = 10;
const LEADING = 14;
const LINE_LENGTH = 90;
const LEFT = 72;
const TOP = 720;

/**
 * A small, valid PDF 1.4 file: catalog, page tree, one font, the pages with their content
 * streams, an optional info dictionary and encryption dictionary, then a cross-reference table
 * with real byte offsets and a trailer. Every byte is ASCII (text outside ASCII is written as
 * octal escapes), so string lengths are byte lengths.
 */
export function writePdf(options: PdfOptions): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const reserve = (): number => objects.push('');

  const catalog = reserve();
  const pageTree = reserve();
  const font = add(
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  );
  const pageRefs = options.pages.map((paragraphs) => {
    const content = options.imageOnly ? imageContent() : textContent(paragraphs);
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    return add(
      `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 612 792] ` +
        `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] =
    `<< /Type /Pages /Kids [${pageRefs.map((ref) => `${ref} 0 R`).join(' ')}] ` +
    `/Count ${pageRefs.length} >>`;

  const infoEntries = [
    options.info?.title === undefined ? '' : `/Title ${literal(options.info.title)}`,
    options.info?.author === undefined ? '' : `/Author ${literal(options.info.author)}`,
  ].filter(Boolean);
  const info = infoEntries.length > 0 ? add(`<< ${infoEntries.join(' ')} >>`) : 0;
  const encrypt = options.encrypted
    ? add(
        `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 ` +
          `/O <${'4f'.repeat(32)}> /U <${'55'.repeat(32)}> >>`,
      )
    : 0;

  let file = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = file.length;
    file += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = file.length;
  file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) file += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const trailer = [`/Size ${objects.length + 1}`, `/Root ${catalog} 0 R`];
  if (info) trailer.push(`/Info ${info} 0 R`);
  if (encrypt)
    trailer.push(`/Encrypt ${encrypt} 0 R`, `/ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]`);
  file += `trailer\n<< ${trailer.join(' ')} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(file);
}

function textContent(paragraphs: readonly string[]): string {
  const operators = [`BT /F1 ${FONT_SIZE} Tf ${LEADING} TL ${LEFT} ${TOP} Td`];
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) operators.push('T*');
    for (const line of wrap(paragraph)) operators.push(`${literal(line)} Tj T*`);
  });
  operators.push('ET');
  return operators.join('\n');
}

function imageContent(): string {
  return [
    'q 0.5 g 72 600 200 100 re f Q',
    'q 20 0 0 20 300 600 cm BI /W 2 /H 2 /CS /G /BPC 8 /F /AHx ID 00ff00ff> EI Q',
  ].join('\n');
}

/** Greedy word wrap; a word longer than a line gets a line of its own. */
export function wrap(paragraph: string, width = LINE_LENGTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A PDF literal string; bytes outside printable ASCII become octal escapes. */
function literal(text: string): string {
  let escaped = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code > 0xff)
      throw new Error(`writePdf writes Latin-1 text only, not U+${code.toString(16)}`);
    if (character === '(' || character === ')' || character === '\\') escaped += `\\${character}`;
    else if (code < 0x20 || code > 0x7e) escaped += `\\${code.toString(8).padStart(3, '0')}`;
    else escaped += character;
  }
  return `(${escaped})`;
}
