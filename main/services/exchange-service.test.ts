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
  }, 60_000);

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

describe('ExchangeService: facts in exports', () => {
  /** The sample with a claim that 002 and 003 both credit to South Korea’s Unification Ministry. */
  async function sampleWithJoClaim(): Promise<{ s: Services; claimId: number }> {
    const s = await createComparedSampleCase();
    services = s;
    const claim = s.claims.create({
      sourceId: 3,
      ...spanOf(s, 3, 'Kim is apparently accompanied by Jo Chun Ryong'),
      tagIds: [],
    });
    s.claims.addOccurrence({
      claimId: claim.id,
      sourceId: 4,
      ...spanOf(s, 4, 'Jo Chun-ryong, the North Korean party official'),
      stance: 'supports',
    });
    return { s, claimId: claim.id };
  }

  const text = (rendered: { data: string }) =>
    Buffer.from(rendered.data, 'base64').toString('utf8');

  it('Markdown: the Watson / Kirby quote with both speakers, and the claim’s originator note and the analyst’s split', async () => {
    const { s, claimId } = await sampleWithJoClaim();
    let markdown = text(await s.exchange.renderForDownload({ format: 'md' }));
    expect(markdown).toContain('- Originator: South Korea’s Unification Ministry (#002, #003)');
    expect(markdown).toContain('## Quotes across sources');
    const quote = markdown.slice(markdown.indexOf('- “We urge the DPRK'));
    expect(quote).toMatch(
      /^- “We urge the DPRK[^\n]*\n {2}- \*\*Speakers differ:\*\* [^\n]*Adrienne Watson[^\n]*John Kirby/,
    );
    expect(quote).toMatch(/\n {2}- AP · #002: Adrienne Watson\n/);
    expect(quote).toMatch(/\n {2}- [^\n]*#004: John Kirby\n/);
    // 002 and 003 are one line of evidence for the claim, until the analyst counts them apart.
    expect(markdown).toMatch(
      /- Independent sources: 1: [^\n]*both credit South Korea’s Unification Ministry/,
    );
    s.claims.setJoin({ claimId, sourceIds: [3, 4], action: 'split' });
    markdown = text(await s.exchange.renderForDownload({ format: 'md' }));
    expect(markdown).toContain('- You counted #002 and #003 apart');
    expect(markdown).toContain('- Independent sources: 2');
  }, 60_000);

  it('report: the lunch / dinner discrepancy with both passages, and the Attribution of a claim', async () => {
    const { s } = await sampleWithJoClaim();
    const html = text(await s.exchange.renderForDownload({ format: 'html' }));
    const section = html.slice(html.indexOf('<h2>Discrepancies</h2>'));
    expect(html).toContain('<h2>Discrepancies</h2>');
    const lunch = section.slice(section.indexOf('lunch ≠ dinner'));
    expect(lunch).toMatch(
      /^lunch ≠ dinner<\/span><span class="meta"> · other<\/span><\/h3><ul><li>/,
    );
    expect(lunch).toContain('<span class="differs">lunch</span>');
    expect(lunch).toContain('<span class="differs">dinner</span>');
    expect(html).toContain('<dt>Attribution</dt>');
    expect(html).toContain('Originator: South Korea’s Unification Ministry (#002, #003)');
    expect(html).toContain('<h2>Quotes across sources</h2>');
  }, 60_000);

  it('CSV, W3C and .qdpx carry the originator note, quotes with speakers and discrepancies', async () => {
    const { s } = await sampleWithJoClaim();
    const csv = text(await s.exchange.renderForDownload({ format: 'csv' }));
    expect(csv.split('\r\n')[0]).toMatch(/,originators,analyst_independence$/);
    expect(csv).toContain('Originator: South Korea’s Unification Ministry (#002, #003)');
    const w3c = JSON.parse(text(await s.exchange.renderForDownload({ format: 'w3c' }))) as {
      first: { items: Array<Record<string, unknown>> };
    };
    const kirby = w3c.first.items.find((item) => item['corroborate:speaker'] === 'John Kirby');
    expect(kirby).toMatchObject({
      motivation: 'identifying',
      body: [{ purpose: 'identifying', value: 'John Kirby' }, { purpose: 'describing' }],
      'corroborate:fact': 'quote',
      'corroborate:speakerConflict': true,
    });
    const lunch = w3c.first.items.find((item) =>
      JSON.stringify(item['body']).includes('lunch ≠ dinner'),
    );
    expect(lunch).toMatchObject({ 'corroborate:fact': 'discrepancy', motivation: 'commenting' });
    expect(lunch?.['target']).toHaveLength(2);
  }, 60_000);

  it('case JSON: an entity merge and a join override survive export and import; facts are read-only', async () => {
    const { s, claimId } = await sampleWithJoClaim();
    const people = s.facts.get().entities.filter((entity) => entity.kind === 'person');
    const [into, from] = people;
    if (!into || !from) throw new Error('fewer than two people in the sample');
    const merge = { kind: 'merge' as const, from: from.key, into: into.key };
    await s.facts.editEntities(merge);
    s.claims.setJoin({ claimId, sourceIds: [4, 3], action: 'split' });
    const exported = text(await s.exchange.renderForDownload({ format: 'json' }));
    const document = JSON.parse(exported) as Record<string, unknown> & {
      facts: { quotes: unknown[]; discrepancies: unknown[] };
    };
    expect(document['version']).toBe(2);
    expect(document['entityEdits']).toMatchObject([{ edit: merge }]);
    expect(document['joinOverrides']).toEqual([{ claimId, sourceIds: [3, 4], action: 'split' }]);
    // Every quote, not only those the views list (quoted once, by one source, included).
    expect(document.facts.quotes.length).toBe(s.facts.all().quotes.length);
    expect(document.facts.quotes.length).toBeGreaterThan(s.facts.get().quotes.length);
    expect(JSON.stringify(document.facts.discrepancies)).toContain('lunch ≠ dinner');

    // A hand-edited facts section is not read: the app recomputes facts from the texts.
    const edited = { ...document, facts: { quotes: [], discrepancies: 'anything' } };
    await s.exchange.importCase({
      fileName: 'case.json',
      data: Buffer.from(JSON.stringify(edited)).toString('base64'),
    });
    expect(s.facts.get().entityEdits.map((row) => row.edit)).toEqual([merge]);
    expect(s.claims.get(claimId).corroboration.overrides).toEqual([
      { sourceIds: [3, 4], action: 'split' },
    ]);
    const again = text(await s.exchange.renderForDownload({ format: 'json' }));
    const strip = (json: string) => json.replace(/"exportedAt": "[^"]*"/, '');
    expect(strip(again)).toBe(strip(exported));
  }, 60_000);

  it('refuses a case JSON with a hostile join override and leaves no case behind', async () => {
    const { s, claimId } = await sampleWithJoClaim();
    const document = JSON.parse(
      text(await s.exchange.renderForDownload({ format: 'json' })),
    ) as Record<string, unknown>;
    const attempts: Array<[unknown, RegExp]> = [
      [{ claimId: 999, sourceIds: [3, 4], action: 'join' }, /claim 999 is not in the case/],
      [{ claimId, sourceIds: [3, 99], action: 'join' }, /source 99 is not in the case/],
      [{ claimId, sourceIds: [4, 3], action: 'join' }, /the lower id first/],
      [{ claimId, sourceIds: [3, 4], action: 'ignore' }, /"join" or "split"/],
    ];
    for (const [index, [override, message]] of attempts.entries()) {
      const target = path.join(s.dataDir, `hostile-${index}.corroborate`);
      const data = Buffer.from(JSON.stringify({ ...document, joinOverrides: [override] }));
      await expect(
        s.exchange.importCase({
          fileName: 'hostile.json',
          data: data.toString('base64'),
          path: target,
        }),
      ).rejects.toThrow(message);
      expect(fs.existsSync(target)).toBe(false);
    }
    expect(s.claims.get(claimId).corroboration.overrides).toEqual([]);
  }, 60_000);
});
