import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { CaseError } from '../core/errors';
import { docxToDocument } from './docx';
import { extractDocument } from './extract';
import { ImportRefusal } from './import-refusal';
import { parseDocument } from './parse-document';
import { coreProperties, W, wordParagraph, writeDocx } from '../testing/docx-writer';

const title = 'North Korea fires missile into sea';
const lead =
  'SEOUL, South Korea (AP) \u2014 North Korea fired a ballistic missile into the sea on Thursday, the South\u2019s military said.';
const body = 'The launch was the third this month, officials in Seoul said.';
const policy = 'Comments are moderated. Please read our comment policy before posting.';

const paragraph = wordParagraph;

const linked =
  `<w:p><w:r><w:t xml:space="preserve">Read the </w:t></w:r>` +
  `<w:hyperlink r:id="rId9"><w:r><w:t>statement</w:t></w:r></w:hyperlink>` +
  `<w:r><w:t xml:space="preserve"> in full.</w:t></w:r></w:p>`;

const core = coreProperties('Missile &amp; sea', 'By Kim Tong-Hyung', '2024-03-14T01:30:00Z');
const docx = writeDocx;

const story = [paragraph(title, 'Heading1'), paragraph(lead), paragraph(body), linked];

async function refusal(bytes: Uint8Array, fileName: string): Promise<unknown> {
  try {
    await extractDocument(bytes, fileName);
  } catch (error) {
    return error instanceof CaseError ? { code: error.code, message: error.message } : error;
  }
  return 'not refused';
}

describe('docxToDocument', () => {
  it('reads paragraphs, the heading as title, and core properties', async () => {
    const bytes = await docx({ paragraphs: [...story, paragraph(policy)], core });
    expect(await docxToDocument(bytes)).toEqual({
      text: [title, lead, body, 'Read the statement in full.', policy].join('\n\n'),
      metadata: { title, byline: 'Kim Tong-Hyung', publishedDate: '2024-03-14' },
    });
  });

  it('falls back to dc:title without a heading, and states nothing without core.xml', async () => {
    const plain = [paragraph(lead), paragraph(body)];
    expect(await docxToDocument(await docx({ paragraphs: plain, core }))).toMatchObject({
      text: ['Missile & sea', lead, body].join('\n\n'),
      metadata: { title: 'Missile & sea' },
    });
    expect(await docxToDocument(await docx({ paragraphs: plain }))).toEqual({
      text: [lead, body].join('\n\n'),
      metadata: {},
    });
  });

  it('gives parseNewsText the dateline, agency and body paragraphs', async () => {
    const bytes = await docx({ paragraphs: [...story, paragraph(policy)], core });
    const parsed = parseDocument(await extractDocument(bytes, 'story.docx'));
    expect(parsed.metadata).toMatchObject({
      title,
      dateline: 'SEOUL, South Korea',
      agency: 'AP',
      byline: 'Kim Tong-Hyung',
      publishedDate: '2024-03-14',
    });
    // The dateline leaves the lead; the comment-policy line is parseNewsText's call, kept today.
    expect(parsed.text).toBe(
      [lead.slice(lead.indexOf('North Korea')), body, 'Read the statement in full.', policy].join(
        '\n\n',
      ),
    );
    expect(parsed.paragraphs).toHaveLength(4);
    expect(parsed.text).not.toContain('evil.example');
  });

  it('reads a Word file by its content whatever its name', async () => {
    const bytes = await docx({ paragraphs: story });
    expect((await extractDocument(bytes, 'saved.bin')).metadata).toEqual({ title });
  });

  it('refuses a ZIP without word/document.xml, even named .docx', async () => {
    const bytes = await docx({ paragraphs: story, omit: 'word/document.xml' });
    await expect(docxToDocument(bytes)).rejects.toBeInstanceOf(ImportRefusal);
    expect(await refusal(bytes, 'story.docx')).toEqual({
      code: 'unsupported',
      message: 'story.docx is a ZIP archive but not a Word document.',
    });
  });

  it.each([
    [
      'zero bytes',
      () => Promise.resolve(new Uint8Array(0)),
      /^empty\.docx is not a readable ZIP archive \(.+\)\.$/,
    ],
    [
      'a traversal entry',
      async () => {
        const zip = new JSZip();
        zip.file('word/document.xml', `<w:document xmlns:w="${W}"/>`);
        zip.file('aa/aa/evil.txt', 'x');
        const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
        const name = Buffer.from('aa/aa/evil.txt');
        for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1))
          bytes.write('../../evil.txt', at, 'latin1');
        return bytes;
      },
      /^empty\.docx contains an entry with a "\.\." path segment \("\.\.\/\.\.\/evil\.txt"\)\.$/,
    ],
    [
      'a truncated file',
      async () => (await docx({ paragraphs: story })).subarray(0, 200),
      /^empty\.docx is not a readable ZIP archive \(.+\)\.$/,
    ],
  ])('refuses %s with a CaseError naming the file', async (_, build, message) => {
    const result = await refusal(await build(), 'empty.docx');
    expect(result).toMatchObject({ code: 'unsupported', message: expect.stringMatching(message) });
  });

  it('still reads other formats and refuses a damaged PDF', async () => {
    expect(await extractDocument(Buffer.from('Plain words.'), 'a.txt')).toEqual({
      text: 'Plain words.',
      metadata: {},
      format: 'text',
    });
    expect(await refusal(Buffer.from('%PDF-1.7'), 'r.pdf')).toEqual({
      code: 'unsupported',
      message: 'r.pdf is a damaged PDF that could not be read (Invalid PDF structure).',
    });
  });
});
