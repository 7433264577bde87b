import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestServices } from './test-support';

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

function withCase() {
  services = createTestServices();
  services.cases.create(join(services.dataDir, 'Case.corroborate'), 'Case');
  services.emitted.length = 0;
  return services;
}

async function importOne(fileName: string, bytes: Uint8Array) {
  const { sources } = services;
  const path = join(services.dataDir, fileName);
  writeFileSync(path, bytes);
  const [result] = await sources.importFiles([path]);
  expect(result).toMatchObject({ fileName, status: 'imported' });
  return sources.get(result?.sourceId ?? 0);
}

const lead =
  'KYIV (Reuters) \u2014 Ukraine\u2019s grain exports rose 12% in March, the ministry said on Tuesday, as ships kept using the Black Sea corridor.';
const last =
  'Traders said insurance costs had fallen since January, easing the pressure on exporters.';

const page = `<!DOCTYPE html><html><head>
<title>Ukraine grain exports rise | Reuters</title>
<meta property="og:title" content="Ukraine grain exports rise">
<meta property="og:site_name" content="Reuters">
<meta property="article:published_time" content="2024-04-02T09:00:00Z">
<link rel="canonical" href="https://www.reuters.com/markets/grain/">
<script>document.title = 'hijacked'</script></head>
<body><div class="cookie-notice">We use cookies. <button>OK</button></div>
<article><h1>Ukraine grain exports rise</h1>
<p class="byline">By <a rel="author" href="/a">Olena Harmash</a></p>
<p onclick="steal()">${lead}</p><iframe src="https://ads.example/x"></iframe>
<p>${last}</p></article>
<section class="comments"><p>Reader comment that is not reporting at all.</p></section>
</body></html>`;

const cafeStory =
  'Caf\u00e9 owners protest\r\n\r\n\u201cWe cannot pay,\u201d said one owner \u2014 again.\r\n';

describe('SourceService importing other formats', () => {
  it('imports a saved HTML page with its title, outlet, byline, date, URL and dateline', async () => {
    withCase();
    const source = await importOne('grain.html', Buffer.from(page));
    expect(source).toMatchObject({
      title: 'Ukraine grain exports rise',
      titleDerived: false,
      outlet: 'Reuters',
      byline: 'Olena Harmash',
      publishedDate: '2024-04-02',
      url: 'https://www.reuters.com/markets/grain/',
      dateline: 'KYIV',
      agency: 'Reuters',
    });
    expect(source.text).toBe(`${lead.replace('KYIV (Reuters) \u2014 ', '')}\n\n${last}`);
  });

  it('imports a Markdown file with its heading as title', async () => {
    withCase();
    const markdown =
      '# Dam breach floods valley\n\nThe dam *gave way* before [dawn](https://x.test).\n\n- Rescue teams searched all night.\n';
    const source = await importOne('dam.md', Buffer.from(markdown));
    expect(source).toMatchObject({ title: 'Dam breach floods valley', titleDerived: false });
    expect(source.text).toBe('The dam gave way before dawn.\n\nRescue teams searched all night.');
    // The markup is kept for export: the file as imported, byte for byte.
    expect(source.original).toEqual({ format: 'markdown', size: Buffer.byteLength(markdown) });
    expect(
      Buffer.from(services.cases.database.getSourceFile(source.id)?.bytes ?? []).toString(),
    ).toBe(markdown);
  });

  it('imports pasted text under the typed title and keeps it as pasted', async () => {
    const { sources } = withCase();
    const text = 'Bridge shut\n\nInspectors closed the river bridge on Wednesday.';
    const result = await sources.importPasted({ title: 'River bridge closed', text });
    expect(result).toMatchObject({ fileName: 'River bridge closed', status: 'imported' });
    const source = sources.get(result.sourceId ?? 0);
    expect(source).toMatchObject({ title: 'River bridge closed', titleDerived: false });
    expect(source.text).toBe('Bridge shut\n\nInspectors closed the river bridge on Wednesday.');
    expect(source.original).toEqual({ format: 'pasted', size: Buffer.byteLength(text) });
  });

  it('imports a UTF-16 file with its exact title and text', async () => {
    withCase();
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from(cafeStory, 'utf16le')]);
    const source = await importOne('utf16.txt', bytes);
    expect(source).toMatchObject({ title: 'Caf\u00e9 owners protest', titleDerived: false });
    expect(source.text).toBe('\u201cWe cannot pay,\u201d said one owner \u2014 again.');
  });

  it('imports a Windows-1252 file with its exact title and text', async () => {
    withCase();
    // What Notepad writes in "Western": curly quotes at 0x93/0x94, an em dash at 0x97.
    const bytes = Buffer.concat([
      Buffer.from('Caf\xe9 owners protest\r\n\r\n', 'latin1'),
      Buffer.from([0x93]),
      Buffer.from('We cannot pay,', 'latin1'),
      Buffer.from([0x94]),
      Buffer.from(' said one owner ', 'latin1'),
      Buffer.from([0x97]),
      Buffer.from(' again.\r\n', 'latin1'),
    ]);
    const source = await importOne('cp1252.txt', bytes);
    expect(source).toMatchObject({ title: 'Caf\u00e9 owners protest', titleDerived: false });
    expect(source.text).toBe('\u201cWe cannot pay,\u201d said one owner \u2014 again.');
  });

  it('leaves the case unchanged when a file is refused', async () => {
    const { sources } = withCase();
    const dir = join(services.dataDir, 'in');
    mkdirSync(dir);
    writeFileSync(join(dir, 'scan.pdf.txt'), '%PDF-1.4\n%\xe2\xe3');
    const results = await sources.importFiles([join(dir, 'scan.pdf.txt')]);
    expect(results).toEqual([
      {
        fileName: 'scan.pdf.txt',
        status: 'refused',
        message: 'scan.pdf.txt is a damaged PDF that could not be read (Invalid PDF structure).',
      },
    ]);
    expect(sources.list()).toEqual([]);
    // (The comparison, indexing and facts of the new, empty case may still announce themselves.)
    const background = new Set(['compare:did-change', 'search:did-change', 'facts:did-change']);
    expect(services.emitted.filter(({ event }) => !background.has(event))).toEqual([]);
  });

  it('picks up .html and .htm files when importing a folder', async () => {
    const { sources } = withCase();
    const dir = join(services.dataDir, 'pages');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.html'), page);
    writeFileSync(join(dir, 'b.htm'), '<p>A short clipped paragraph from a page.</p>');
    writeFileSync(join(dir, 'c.css'), 'body { color: red }');
    expect(
      await (await sources.importFiles([dir])).map((result) => [result.fileName, result.status]),
    ).toEqual([
      ['a.html', 'imported'],
      ['b.htm', 'imported'],
    ]);
  });
});
