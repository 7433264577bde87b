import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../../paths';
import { CaseService } from '../../services/case-service';
import { inlineDocumentReader } from '../../services/document-reader';
import { EventHub } from '../../services/events';
import { SourceService } from '../../services/source-service';
import { captureCli as cli } from '../cli-test-support';

interface FactsJson {
  quotes: Array<{
    text: string;
    occurrences: Array<{ sourceId: number; span: [number, number]; speaker: string | null }>;
  }>;
  attributions: Array<{
    sourceId: number;
    span: [number, number];
    originator: string;
    kind: string;
  }>;
  entities: Array<{ name: string; kind: string; variants: string[]; sourceIds: number[] }>;
  discrepancies: Array<{
    kind: string;
    a: { sourceId: number; span: [number, number]; text: string };
    b: { sourceId: number; span: [number, number]; text: string };
  }>;
}

const seed = (prefix: string) => {
  const name = readdirSync(bundledSeedsDir).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return join(bundledSeedsDir, name);
};
const codePoints = (text: string, [start, end]: [number, number]) =>
  Array.from(text).slice(start, end).join('');

describe('corroborate facts', { timeout: 120_000 }, () => {
  it('--pair: the Watson / Kirby quote with two speakers, spans in code points', async () => {
    const [a, b] = [seed('002'), seed('004')];
    const result = await cli('facts', '--pair', a, b, '--json');
    expect(result.status).toBe(0);
    const facts = JSON.parse(result.out) as FactsJson;
    const urge = facts.quotes.find((q) => q.text.includes('not provide or sell arms to Russia'));
    expect(urge?.occurrences.map((o) => [o.sourceId, o.speaker])).toEqual([
      [1, 'Adrienne Watson'],
      [2, 'John Kirby'],
    ]);
    const textA = readFileSync(a, 'utf8');
    for (const o of urge?.occurrences.filter((x) => x.sourceId === 1) ?? []) {
      expect(codePoints(textA, o.span)).toContain('We urge the DPRK');
    }
    expect(facts.discrepancies.find((d) => d.kind === 'speaker')).toMatchObject({
      a: { sourceId: 1, text: 'Adrienne Watson' },
      b: { sourceId: 2, text: 'John Kirby' },
    });
    expect(facts.entities.find((e) => e.name === 'John Kirby')?.sourceIds).toEqual([2]);
  });

  it('a case: lunch ≠ dinner, Jo Chun Ryong one entity, Unification Ministry credited', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-facts-'));
    const casePath = join(dir, 'case.corroborate');
    const events = new EventHub();
    const cases = new CaseService(null, events);
    cases.create(casePath);
    await new SourceService(cases, events, inlineDocumentReader).importFiles([bundledSeedsDir]);
    cases.close();
    const result = await cli('facts', casePath, '--json');
    expect(result.status).toBe(0);
    const facts = JSON.parse(result.out) as FactsJson;
    expect(
      facts.discrepancies.find((d) => d.a.text === 'lunch' && d.b.text === 'dinner'),
    ).toMatchObject({
      kind: 'other',
      a: { sourceId: 3 },
      b: { sourceId: 4 },
    });
    expect(facts.entities.find((e) => e.variants.includes('Jo Chun-ryong'))?.variants).toContain(
      'Jo Chun Ryong',
    );
    const ministry = facts.attributions.filter(
      (x) => x.originator === 'South Korea’s Unification Ministry',
    );
    expect(ministry.map((x) => x.sourceId).sort()).toEqual([3, 4]);

    const readable = await cli('facts', casePath);
    expect(readable.out).toMatch(/lunch ≠ dinner/);
  });

  it('refuses a missing file and wrong arguments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-facts-'));
    const text = join(dir, 'a.txt');
    writeFileSync(text, 'Plain text.');
    const missing = await cli('facts', '--pair', text, join(dir, 'nope.txt'), '--json');
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.out)).toHaveProperty('error');
    expect((await cli('facts', '--pair', text)).status).toBe(1);
    expect((await cli('sources', join(dir, 'x.corroborate'), '--pair')).status).toBe(1);
  });
});
