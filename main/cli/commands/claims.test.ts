import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseService } from '../../services/case-service';
import { ClaimService } from '../../services/claim-service';
import { CompareService } from '../../services/compare-service';
import { EventHub } from '../../services/events';
import { inlineComparisonRunner } from '../../services/run-comparison';
import { inlineDocumentReader } from '../../services/document-reader';
import { SourceService } from '../../services/source-service';
import { TagService } from '../../services/tag-service';
import { bundledSeedsDir } from '../../paths';
import { captureCli as cli } from '../cli-test-support';
import type { ClaimJson } from './claims';

const QUOTE = 'the Kremlin confirmed Monday he will meet with Russian President Vladimir Putin';

/** A case of the seeds (not compared yet) with one tagged claim in 000, seen again in 001. */
async function caseWithClaim(): Promise<string> {
  return caseWith((claims, spanIn, tag) => {
    const claim = claims.create({
      sourceId: 1,
      ...spanIn(1, QUOTE),
      tagIds: [tag],
      credibility: 3,
    });
    claims.addOccurrence({
      claimId: claim.id,
      sourceId: 2,
      ...spanIn(2, 'the Kremlin confirmed Monday he’ll meet'),
      stance: 'supports',
    });
  });
}

type SpanIn = (id: number, phrase: string) => { start: number; end: number };

async function caseWith(
  addClaims: (claims: ClaimService, spanIn: SpanIn, tag: number) => void,
): Promise<string> {
  const casePath = join(mkdtempSync(join(tmpdir(), 'cli-claims-')), 'case.corroborate');
  const events = new EventHub();
  const cases = new CaseService(null, events);
  const sources = new SourceService(cases, events, inlineDocumentReader);
  const claims = new ClaimService(
    cases,
    new CompareService(cases, inlineComparisonRunner, events),
    events,
  );
  try {
    cases.create(casePath);
    await sources.importFiles([bundledSeedsDir]);
    const tag = new TagService(cases, events).create({ name: 'Meeting' });
    const spanIn = (id: number, phrase: string) => {
      const points = Array.from(sources.get(id).text);
      const start = Array.from(
        sources.get(id).text.slice(0, sources.get(id).text.indexOf(phrase)),
      ).length;
      expect(points.slice(start, start + Array.from(phrase).length).join('')).toBe(phrase);
      return { start, end: start + Array.from(phrase).length };
    };
    addClaims(claims, spanIn, tag.id);
  } finally {
    cases.close();
  }
  return casePath;
}

describe('corroborate claims <case>', { timeout: 60_000 }, () => {
  it('lists claims as JSON with tags by name, grades and independent sources', async () => {
    const casePath = await caseWithClaim();
    const result = await cli('claims', casePath, '--json');
    expect(result.status).toBe(0);
    const claims = JSON.parse(result.out) as ClaimJson[];
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      id: 1,
      quote: QUOTE,
      source: { id: 1, label: '#000' },
      tags: ['Meeting'],
      credibility: 3,
      // 001 is a derived copy of 000: one independent source, graded F, so 6.
      independentSources: 1,
      suggestedCredibility: 6,
    });
    expect(claims[0]?.occurrences.map((o) => [o.source, o.stance])).toEqual([
      ['#000', 'origin'],
      ['#001', 'supports'],
    ]);
  });

  it('counts two reports crediting one originator as one line, and says so', async () => {
    // AP (002) and 003 both credit South Korea’s Unification Ministry for Jo Chun Ryong.
    const casePath = await caseWith((claims, spanIn, tag) => {
      const claim = claims.create({
        sourceId: 3,
        ...spanIn(3, 'Kim is apparently accompanied by Jo Chun Ryong'),
        tagIds: [tag],
      });
      claims.addOccurrence({
        claimId: claim.id,
        sourceId: 4,
        ...spanIn(4, 'Jo Chun-ryong, the North Korean party official in charge of munitions'),
        stance: 'supports',
      });
    });
    const json = JSON.parse((await cli('claims', casePath, '--json')).out) as ClaimJson[];
    expect(json[0]?.independentSources).toBe(1);
    expect(json[0]?.independence.join(' ')).toMatch(
      /AP · #002 and .*#003 both credit South Korea’s Unification Ministry/,
    );
    expect(json[0]?.originators).toContainEqual({
      originator: 'South Korea’s Unification Ministry',
      sources: ['AP · #002', 'washingtontimes.com · #003'],
    });
    const text = (await cli('claims', casePath)).out;
    expect(text).toMatch(/one line: AP · #002 and .*#003 both credit/);
    expect(text).toContain(
      'originator: South Korea’s Unification Ministry (AP · #002, washingtontimes.com · #003)',
    );
  });

  it('prints a readable list, and refuses a missing case', async () => {
    const casePath = await caseWithClaim();
    const result = await cli('claims', casePath);
    expect(result.out).toContain(`“${QUOTE}” (#000)`);
    expect(result.out).toMatch(/^ {6}supports {4}#001 \d+–\d+$/m);
    expect(result.out).toContain('tags: Meeting');
    expect(result.out).toContain('1 independent');
    const missing = await cli('claims', join(tmpdir(), 'no-such-case.corroborate'));
    expect(missing.status).toBe(1);
    expect(missing.err).toContain('Error:');
    expect((await cli('claims')).status).toBe(1);
  });
});
