import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
// pdfjs parses in this thread when its worker module has registered itself (see main/import/pdf.ts).
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSnapshot, SnapshotSource } from '../../core/exchange/case-snapshot';
import { buildExportView } from '../../core/exchange/export-view';
import { renderReportHtml } from '../../core/exchange/report-html';
import { chromiumArgs, createChromiumPdfPrinter, findChromium } from './chromium-pdf';

const AT = '2026-11-26T14:33:00.000Z';
const QUOTE = 'armored train is in motion';

function source(id: number, title: string, outlet: string, text: string): SnapshotSource {
  return {
    id,
    title,
    outlet,
    byline: '',
    publishedDate: '2023-09-11',
    url: 'https://example.com/story',
    dateline: '',
    agency: '',
    attribution: '',
    titleDerived: false,
    fileName: `00${id - 1}_seed.txt`,
    text,
    paragraphs: [{ start: 0, end: [...text].length }],
    removedLines: [],
    wordCount: text.split(' ').length,
    contentHash: '0'.repeat(64),
    importedAt: AT,
    reliability: 'B',
    original: null,
  };
}

const smallCase: CaseSnapshot = {
  name: 'Vladivostok summit',
  createdAt: AT,
  searchLanguage: 'en',
  entityEdits: [],
  joinOverrides: [],
  sources: [
    source(1, 'Putin confirms meeting', 'Washington Times', `Mr. Kim's ${QUOTE}.`),
    source(2, 'Kim heads east', 'AP', `Officials said the ${QUOTE}.`),
  ],
  tags: [{ id: 1, name: 'Travel', color: '#336699', parentId: null, position: 0 }],
  claims: [
    {
      id: 1,
      note: 'Seen by two outlets.',
      credibility: 2,
      createdAt: AT,
      updatedAt: AT,
      tagIds: [1],
      occurrences: [
        { id: 1, sourceId: 1, start: 10, end: 36, quote: QUOTE, prefix: '', suffix: '', stance: 'origin' },
        { id: 2, sourceId: 2, start: 19, end: 45, quote: QUOTE, prefix: '', suffix: '', stance: 'supports' },
      ],
      rejected: [],
    },
  ],
  notes: [{ owner: { kind: 'case' }, text: 'For the foreign desk.', updatedAt: AT }],
}; // prettier-ignore

async function pdfText(bytes: Uint8Array): Promise<string> {
  const task = getDocument({ data: new Uint8Array(bytes), useWorkerFetch: false, verbosity: 0 });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item);
      pages.push(items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''));
    }
    return pages.join('\n');
  } finally {
    await task.destroy();
  }
}

const chromium = findChromium();
const ci = process.env.CI === 'true';
if (!chromium && !ci) {
  console.warn(
    'Skipping the real Chromium print: no Chromium found (install one or set CHROMIUM_PATH).',
  );
}

describe('createChromiumPdfPrinter with the real Chromium', () => {
  it.skipIf(!chromium && !ci)('prints the report of a small case to a PDF with its text', async () => {
    if (!chromium) throw new Error('CI=true requires Chromium for the PDF test: set CHROMIUM_PATH.');
    const view = buildExportView(smallCase, [], { claimIds: null, generatedAt: AT });
    const pdf = await createChromiumPdfPrinter({ executablePath: chromium }).print(renderReportHtml(view));
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Vladivostok summit');
    expect(text).toContain(QUOTE);
    expect(text).toContain('Usually reliable');
    expect(text).toContain('Probably true');
    expect(text).toContain('For the foreign desk.');
  }, 60_000);
}); // prettier-ignore

describe('createChromiumPdfPrinter failures', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corroborate-pdf-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function fakeChromium(name: string, body: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, `#!/bin/sh\n${body}\n`);
    await chmod(path, 0o755);
    return path;
  }

  it.skipIf(process.platform === 'win32')('kills a hung Chromium, with its children, at the deadline', async () => {
    const args = join(dir, 'args.txt');
    const child = join(dir, 'child.pid');
    const hung = await fakeChromium('hung', `echo "$@" > '${args}'\nsleep 30 &\necho $! > '${child}'\nwait`);
    const started = Date.now();
    await expect(createChromiumPdfPrinter({ executablePath: hung, timeoutMs: 500 }).print('<p>x</p>')).rejects.toThrow(
      'Cannot print the PDF: Chromium did not finish within 500 ms and was stopped.',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    // The sleeping grandchild is gone (or a zombie nobody has reaped yet).
    const pid = Number(await readFile(child, 'utf8'));
    const state = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => 'gone');
    expect(state === 'gone' || / Z /.test(state)).toBe(true);
    // Its temporary directory (profile, HTML, PDF) is removed.
    const profile = /--user-data-dir=(\S+)/.exec(await readFile(args, 'utf8'))?.[1] ?? '';
    expect(profile).toContain('corroborate-pdf-');
    expect(existsSync(join(profile, '..'))).toBe(false);
  }, 10_000);

  it.skipIf(process.platform === 'win32')('reports a failing Chromium with its last words', async () => {
    const failing = await fakeChromium('failing', 'echo "cannot open display" >&2\nexit 3');
    await expect(createChromiumPdfPrinter({ executablePath: failing }).print('<p>x</p>')).rejects.toThrow(
      'Cannot print the PDF: Chromium exited with 3.\ncannot open display',
    );
    const silent = await fakeChromium('silent', 'exit 0');
    await expect(createChromiumPdfPrinter({ executablePath: silent }).print('<p>x</p>')).rejects.toThrow(
      `Cannot print the PDF: ${silent} exited without writing one.`,
    );
  });

  it('says plainly when the executable is missing', async () => {
    const missing = join(dir, 'no-such-chromium');
    await expect(createChromiumPdfPrinter({ executablePath: missing }).print('<p>x</p>')).rejects.toThrow(
      `Cannot print the PDF: Chromium was not found at ${missing}`,
    );
  });
}); // prettier-ignore

describe('findChromium and chromiumArgs', () => {
  it('prefers CHROMIUM_PATH, then the first installed candidate', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, () => false, 'linux')).toBe('/opt/chrome');
    const installed = (path: string) => path === '/usr/bin/google-chrome';
    expect(findChromium({}, installed, 'linux')).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, () => false, 'linux')).toBeNull();
    expect(findChromium({}, () => true, 'plan9')).toBeNull();
  });

  it('prints headless to the given file, drops the sandbox only as root', () => {
    const args = chromiumArgs('/tmp/x/report.html', '/tmp/x/report.pdf', '/tmp/x/profile');
    expect(args).toEqual(expect.arrayContaining(['--headless', '--disable-gpu', '--no-pdf-header-footer']));
    expect(args).toContain('--print-to-pdf=/tmp/x/report.pdf');
    expect(args).toContain('--user-data-dir=/tmp/x/profile');
    expect(args.at(-1)).toBe('file:///tmp/x/report.html');
    expect(args.includes('--no-sandbox')).toBe(process.getuid?.() === 0);
  });
}); // prettier-ignore
