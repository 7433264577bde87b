import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from '../../core/exchange/case-snapshot';
import type { ExportFacts } from '../../core/exchange/export-facts';
import { buildExportView } from '../../core/exchange/export-view';
import { arbitraryCase, HOSTILE_STRINGS } from '../arbitrary-case.fixture';
import { exportQdpx } from './qdpx-export';
import { importQdpx } from './qdpx-import';
import {
  entriesOf,
  sampleCase,
  validateWithXmllint,
  viewOf,
  xmllintAvailability,
} from './qdpx-testing';
import { xmlSafe } from './xml-escape';

/** A tag's name path, as XML can carry it. */
function tagPaths(snapshot: CaseSnapshot, ids: readonly number[]): string[] {
  const byId = new Map(snapshot.tags.map((tag) => [tag.id, tag]));
  const path = (id: number): string => {
    const names: string[] = [];
    for (let tag = byId.get(id); tag; tag = byId.get(tag.parentId ?? -1)) names.unshift(tag.name);
    return names.map((name) => xmlSafe(name).trim()).join(' › ');
  };
  return ids.map(path).sort();
}

/** Claims as comparable plain data: text, positions, quotes, stance, grouping, tags, grade, note. */
function claimsOf(snapshot: CaseSnapshot) {
  const text = new Map(snapshot.sources.map((source) => [source.id, source.text]));
  return snapshot.claims.map((claim) => ({
    note: xmlSafe(claim.note),
    credibility: claim.credibility,
    tags: tagPaths(snapshot, claim.tagIds),
    occurrences: claim.occurrences.map((occurrence) => ({
      text: text.get(occurrence.sourceId),
      start: occurrence.start,
      end: occurrence.end,
      quote: occurrence.quote,
      prefix: occurrence.prefix,
      suffix: occurrence.suffix,
      stance: occurrence.stance,
    })),
  }));
}

const notesOf = (snapshot: CaseSnapshot) =>
  snapshot.notes.map((note) => ({ owner: note.owner, text: xmlSafe(note.text) }));

async function projectXml(snapshot: CaseSnapshot): Promise<Uint8Array> {
  const entries = await entriesOf(await exportQdpx(viewOf(snapshot), { compression: 'STORE' }));
  const xml = entries.get('project.qde');
  if (!xml) throw new Error('no project.qde');
  return xml;
}

describe('.qdpx round trip', () => {
  it('restores every claim, tag, grade, source and note of random cases', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryCase(), async (snapshot) => {
        const bytes = await exportQdpx(viewOf(snapshot), { compression: 'STORE' });
        const back = await importQdpx(bytes);
        expect(claimsOf(back)).toEqual(claimsOf(snapshot));
        expect(back.claims.map((claim) => claim.createdAt)).toEqual(
          snapshot.claims.map((claim) => claim.createdAt),
        );
        expect(notesOf(back)).toEqual(notesOf(snapshot));
        expect(back.sources.map((source) => source.text)).toEqual(
          snapshot.sources.map((source) => source.text),
        );
        expect(back.sources.map((s) => [s.reliability, s.outlet, s.url, s.publishedDate])).toEqual(
          snapshot.sources.map((s) => [s.reliability, xmlSafe(s.outlet), s.url, s.publishedDate]),
        );
        expect(back.sources.map((source) => source.title)).toEqual(
          snapshot.sources.map((source) => xmlSafe(source.title)),
        );
        expect(back.tags.map((tag) => tagPaths(back, [tag.id])[0]).sort()).toEqual(
          snapshot.tags.map((tag) => tagPaths(snapshot, [tag.id])[0]).sort(),
        );
        expect(back.tags.map((tag) => tag.color).sort()).toEqual(
          snapshot.tags.map((tag) => tag.color).sort(),
        );
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  // Regression (found by the property above, seed -505375186): JSZip encoded string entries in
  // 16 KiB chunks, so an astral character across a chunk boundary came back as two U+FFFD.
  it('keeps astral characters whole wherever they fall in project.qde', async () => {
    for (const lead of ['', 'a']) {
      const snapshot = sampleCase();
      const text = `${lead}${'\u{10000}'.repeat(12_000)}`;
      snapshot.notes = [{ owner: { kind: 'case' }, text, updatedAt: '2024-01-01T00:00:00.000Z' }];
      const back = await importQdpx(await exportQdpx(viewOf(snapshot)));
      expect(back.notes.find((note) => note.owner.kind === 'case')?.text).toBe(text);
    }
  });

  it("names a source note by the source's label and title", async () => {
    const xml = new TextDecoder().decode(await projectXml(sampleCase()));
    // report-2.txt has no number of its own, so the source is numbered by its id.
    expect(xml).toMatch(/<Note [^>]*name="Note on Reuters · 31 Mar 2024 · #2: Reuters report"/);
  });

  it('exports the same bytes for the same case', async () => {
    const view = viewOf(sampleCase());
    expect(await exportQdpx(view)).toEqual(await exportQdpx(view));
  });

  it('writes each source as LF-only UTF-8 equal to its text', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryCase(), async (snapshot) => {
        const entries = await entriesOf(await exportQdpx(viewOf(snapshot)));
        const files = [...entries].filter(([name]) => name.startsWith('Sources/'));
        expect(files).toHaveLength(snapshot.sources.length);
        const texts = files.map(([, bytes]) =>
          new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
        );
        for (const text of texts) expect(text).not.toMatch(/\r/);
        expect(texts.sort()).toEqual(snapshot.sources.map((source) => source.text).sort());
      }),
      { numRuns: 50 },
    );
  });

  it('writes XML that saxes parses strictly, whatever the notes, titles and tag names hold', async () => {
    const hostile = sampleCase();
    hostile.name = HOSTILE_STRINGS.join(' ');
    hostile.tags.forEach((tag, index) => (tag.name = HOSTILE_STRINGS[index] ?? tag.name));
    hostile.sources.forEach((source, index) => (source.title = HOSTILE_STRINGS[index + 7] ?? ''));
    hostile.notes.forEach((note) => (note.text = HOSTILE_STRINGS.join('\n')));
    hostile.claims.forEach((claim) => (claim.note = HOSTILE_STRINGS.join('\r\n')));
    const xml = new TextDecoder().decode(await projectXml(hostile));
    expect(() => new SaxesParser({ xmlns: true }).write(xml).close()).not.toThrow();
    expect(xml).not.toMatch(/]]>|<\/script>|\r/);
    const back = await importQdpx(await exportQdpx(viewOf(hostile)));
    expect(back.claims[0]?.note).toBe(xmlSafe(HOSTILE_STRINGS.join('\r\n')));
    expect(back.notes.map((note) => note.text)).toEqual(
      hostile.notes.map((note) => xmlSafe(note.text)),
    );
  });
});

/** The sample case with facts: one quote credited to two speakers, one discrepancy, a credit. */
function sampleWithFacts(hostile = false) {
  const snapshot = sampleCase();
  snapshot.joinOverrides = [{ claimId: 1, sourceIds: [1, 2], action: 'split' }];
  const span = (sourceId: number, phrase: string) => {
    const text = snapshot.sources[sourceId - 1]?.text ?? '';
    const start = Array.from(text.slice(0, text.indexOf(phrase))).length;
    return { sourceId, start, end: start + Array.from(phrase).length };
  };
  const name = (plain: string) =>
    hostile ? `${plain} ]]></Note>${HOSTILE_STRINGS.join('')}` : plain;
  const quoteA = span(1, '🦊 crossed the 𝔸rctic line');
  const quoteB = span(2, '🦊 crossed the 𝔸rctic line');
  const side = (sourceId: number, phrase: string, sentence: string) => {
    const passage = span(sourceId, sentence);
    return { ...span(sourceId, phrase), text: phrase, passage: { ...passage, text: sentence } };
  };
  const facts: ExportFacts = {
    quotes: [
      {
        id: 'q1',
        text: '🦊 crossed the 𝔸rctic line',
        occurrences: [
          { ...quoteA, speaker: name('Kim') },
          { ...quoteB, speaker: null },
        ],
        speakers: [name('Kim')],
        speakerConflict: hostile ? name('#000 credits Kim; #001 credits Reuters') : null,
      },
    ],
    attributions: [],
    entities: [],
    discrepancies: [
      {
        id: 'd1',
        kind: 'other',
        description: name('denied ≠ no one denied'),
        a: side(1, 'Officials denied', 'Officials denied it on Tuesday.'),
        b: side(2, 'No one denied', 'No one denied it.'),
      },
    ],
    circular: [],
    credits: [
      {
        claimId: 1,
        credits: [
          {
            occurrenceId: 2,
            sourceId: 2,
            originator: name('Reuters'),
            key: 'org:reuters',
            entityKey: null,
            kind: 'reported',
            citedSourceIds: [],
          },
        ],
      },
    ],
  };
  const view = buildExportView(snapshot, [], {
    claimIds: null,
    generatedAt: '2026-01-02T03:04:05.000Z',
    facts,
  });
  return { snapshot, view };
}

describe('.qdpx facts memos', () => {
  it('writes quotes, discrepancies and claims’ attribution as project notes that import leaves out', async () => {
    const { snapshot, view } = sampleWithFacts();
    const bytes = await exportQdpx(view, { compression: 'STORE' });
    const xml = new TextDecoder().decode((await entriesOf(bytes)).get('project.qde'));
    expect(xml).toContain('name="Quotes across sources"');
    expect(xml).toMatch(
      /- AP · 31 Mar 2024 · #1: Kim\n- Reuters · 31 Mar 2024 · #2: no speaker named/,
    );
    expect(xml).toContain('name="Discrepancies"');
    expect(xml).toContain('denied ≠ no one denied (other)');
    expect(xml).toContain('“Officials denied it on Tuesday.”');
    expect(xml).toContain('Claim 1: Originator: Reuters (#2); You counted #1 and #2 apart');
    const back = await importQdpx(bytes);
    expect(notesOf(back)).toEqual(notesOf(snapshot));
    expect(claimsOf(back)).toEqual(claimsOf(snapshot));
  });
});

describe('project.qde against Project-mrt2019.xsd', () => {
  const xmllint = xmllintAvailability();
  if (!xmllint.available && process.env.CI) {
    it('needs xmllint in CI', () => {
      throw new Error(`${xmllint.reason}; install libxml2-utils.`);
    });
    return;
  }
  if (!xmllint.available) console.warn(`Skipping schema validation: ${xmllint.reason}.`);
  const maybe = xmllint.available ? it : it.skip;

  maybe('validates for the sample case', async () => {
    const result = validateWithXmllint(await projectXml(sampleCase()));
    expect(result.output).toMatch(/validates/);
    expect(result.ok).toBe(true);
  });

  maybe('validates with the facts memos, hostile speaker names included', async () => {
    for (const hostile of [false, true]) {
      const bytes = await exportQdpx(sampleWithFacts(hostile).view, { compression: 'STORE' });
      const xml = (await entriesOf(bytes)).get('project.qde');
      if (!xml) throw new Error('no project.qde');
      const result = validateWithXmllint(xml);
      expect(result.output).toMatch(/validates/);
      expect(result.ok).toBe(true);
    }
  });

  maybe(
    'validates for 30 random cases, hostile ones included',
    async () => {
      const cases = fc.sample(arbitraryCase(), { numRuns: 30, seed: 20_190_318 });
      const hostile = sampleCase();
      hostile.name = HOSTILE_STRINGS.join('');
      hostile.tags.forEach((tag, index) => (tag.name = HOSTILE_STRINGS[index + 9] ?? tag.name));
      hostile.sources.forEach((source) => (source.title = HOSTILE_STRINGS.join('\t')));
      hostile.sources.forEach((source) => (source.outlet = HOSTILE_STRINGS.join('\n')));
      hostile.notes.forEach((note) => (note.text = HOSTILE_STRINGS.join('')));
      hostile.claims.forEach((claim) => (claim.note = HOSTILE_STRINGS.join('')));
      for (const snapshot of [...cases, hostile]) {
        const result = validateWithXmllint(await projectXml(snapshot));
        expect(result.output).toMatch(/validates/);
        expect(result.ok).toBe(true);
      }
    },
    120_000,
  ); // 31 runs of xmllint: over 5 s on a loaded machine
});
