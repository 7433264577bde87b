// Import figures per format, through the built import worker exactly as the app runs it: 200
// BBC articles each written as a saved HTML page, a Word file and a PDF (made here from the
// article text), then imported one file at a time into a fresh case.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appRoot } from '../main/paths';
import { CaseService } from '../main/services/case-service';
import { EventHub } from '../main/services/events';
import { SourceService } from '../main/services/source-service';
import { wordParagraph, writeDocx } from '../main/testing/docx-writer';
import { writePdf } from '../main/testing/pdf-writer';
import { createWorkerDocumentReader } from '../main/workers/worker-document-reader';
import { loadBbcArticles } from './bbc-corpus';
import { figure, heading, report } from './report';

const ARTICLES = 200;

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function htmlPage([title = '', ...body]: string[]): Uint8Array {
  const paragraphs = body.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
  return new TextEncoder()
    .encode(`<!doctype html><html><head><title>${escapeHtml(title)} | BBC</title>
<meta property="og:title" content="${escapeHtml(title)}"><meta property="og:site_name" content="BBC">
<script src="https://example.invalid/analytics.js"></script></head><body>
<nav><a href="/">Home</a></nav><article><h1>${escapeHtml(title)}</h1>${paragraphs}</article>
<section class="comments"><p>Comments are closed.</p></section></body></html>`);
}

function docxFile([title = '', ...body]: string[]): Promise<Uint8Array> {
  const paragraphs = [
    wordParagraph(escapeHtml(title), 'Heading1'),
    ...body.map((paragraph) => wordParagraph(escapeHtml(paragraph))),
  ];
  return writeDocx({ paragraphs });
}

function pdfFile(paragraphs: string[]): Uint8Array {
  // The generator writes Latin-1 only; curly quotes and dashes become their ASCII cousins.
  const latin1 = paragraphs.map((paragraph) =>
    paragraph
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[–—]/g, '-')
      .replace(/[^\x20-\xff]/g, ' '),
  );
  return writePdf({ pages: [latin1] });
}

export async function runImportFormatsBench(): Promise<void> {
  heading(`Import by format (${ARTICLES} BBC articles each, through the import worker)`);
  const articles = loadBbcArticles()
    .slice(0, ARTICLES)
    .map((article) => paragraphsOf(article.text));
  const formats: Array<
    [string, string, (paragraphs: string[]) => Uint8Array | Promise<Uint8Array>]
  > = [
    ['plain text', 'txt', (paragraphs) => new TextEncoder().encode(paragraphs.join('\n\n'))],
    ['saved HTML page', 'html', htmlPage],
    ['Word (.docx)', 'docx', docxFile],
    ['PDF (text layer)', 'pdf', pdfFile],
  ];
  for (const [label, extension, make] of formats) {
    const files = await Promise.all(articles.map((paragraphs) => make(paragraphs)));
    const reader = createWorkerDocumentReader({ url: join(appRoot, 'out/main/import-worker.js') });
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
    const cases = new CaseService(null, new EventHub());
    const sources = new SourceService(cases, new EventHub(), reader);
    cases.create(join(dir, 'bench.corroborate'), 'bench');
    const samples: number[] = [];
    let refused = 0;
    const coldStart = performance.now();
    for (const [index, bytes] of files.entries()) {
      const start = performance.now();
      const result = await sources.importBytes(`${index}.${extension}`, bytes);
      samples.push(performance.now() - start);
      if (result.status === 'refused') refused += 1;
    }
    const total = performance.now() - coldStart;
    report(`import ${label} per file (${refused} refused; first includes worker start)`, samples);
    figure('', `total ${(total / 1000).toFixed(2)} s for ${files.length} files`);
    cases.close();
    await reader.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
