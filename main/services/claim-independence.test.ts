// The count of independent sources behind a claim, through the services, on the sample case:
// 000 and its spun copy 001 count once; 002 and 004 confirm 000's "first — and so far only —
// meeting" independently; 003's dinner contradicts AP's lunch; a content farm's page spinning
// half of 000 inside other text, and a republication of 000 under another headline, each count
// with 000.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../paths';
import { createComparedSampleCase, spanOfPhrase, type createTestServices } from './test-support';

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

const FIRST_MEETING = 'held his first — and so far only — meeting with Mr. Putin in Vladivostok';
const IN_001 = 'held his first — and thus far solely — assembly with Mr. Putin in Vladivostok';
const IN_002 = 'Putin’s first meeting with Kim was held in 2019 in the city';
const IN_004 = 'Mr. Putin’s first, and so far only summit, with Mr. Kim, in 2019';
const LUNCH = 'He added that the meeting would include a lunch in Kim’s honor.';
const DINNER = 'as well as a dinner';

const spanOf = (id: number, phrase: string) => spanOfPhrase(services, id, phrase);

function seed000(): string {
  const file = readdirSync(bundledSeedsDir).find((name) => name.startsWith('000_'));
  if (!file) throw new Error('seed 000 is missing');
  return readFileSync(join(bundledSeedsDir, file), 'utf8');
}

function claimOn(sourceId: number, phrase: string) {
  return services.claims.create({ sourceId, ...spanOf(sourceId, phrase), tagIds: [] });
}

function link(
  claimId: number,
  sourceId: number,
  phrase: string,
  stance: 'supports' | 'contradicts',
) {
  return services.claims.addOccurrence({ claimId, sourceId, ...spanOf(sourceId, phrase), stance });
}

describe('independent sources on the sample case', { timeout: 60_000 }, () => {
  it('000 and 001 count once; 002 and 004 make three independent sources', async () => {
    services = await createComparedSampleCase();
    const claim = claimOn(1, FIRST_MEETING);
    expect(link(claim.id, 2, IN_001, 'supports').independentSources).toBe(1);
    expect(link(claim.id, 3, IN_002, 'supports').independentSources).toBe(2);
    const detail = link(claim.id, 5, IN_004, 'supports');
    expect(detail.independentSources).toBe(3);
    expect(detail.independentContradictions).toBe(0);
    expect(detail.suggestedCredibility).toBe(1);
    const copyLine = detail.corroboration.groups.find((group) => group.sourceIds.length > 1);
    expect(copyLine?.sourceIds).toEqual([1, 2]);
    expect(copyLine?.reason).toBe('#001 copies #000 here: “held his first … Vladivostok” is spun');
    // The CLI and exports read the same: the summary in the list agrees.
    expect(services.claims.list().find((c) => c.id === claim.id)?.independentSources).toBe(3);
  });

  it('suggests 002 ¶12 and 004’s “first, and so far only summit” for 000’s claim', async () => {
    services = await createComparedSampleCase();
    const claim = claimOn(1, FIRST_MEETING);
    const suggestions = services.claims.suggestions(claim.id);
    const paragraph12 = services.sources.get(3).paragraphs[11];
    const in002 = suggestions.find((s) => s.sourceId === 3 && s.quote.includes(IN_002));
    expect(in002).toBeDefined();
    expect(
      paragraph12 && in002 && in002.start >= paragraph12.start && in002.end <= paragraph12.end,
    ).toBe(true);
    expect(
      suggestions.find((s) => s.sourceId === 5 && s.quote.includes('so far only summit')),
    ).toMatchObject({
      stance: 'supports',
      independence: { adds: true },
    });
    expect(suggestions.find((s) => s.sourceId === 2)).toMatchObject({
      foundBy: 'alignment',
      independence: { adds: false },
    });
  });

  it('offers 003’s dinner as a possible contradiction of AP’s lunch; one against one is not improbable', async () => {
    services = await createComparedSampleCase();
    const claim = claimOn(3, LUNCH);
    const dinner = services.claims
      .suggestions(claim.id)
      .find((s) => s.sourceId === 4 && s.quote.includes(DINNER));
    expect(dinner).toMatchObject({ stance: 'contradicts', differences: ['lunch ≠ dinner'] });
    const detail = link(claim.id, 4, DINNER, 'contradicts');
    expect(detail).toMatchObject({ independentSources: 1, independentContradictions: 1 });
    expect(detail.suggestedCredibility).toBe(6);
    expect(detail.corroboration.suggestionReason).toBe(
      '1 independent source against 1 independent contradiction: cannot be judged',
    );
  });
});

describe('copies that are not whole-text copies count once', { timeout: 60_000 }, () => {
  it('a page spinning half of 000 inside other text counts with 000', async () => {
    services = await createComparedSampleCase();
    const paragraphs = seed000()
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const from = paragraphs.findIndex((p) => p.startsWith('Mr. Kim, for his part'));
    const spun = paragraphs
      .slice(from, from + 4)
      .map((p) =>
        p
          .replace('for his part, last traveled', 'for his role, last journeyed')
          .replace('abortive', 'failed'),
      );
    const padding = [
      'Ferry operators on the northern coast said on Monday that the new timetable would add two early crossings each weekday, easing the queues that have built up at the harbour since the spring.',
      'Local councillors welcomed the change but warned that parking near the terminal remains scarce, and asked the operator to publish passenger numbers every month.',
      'Organisers of the autumn food festival expect more than forty stalls this year, from smoked fish to mountain honey, and have asked visitors to come by bus.',
      'The weather service forecast mild temperatures with occasional showers for the rest of the week, and said the first frost in the valleys is unlikely before the middle of next month.',
      'The regional library announced that its reading room will reopen after a two-year renovation, with longer evening hours and a small exhibition of old maps.',
    ];
    const digest = ['Regional digest', padding[0], padding[1], ...spun, ...padding.slice(2)].join(
      '\n\n',
    );
    const imported = await services.sources.importBytes('digest.txt', Buffer.from(digest));
    const digestId = imported.sourceId ?? -1;
    await services.compare.refresh();
    const relation = services.compare
      .state()
      .relations.find((r) => (r.a === 1 && r.b === digestId) || (r.a === digestId && r.b === 1));
    expect(relation).toMatchObject({ verdict: 'derived-copy', extent: 'partial' });

    const claim = claimOn(1, FIRST_MEETING);
    const detail = link(
      claim.id,
      digestId,
      'for his role, last journeyed overseas in 2019',
      'supports',
    );
    expect(detail.independentSources).toBe(1);
    expect(detail.corroboration.groups[0]?.joins[0]).toMatchObject({ reason: 'copy' });
    // The farm's own padding is not 000's text: a passage there would be a line of its own.
    const padded = link(claim.id, digestId, 'Ferry operators on the northern coast', 'contradicts');
    expect(padded.independentContradictions).toBe(1);
  });

  it('a republication of 000 under another headline is kept and counts with 000', async () => {
    services = await createComparedSampleCase();
    const body = seed000()
      .split(/\n\s*\n/)
      .slice(2)
      .join('\n\n');
    const republished = `Kim heads to Russia for arms talks with Putin\n\n${body}\n\nContent Source: www.washingtontimes.com`;
    const imported = await services.sources.importBytes(
      'republished.txt',
      Buffer.from(republished),
    );
    expect(imported.status).toBe('imported');
    const copyId = imported.sourceId ?? -1;
    await services.compare.refresh();
    const relation = services.compare
      .state()
      .relations.find((r) => (r.a === 1 && r.b === copyId) || (r.a === copyId && r.b === 1));
    expect(relation).toMatchObject({ verdict: 'derived-copy', extent: 'whole' });

    const claim = claimOn(1, FIRST_MEETING);
    const detail = link(claim.id, copyId, FIRST_MEETING, 'supports');
    expect(detail.independentSources).toBe(1);
    expect(detail.corroboration.groups[0]?.sourceIds).toEqual([1, copyId]);
    expect(detail.corroboration.groups[0]?.reason).toMatch(/is verbatim/);
    expect(link(claim.id, 3, IN_002, 'supports').independentSources).toBe(2);
  });
});
