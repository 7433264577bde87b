import JSZip from 'jszip';

// A small Word (.docx) writer for tests, the fuzz run and the bench: the parts mammoth reads,
// with a Heading 1 style and an external hyperlink relationship (rId9) to check links keep only
// their text.

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** One <w:p> holding `text` (already XML-escaped), optionally in a paragraph style. */
export function wordParagraph(text: string, style = ''): string {
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** Core properties (docProps/core.xml) with a title, a creator and a creation date. */
export function coreProperties(title: string, creator: string, created: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>${title}</dc:title><dc:creator>${creator}</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>
</cp:coreProperties>`;
}

export interface DocxParts {
  /** <w:p> elements, e.g. from wordParagraph. */
  paragraphs: readonly string[];
  /** docProps/core.xml, e.g. from coreProperties. */
  core?: string;
  /** A part to leave out, to make a damaged file. */
  omit?: string;
}

export async function writeDocx({ paragraphs, core, omit }: DocxParts): Promise<Uint8Array> {
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>
</Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${paragraphs.join('')}</w:body></w:document>`,
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1">
<w:name w:val="heading 1"/></w:style></w:styles>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/>
<Relationship Id="rId9" Type="${R}/hyperlink" Target="https://evil.example/x" TargetMode="External"/>
</Relationships>`,
  };
  if (core) parts['docProps/core.xml'] = core;
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) {
    if (name !== omit) zip.file(name, content, { createFolders: false });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
