import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findChromium } from '../../exchange/pdf/chromium-pdf';
import { createComparedSampleCase, spanOfPhrase } from '../../services/test-support';
import { captureCli as cli } from '../cli-test-support';

let dataDir = '';
let casePath = '';

/** The sample case (seeds 000–004, compared) with two tagged claims, closed for the CLI. */
beforeAll(async () => {
  const s = await createComparedSampleCase();
  dataDir = s.dataDir;
  const spanOf = (sourceId: number, phrase: string) => spanOfPhrase(s, sourceId, phrase);
  const weapons = s.tags.create({ name: 'Weapons' });
  const meals = s.tags.create({ name: 'Meals' });
  const train = s.claims.create({
    sourceId: 1,
    ...spanOf(1, 'armored train'),
    tagIds: [weapons.id],
    credibility: 2,
  });
  s.claims.addOccurrence({
    claimId: train.id,
    sourceId: 2,
    ...spanOf(2, 'armored practice'),
    stance: 'supports',
  });
  const lunch = s.claims.create({ sourceId: 3, ...spanOf(3, 'lunch'), tagIds: [meals.id] });
  s.claims.addOccurrence({
    claimId: lunch.id,
    sourceId: 4,
    ...spanOf(4, 'dinner'),
    stance: 'contradicts',
  });
  casePath = s.cases.info()?.path ?? '';
  s.cases.close();
}, 60_000);

afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const outDir = () => mkdtempSync(join(dataDir, 'out-'));

describe('corroborate export', () => {
  it('writes each text format, starting as the format does', async () => {
    const dir = outDir();
    const starts: Record<string, (bytes: Buffer) => void> = {
      md: (b) => expect(b.toString('utf8')).toMatch(/^---\n/),
      csv: (b) => expect(b.toString('utf8')).toMatch(/^\uFEFFclaim_id,occurrence_id,stance,quote,/),
      json: (b) => {
        expect(b.toString('utf8')).toMatch(/^\{/);
        expect(b.toString('utf8')).toContain('"format": "corroborate-case"');
      },
      html: (b) => expect(b.toString('utf8').toLowerCase()).toMatch(/^<!doctype html/),
      w3c: (b) => expect(b.toString('utf8')).toMatch(/^\{\s*"@context"/),
      qdpx: (b) => expect(b.subarray(0, 2).toString('latin1')).toBe('PK'),
    };
    for (const [format, check] of Object.entries(starts)) {
      const file = join(dir, `claims.${format}`);
      const result = await cli('export', casePath, '--format', format, '--out', file);
      expect(result.status, result.err).toBe(0);
      expect(result.out).toMatch(/^Wrote 2 claims to .+ \(\d+(\.\d)? (B|KB|MB)\)$/);
      expect(result.out).toContain(file);
      check(readFileSync(file));
    }
    // The facts go in as from the app: AP's lunch against 003's dinner, Watson against Kirby.
    const json = JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8')) as {
      facts: {
        discrepancies: { a: { text: string }; b: { text: string } }[];
        quotes: { speakerConflict: unknown }[];
      } | null;
    };
    const sides = (json.facts?.discrepancies ?? []).map((d) =>
      [d.a.text, d.b.text].sort().join('/'),
    );
    expect(sides).toContain('dinner/lunch');
    expect(json.facts?.quotes.some((quote) => quote.speakerConflict !== null)).toBe(true);
    const markdown = readFileSync(join(dir, 'claims.md'), 'utf8');
    expect(markdown).toContain('### Weapons');
    // Compared first: the copy 001 of 000 counts once.
    expect(markdown).toContain('Independent sources: 1');
    const bySource = join(dir, 'by-source.md');
    await cli('export', casePath, '--format', 'md', '--group-by', 'source', '--out', bySource);
    expect(readFileSync(bySource, 'utf8')).not.toBe(markdown);
  });

  it('exports only --claims, with a BOM unless --no-bom, and reports as --json', async () => {
    const file = join(outDir(), 'one.csv');
    const args = ['--format', 'csv', '--out', file, '--claims', '1', '--json'];
    const result = await cli('export', casePath, ...args);
    expect(result.status, result.err).toBe(0);
    const saved = JSON.parse(result.out) as { path: string; bytes: number; claims: number };
    expect(saved).toEqual({ path: file, bytes: statSync(file).size, claims: 1 });
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFFclaim_id,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + 2); // header + origin + support

    const both = await cli(
      'export',
      casePath,
      '--format',
      'csv',
      '--out',
      file,
      '--claims',
      '2,1',
      '--no-bom',
    );
    expect(both.out).toMatch(/^Wrote 2 claims/);
    expect(readFileSync(file, 'utf8').startsWith('claim_id,')).toBe(true);
  });

  it('refuses bad arguments with usage or a specific message', async () => {
    const file = join(outDir(), 'x.out');
    const bad = await cli('export', casePath, '--format', 'docx', '--out', file);
    expect(bad.status).toBe(1);
    expect(bad.err).toMatch(
      /^--format takes one of md, csv, json, html, pdf, w3c, qdpx, not "docx"/,
    );
    expect(bad.err).toContain('corroborate export <case> --format');
    const noOut = await cli('export', casePath, '--format', 'md');
    expect(noOut.status).toBe(1);
    expect(noOut.err).toContain('Usage:');
    const list = await cli('export', casePath, '--format', 'md', '--out', file, '--claims', '3,x');
    expect(list.err).toMatch(
      /^--claims takes claim ids separated by commas, like 3,5,8, not "3,x"/,
    );
    const bom = await cli('export', casePath, '--format', 'md', '--out', file, '--bom');
    expect(bom.err).toMatch(/^--bom applies to --format csv only/);
    const noBom = await cli('export', casePath, '--format', 'md', '--out', file, '--no-bom');
    expect(noBom.err).toMatch(/^--no-bom applies to --format csv only/);
    const groupBy = await cli(
      'export',
      casePath,
      '--format',
      'md',
      '--out',
      file,
      '--group-by',
      'x',
    );
    expect(groupBy.err).toMatch(/^--group-by takes tag or source/);
    const unknown = await cli('export', casePath, '--format', 'md', '--out', file, '--claims', '9');
    expect(unknown.status).toBe(1);
    expect(unknown.err).toBe(
      'Error: This case has no claim 9 (corroborate claims <case> lists them).',
    );
    const self = await cli('export', casePath, '--format', 'json', '--out', casePath);
    expect(self.err).toBe('Error: The export would replace the case itself.');
    // Export's options belong to export only.
    expect((await cli('claims', casePath, '--format', 'md')).err).toContain('Usage:');
    expect(existsSync(file)).toBe(false);
  });

  it('says a missing case is missing, as text or JSON', async () => {
    const missing = join(tmpdir(), 'no-such-case.corroborate');
    const file = join(outDir(), 'x.md');
    const text = await cli('export', missing, '--format', 'md', '--out', file);
    expect(text.status).toBe(1);
    expect(text.err).toMatch(/^Error: /);
    const json = await cli('export', missing, '--format', 'md', '--out', file, '--json');
    expect(json.status).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ error: { code: expect.any(String) } });
    expect(existsSync(file)).toBe(false);
  });

  it('explains a PDF that cannot be printed', async () => {
    vi.stubEnv('CHROMIUM_PATH', join(dataDir, 'no-chromium'));
    try {
      const file = join(outDir(), 'report.pdf');
      const result = await cli('export', casePath, '--format', 'pdf', '--out', file);
      expect(result.status).toBe(1);
      expect(result.err).toMatch(/^Error: Cannot print the PDF: Chromium was not found at /);
      expect(existsSync(file)).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('prints the report to PDF with headless Chromium', async (context) => {
    if (!findChromium() && process.env['CI'] !== 'true') {
      console.warn('Skipping the PDF export test: no Chromium found (set CHROMIUM_PATH).');
      context.skip();
    }
    const file = join(outDir(), 'report.pdf');
    const result = await cli('export', casePath, '--format', 'pdf', '--out', file, '--json');
    expect(result.status, result.err || result.out).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);
});

describe('corroborate open-exchange and import-annotations', () => {
  it('opens a JSON export as a new case with the same claims', async () => {
    const dir = outDir();
    const json = join(dir, 'case.json');
    await cli('export', casePath, '--format', 'json', '--out', json);
    const copy = join(dir, 'copy.corroborate');
    const opened = await cli('open-exchange', json, '--out', copy, '--json');
    expect(opened.status, opened.err).toBe(0);
    expect(JSON.parse(opened.out)).toMatchObject({ path: copy, sourceCount: 5, claimCount: 2 });
    const claims = (path: string) => cli('claims', path, '--json').then((r) => JSON.parse(r.out));
    expect(await claims(copy)).toEqual(await claims(casePath));

    const again = await cli('open-exchange', json, '--out', copy);
    expect(again.status).toBe(1);
    expect(again.err).toMatch(/^Error: .*already exists/);
    const text = await cli('open-exchange', json, '--out', join(dir, 'text.corroborate'));
    expect(text.out).toMatch(/^Created “.+” at .+text\.corroborate: 5 sources, 2 claims$/);
    const none = await cli('open-exchange', join(dir, 'none.qdpx'), '--out', join(dir, 'n.x'));
    expect(none.err).toMatch(/^Error: Cannot read ".*none\.qdpx": no such file\.$/);
    expect((await cli('open-exchange', json)).status).toBe(1);
  });

  it('adds W3C annotations to a case with the same sources and no claims', async () => {
    const dir = outDir();
    const [json, w3c] = [join(dir, 'case.json'), join(dir, 'claims.jsonld')];
    await cli('export', casePath, '--format', 'json', '--out', json);
    await cli('export', casePath, '--format', 'w3c', '--out', w3c);
    const full = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'bare.json'), JSON.stringify({ ...full, claims: [], tags: [] }));
    const bare = join(dir, 'bare.corroborate');
    const opened = await cli('open-exchange', join(dir, 'bare.json'), '--out', bare, '--json');
    expect(JSON.parse(opened.out)).toMatchObject({ claimCount: 0 });

    const added = await cli('import-annotations', bare, w3c, '--json');
    expect(added.status, added.err).toBe(0);
    expect(JSON.parse(added.out)).toEqual({ claims: 2, occurrences: 4, skipped: [] });
    const listed = JSON.parse((await cli('claims', bare, '--json')).out) as Array<{
      quote: string;
      tags: string[];
    }>;
    expect(listed.map((claim) => [claim.quote, claim.tags])).toEqual([
      ['armored train', ['Weapons']],
      ['lunch', ['Meals']],
    ]);

    const twice = await cli('import-annotations', bare, w3c);
    expect(twice.out).toBe('Added 2 claims with 4 occurrences; skipped 0.');
    const junk = join(dir, 'junk.jsonld');
    writeFileSync(junk, '[]');
    const refused = await cli('import-annotations', bare, junk);
    expect(refused.status).toBe(1);
    expect(refused.err).toMatch(/^Error: /);
    expect((await cli('import-annotations', bare)).status).toBe(1);
  });
});
