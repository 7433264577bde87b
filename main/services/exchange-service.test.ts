import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseError } from '../core/errors';
import { createChromiumPdfPrinter, findChromium } from '../exchange/pdf/chromium-pdf';
import { exportFileName } from './exchange-service';
import { createComparedSampleCase, spanOfPhrase } from './test-support';

type Services = Awaited<ReturnType<typeof createComparedSampleCase>>;

let services: Services | undefined;
afterEach(() => {
  services?.cases.close();
  if (services) fs.rmSync(services.dataDir, { recursive: true, force: true });
  services = undefined;
});

const spanOf = spanOfPhrase;

/** The sample case with three claims: one tagged and corroborated, one contradicted, one plain. */
async function sampleWithClaims(
  options: Parameters<typeof createComparedSampleCase>[0] = {},
): Promise<Services> {
  const s = await createComparedSampleCase(options);
  services = s;
  const weapons = s.tags.create({ name: 'Weapons' });
  const meals = s.tags.create({ name: 'Meals' });
  const train = s.claims.create({
    sourceId: 1,
    ...spanOf(s, 1, 'armored train'),
    tagIds: [weapons.id],
    note: 'Check the =train claim </script>',
    credibility: 2,
  });
  s.claims.addOccurrence({
    claimId: train.id,
    sourceId: 2,
    ...spanOf(s, 2, 'armored practice'),
    stance: 'supports',
  });
  const lunch = s.claims.create({ sourceId: 3, ...spanOf(s, 3, 'lunch'), tagIds: [meals.id] });
  s.claims.addOccurrence({
    claimId: lunch.id,
    sourceId: 4,
    ...spanOf(s, 4, 'dinner'),
    stance: 'contradicts',
  });
  s.claims.create({ sourceId: 5, ...spanOf(s, 5, 'Shoigu'), tagIds: [] });
  s.notes.save({ kind: 'case' }, 'Case note: 001 copies 000.');
  s.sources.setReliability({ id: 3, reliability: 'B' });
  return s;
}

function claimsOnCharacters(s: Services) {
  return s.claims
    .list()
    .map((summary) => s.claims.get(summary.id))
    .map((claim) => ({
      quote: claim.quote,
      occurrences: claim.occurrences.map(({ sourceId, start, end, stance, quote }) => ({
        sourceId,
        start,
        end,
        stance,
        quote,
      })),
    }));
}

describe('exportFileName', () => {
  it.each([
    ['Sample case: Kim–Putin', 'md', 'Sample case Kim–Putin – claims.md'],
    ['../../etc/passwd', 'pdf', 'etc passwd – report.pdf'],
    ['a\u0000b<c>|d', 'json', 'a b c d – case.json'],
    ['...', 'qdpx', 'Corroborate – claims.qdpx'],
  ] as const)('names an export of “%s” as %s safely', (name, format, expected) => {
    expect(exportFileName(name, format)).toBe(expected);
  });
});

describe('ExchangeService', () => {
  it('saves every text format atomically and reports progress', async () => {
    const s = await sampleWithClaims();
    const out = path.join(s.dataDir, 'exports');
    fs.mkdirSync(out);
    for (const format of ['md', 'csv', 'json', 'html', 'w3c', 'qdpx'] as const) {
      const target = path.join(out, `claims.${format}`);
      const saved = await s.exchange.save({ format, path: target });
      expect(saved.claims).toBe(3);
      expect(fs.statSync(target).size).toBe(saved.bytes);
    }
    expect(fs.readdirSync(out).sort()).toEqual(
      ['claims.csv', 'claims.html', 'claims.json', 'claims.md', 'claims.qdpx', 'claims.w3c'].sort(),
    );
    const markdown = fs.readFileSync(path.join(out, 'claims.md'), 'utf8');
    expect(markdown).toMatch(/^---\ntitle: /);
    expect(markdown).toContain('### Weapons');
    // Sources by label, as the workbench names them, and their '#' left readable.
    expect(markdown).toContain('| AP · #002 | North Korea’s Kim Jong Un arrived in Russia');
    expect(markdown).toContain('— #000, Putin confirms meeting as North Korea');
    expect(markdown).not.toContain('\\#');
    // The derived copy (#001 of #000) counts once: one independent source for the train claim.
    expect(markdown).toContain('- Independent sources: 1: #000 + #001: #001 copies #000');
    expect(markdown).toContain('- Contradicted in washingtontimes.com · #003: “dinner”');
    const phases = s.emitted
      .filter((e) => e.event === 'export:progress')
      .map((e) => (e.payload as { phase: string }).phase);
    expect(phases).toContain('reading');
    expect(phases.at(-1)).toBe('done');
  });

  it('exports only the claims of the current filter', async () => {
    const s = await sampleWithClaims();
    const [first] = s.claims.list();
    const rendered = await s.exchange.renderForDownload({
      format: 'csv',
      claimIds: [first?.id ?? 0],
    });
    const csv = Buffer.from(rendered.data, 'base64').toString('utf8');
    expect(rendered.fileName).toMatch(/claims\.csv$/);
    expect(rendered.claims).toBe(1);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + 2); // header + origin + support
  });

  it('JSON: export, open as a new case, export again gives the same file', async () => {
    const s = await sampleWithClaims();
    const first = await s.exchange.renderForDownload({ format: 'json' });
    const target = path.join(s.dataDir, 'copy.corroborate');
    const info = await s.exchange.importCase({
      fileName: 'case.json',
      data: first.data,
      path: target,
    });
    expect(info.path).toBe(target);
    expect(info.sourceCount).toBe(5);
    await s.compare.refresh();
    const second = await s.exchange.renderForDownload({ format: 'json' });
    const strip = (data: string) =>
      Buffer.from(data, 'base64')
        .toString('utf8')
        .replace(/"exportedAt": "[^"]*"/, '');
    expect(strip(second.data)).toBe(strip(first.data));
  });

  it('.qdpx: export and open as a new case restores every claim on the same characters', async () => {
    const s = await sampleWithClaims();
    const before = claimsOnCharacters(s);
    const qdpx = await s.exchange.renderForDownload({ format: 'qdpx' });
    await s.exchange.importCase({ fileName: 'Kim Putin.qdpx', data: qdpx.data });
    expect(s.cases.info()?.path).toBe(path.join(s.dataDir, 'Kim Putin.corroborate'));
    expect(claimsOnCharacters(s)).toEqual(before);
    expect(s.sources.get(3).reliability).toBe('B');
  });

  it('W3C: annotations imported into a case with the same sources restore every claim', async () => {
    const s = await sampleWithClaims();
    const before = claimsOnCharacters(s);
    const annotations = Buffer.from(
      (await s.exchange.renderForDownload({ format: 'w3c' })).data,
      'base64',
    ).toString('utf8');
    // The same sources, no claims: the case JSON without its claims.
    const json = JSON.parse(
      Buffer.from((await s.exchange.renderForDownload({ format: 'json' })).data, 'base64').toString(
        'utf8',
      ),
    ) as Record<string, unknown>;
    const bare = JSON.stringify({ ...json, claims: [], tags: [] });
    await s.exchange.importCase({
      fileName: 'bare.json',
      data: Buffer.from(bare).toString('base64'),
    });
    expect(s.claims.list()).toEqual([]);
    const result = await s.exchange.importAnnotations(annotations);
    expect(result).toMatchObject({ claims: 3, occurrences: 5, skipped: [] });
    expect(claimsOnCharacters(s)).toEqual(before);
    expect(
      s.tags
        .list()
        .map((tag) => tag.name)
        .sort(),
    ).toEqual(['Meals', 'Weapons']);
    // One undoable edit.
    s.history.undo();
    expect(s.claims.list()).toEqual([]);
  });

  it('says PDF needs Chromium when no printer is available', async () => {
    const s = await sampleWithClaims();
    await expect(s.exchange.renderForDownload({ format: 'pdf' })).rejects.toThrow(
      /PDF needs Chromium/,
    );
  });

  it('refuses a broken file with a specific message and leaves no case behind', async () => {
    const s = await sampleWithClaims();
    const attempts = [
      {
        fileName: 'broken.json',
        data: Buffer.from('{"format": "corroborate-case"').toString('base64'),
        message: /not valid JSON/,
      },
      {
        fileName: 'broken.qdpx',
        data: Buffer.from('not a zip').toString('base64'),
        message: /zip|archive/i,
      },
      {
        fileName: 'notes.txt',
        data: Buffer.from('hello').toString('base64'),
        message: /\.json.*\.qdpx/,
      },
    ];
    for (const attempt of attempts) {
      const target = path.join(s.dataDir, `${attempt.fileName}.corroborate`);
      await expect(s.exchange.importCase({ ...attempt, path: target })).rejects.toThrow(
        attempt.message,
      );
      expect(fs.existsSync(target)).toBe(false);
    }
    expect(s.cases.info()?.sourceCount).toBe(5);
    await expect(s.exchange.importAnnotations('[]')).rejects.toThrow(CaseError);
  });

  it.skipIf(!findChromium() && !process.env['CI'])(
    'prints the report to PDF with Chromium',
    async () => {
      const s = await sampleWithClaims({ pdfPrinter: () => createChromiumPdfPrinter() });
      const target = path.join(s.dataDir, 'report.pdf');
      await s.exchange.save({ format: 'pdf', path: target });
      expect(fs.readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    },
    60_000,
  );
});
