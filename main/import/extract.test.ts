import { describe, expect, it } from 'vitest';
import { CaseError } from '../core/errors';
import { writePdf } from '../testing/pdf-writer';
import { extractDocument } from './extract';

const page = `<!DOCTYPE html><html><head><title>Dam breach floods valley | Daily Mail</title>
<meta property="og:title" content="Dam breach floods valley">
<meta property="og:site_name" content="Daily Mail"></head>
<body><article><h1>Dam breach floods valley</h1>
<p>The dam gave way before dawn and water reached the first villages within the hour.</p>
<p>Rescue teams were still searching the valley on Sunday evening, officials said.</p>
</article></body></html>`;

async function refusal(bytes: Uint8Array, fileName: string): Promise<unknown> {
  try {
    await extractDocument(bytes, fileName);
  } catch (error) {
    return error instanceof CaseError ? { code: error.code, message: error.message } : error;
  }
  return 'not refused';
}

describe('extractDocument', () => {
  it('sniffs HTML by content whatever the extension says', async () => {
    const extracted = await extractDocument(Buffer.from(`\uFEFF  ${page}`), 'saved.txt');
    expect(extracted).toEqual({
      text: [
        'Dam breach floods valley',
        'The dam gave way before dawn and water reached the first villages within the hour.',
        'Rescue teams were still searching the valley on Sunday evening, officials said.',
      ].join('\n\n'),
      metadata: { title: 'Dam breach floods valley', outlet: 'Daily Mail' },
      format: 'html',
    });
  });

  it('reads .htm files without a doctype as HTML', async () => {
    const html = '<p>One paragraph of a fragment.</p><script>bad()</script>';
    expect((await extractDocument(Buffer.from(html), 'Clip.HTM')).text).toBe(
      'One paragraph of a fragment.',
    );
  });

  it('reads .md and .markdown as Markdown, with the heading as stated title', async () => {
    const markdown = '# Heading here\n\nSome *emphasis* and [a link](https://x.test).';
    for (const name of ['story.md', 'story.markdown']) {
      expect(await extractDocument(Buffer.from(markdown), name)).toEqual({
        text: 'Heading here\n\nSome emphasis and a link.',
        metadata: { title: 'Heading here' },
        format: 'markdown',
      });
    }
  });

  it('reads other extensions as plain text, Markdown syntax and all', async () => {
    const markdown = '# Not markdown here\n\n*stars*';
    expect(await extractDocument(Buffer.from(markdown), 'notes.txt')).toEqual({
      text: markdown,
      metadata: {},
      format: 'text',
    });
  });

  it('reads a PDF by its header whatever the extension says', async () => {
    const pdf = writePdf({
      pages: [['Floods closed the valley road.', 'Crews worked overnight.']],
    });
    expect(await extractDocument(pdf, 'renamed.md')).toEqual({
      text: 'Floods closed the valley road.\n\nCrews worked overnight.',
      metadata: {},
      format: 'pdf',
    });
  });

  it.each([
    ['report.pdf', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'report.pdf is a damaged PDF'],
    [
      'story.docx',
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00],
      'story.docx is not a readable ZIP archive',
    ],
    [
      'old.doc',
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1],
      'old.doc is an older Word or Office file (.doc); save it as .docx or PDF and import that.',
    ],
    ['fake.pdf', [0x68, 0x69], 'fake.pdf is named as a PDF but is not one (it has no PDF header).'],
    [
      'blob.txt',
      [0x01, 0x00, 0x02, 0x00, 0x00, 0x03],
      'blob.txt looks like a binary file, not text.',
    ],
  ])('refuses %s with a message naming it', async (fileName, bytes, message) => {
    expect(await refusal(Uint8Array.from(bytes), fileName)).toEqual({
      code: 'unsupported',
      message: expect.stringContaining(message),
    });
  });
});
