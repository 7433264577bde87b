import fc from 'fast-check';
import { load } from 'js-yaml';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { arbitraryCase, HOSTILE_STRINGS } from '../../exchange/arbitrary-case.fixture';
import type { SourceRelation } from '../../../preload/contract';
import type { CaseSnapshot, SnapshotSource } from './case-snapshot';
import { FACT_LIST_LIMIT } from './export-facts';
import { factsFor } from './export-facts.fixture';
import { buildExportView } from './export-view';
import { claimsToMarkdown, escapeInline } from './markdown';
import { printable } from './text-safety';

const view = (snapshot: CaseSnapshot) =>
  buildExportView(snapshot, [], { claimIds: null, generatedAt: '2026-11-26T12:00:00.000Z' });

const ALLOWED = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'P',
  'BLOCKQUOTE',
  'UL',
  'LI',
  'STRONG',
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'TH',
  'TD',
  'BR',
  'A',
]);

const { document: page } = new JSDOM('<body></body>').window;

/** The Markdown (less its front matter) rendered by marked into one reused jsdom page. */
function render(markdown: string) {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  page.body.innerHTML = marked.parse(body, { async: false });
  return page;
}

describe('claims Markdown', () => {
  it('renders to inert HTML and carries front matter a strict YAML parser reads', () => {
    fc.assert(
      fc.property(
        arbitraryCase(),
        fc.constantFrom('tag' as const, 'source' as const),
        (snapshot, grouping) => {
          const markdown = claimsToMarkdown(view(snapshot), grouping);
          const front = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '';
          const data = load(front) as Record<string, unknown>;
          expect(data['title']).toBe(printable(snapshot.name));
          expect(data['claims']).toBe(snapshot.claims.length);
          const document = render(markdown);
          for (const element of document.body.querySelectorAll('*')) {
            expect(ALLOWED.has(element.tagName)).toBe(true);
            // Autolinked web addresses are the only links, never script URLs.
            if (element.tagName === 'A')
              expect(element.getAttribute('href')).toMatch(/^https?:|^mailto:/);
            for (const attribute of element.getAttributeNames())
              expect(attribute).toMatch(/^(href|align)$/);
          }
          // Every claim's quote reads back as text.
          const text = (document.body.textContent ?? '').replace(/\s+/g, ' ');
          for (const claim of snapshot.claims) {
            const origin = claim.occurrences.find((o) => o.stance === 'origin');
            expect(text).toContain(printable(origin?.quote ?? '').replace(/\s+/g, ' '));
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('lists shared quotes with each source’s speaker and discrepancies, hostile names as text', () => {
    fc.assert(
      fc.property(arbitraryCase(), (snapshot) => {
        const facts = factsFor(snapshot, { names: HOSTILE_STRINGS });
        const markdown = claimsToMarkdown(
          buildExportView(snapshot, [], { claimIds: null, generatedAt: 't', facts }),
          'tag',
        );
        const document = render(markdown);
        for (const element of document.body.querySelectorAll('*')) {
          expect(ALLOWED.has(element.tagName)).toBe(true);
        }
        const text = (document.body.textContent ?? '').replace(/\s+/g, ' ');
        const shown = (value: string) => printable(value).replace(/\s+/g, ' ').trim();
        expect(text).toContain('Quotes across sources');
        expect(text).toContain(
          `Speakers differ: ${shown(`${HOSTILE_STRINGS[0]} ≠ ${HOSTILE_STRINGS[1]}`)}`,
        );
        expect(text).not.toContain('said once, by one');
        expect(text).toContain('Discrepancies');
      }),
      { numRuns: 50 },
    );
  });

  it('cuts the discrepancy list at its cap and says how many more there are', () => {
    const snapshot = fc.sample(arbitraryCase(), { numRuns: 1, seed: 5 })[0];
    if (!snapshot) throw new Error('no sample');
    const facts = factsFor(snapshot, { discrepancies: FACT_LIST_LIMIT + 5 });
    const markdown = claimsToMarkdown(
      buildExportView(snapshot, [], { claimIds: null, generatedAt: 't', facts }),
      'tag',
    );
    const section = markdown.slice(markdown.indexOf('## Discrepancies'));
    expect(section.match(/^- \*\*/gm)).toHaveLength(FACT_LIST_LIMIT);
    expect(section).toContain('- and 5 more (the case JSON export lists every discrepancy)');
    // Without facts (an older render job), no section at all.
    expect(claimsToMarkdown(view(snapshot), 'tag')).not.toContain('## Discrepancies');
  });

  it('keeps every hostile string as text', () => {
    for (const hostile of HOSTILE_STRINGS) {
      const document = render(escapeInline(hostile));
      expect(document.body.querySelectorAll('*:not(p)')).toHaveLength(0);
      expect(document.body.textContent?.trim()).toBe(
        printable(hostile).replace(/\s+/g, ' ').trim(),
      );
    }
  });

  it('groups claims by tag, untagged last, or by source', () => {
    const snapshot = fc.sample(arbitraryCase(), { numRuns: 1, seed: 5 })[0];
    if (!snapshot?.sources[0]) throw new Error('no sample');
    const source = snapshot.sources[0];
    const occurrence = (id: number) => ({
      id,
      sourceId: source.id,
      start: 0,
      end: 1,
      quote: Array.from(source.text)[0] ?? '',
      prefix: '',
      suffix: '',
      stance: 'origin' as const,
    });
    const claim = (id: number, tagIds: number[]) => ({
      id,
      note: '',
      credibility: 6 as const,
      createdAt: 't',
      updatedAt: 't',
      tagIds,
      rejected: [],
      occurrences: [occurrence(id)],
    });
    const markdown = claimsToMarkdown(
      view({
        ...snapshot,
        tags: [
          { id: 1, name: 'Weapons', color: '#000000', parentId: null, position: 0 },
          { id: 2, name: 'Meals', color: '#000000', parentId: null, position: 1 },
          { id: 3, name: 'Lunch', color: '#000000', parentId: 2, position: 0 },
        ],
        claims: [claim(1, [1]), claim(2, [3]), claim(3, [])],
        notes: [{ owner: { kind: 'case' }, text: 'Case note\nline two', updatedAt: 't' }],
      }),
      'tag',
    );
    const headings = markdown.split('\n').filter((line) => line.startsWith('### '));
    // Codebook order: siblings by position, children after their parent; untagged last.
    expect(headings).toEqual(['### Weapons', '### Meals › Lunch', '### Untagged']);
    expect(markdown).toContain('## Case note\n\n> Case note\n> line two');
    expect(markdown.indexOf('#### Claim 1')).toBeLessThan(markdown.indexOf('#### Claim 2'));
  });

  it.each([
    // A source's number is never a heading, a heading's end or an Obsidian tag: kept as it is.
    ['#000', '#000'],
    ['AP · 12 Sep 2023 · #002', 'AP · 12 Sep 2023 · #002'],
    ['see #12.', 'see #12.'],
    // Anything else after '#' may be one: escaped.
    ['#7-2', '\\#7-2'],
    ['#2023x', '\\#2023x'],
    ['#tag', '\\#tag'],
    ['# Heading', '\\# Heading'],
    ['Title ##', 'Title \\#\\#'],
    ['#', '\\#'],
  ])('escapes %j as %j', (given, expected) => {
    expect(escapeInline(given)).toBe(expected);
    // And it renders back to the text it was given, as one paragraph.
    const document = render(escapeInline(given));
    expect(document.body.innerHTML).toMatch(/^<p>[^<]*<\/p>\n?$/);
    expect(document.body.textContent?.trim()).toBe(given);
  });

  it('names every source by its label, readably: no escaped "#" in tables or prose', () => {
    const source = (id: number, fields: Partial<SnapshotSource>): SnapshotSource => ({
      id,
      title: `Report ${id}`,
      outlet: '',
      byline: '',
      publishedDate: '',
      url: '',
      dateline: '',
      agency: '',
      attribution: '',
      titleDerived: false,
      fileName: `00${id - 1}_seed.txt`,
      text: 'Kim is on his way to Vladivostok.',
      paragraphs: [{ start: 0, end: 33 }],
      removedLines: [],
      wordCount: 7,
      contentHash: '0'.repeat(64),
      importedAt: 't',
      reliability: 'F',
      original: null,
      ...fields,
    });
    const occurrence = (id: number, sourceId: number, stance: 'origin' | 'supports') => ({
      id,
      sourceId,
      start: 0,
      end: 3,
      quote: 'Kim',
      prefix: '',
      suffix: '',
      stance,
    });
    const copy: SourceRelation = {
      a: 1,
      b: 2,
      similarity: 0.9,
      coverage: [1, 1],
      verdict: 'derived-copy',
      direction: { copy: 2, origin: 1, evidence: 'a credit line' },
      extent: 'whole',
      copiedRuns: [{ a: { start: 0, end: 33 }, b: { start: 0, end: 33 } }],
      explanation: '',
      passageCounts: { verbatim: 1, spun: 0, paraphrase: 0, 'shared-quote': 0 },
    };
    const snapshot: CaseSnapshot = {
      name: 'Labels',
      createdAt: 't',
      searchLanguage: 'en',
      entityEdits: [],
      joinOverrides: [],
      sources: [
        source(1, { outlet: 'Washington Times', publishedDate: '2023-09-11' }),
        source(2, { fileName: 'copy.txt' }),
        source(3, { agency: 'AP', fileName: '000_again.txt' }),
      ],
      tags: [],
      claims: [
        {
          id: 1,
          note: '',
          credibility: 6,
          createdAt: 't',
          updatedAt: 't',
          tagIds: [],
          rejected: [],
          occurrences: [occurrence(1, 1, 'origin'), occurrence(2, 2, 'supports')],
        },
        {
          id: 2,
          note: '',
          credibility: 6,
          createdAt: 't',
          updatedAt: 't',
          tagIds: [],
          rejected: [],
          occurrences: [occurrence(3, 3, 'origin')],
        },
      ],
      notes: [{ owner: { kind: 'source', id: 2 }, text: 'Spun.', updatedAt: 't' }],
    };
    const exportView = buildExportView(snapshot, [copy], { claimIds: null, generatedAt: 't' });
    // A file without a number, or whose number an earlier source holds, is numbered by its id.
    const [wt, spun, ap] = ['Washington Times · 11 Sep 2023 · #000', '#2', 'AP · #3'];
    const byTag = claimsToMarkdown(exportView, 'tag');
    expect(byTag).not.toContain('\\#');
    const table = [
      '| Source | Title | Outlet | Published | Reliability |',
      '| --- | --- | --- | --- | --- |',
      `| ${wt} | Report 1 | Washington Times | 2023-09-11 | F (cannot be judged) |`,
      `| ${spun} | Report 2 |  |  | F (cannot be judged) |`,
      `| ${ap} | Report 3 |  |  | F (cannot be judged) |`,
    ];
    expect(byTag).toContain(table.join('\n'));
    expect(byTag).toContain(`— ${wt}, Report 1, reliability F (cannot be judged)`);
    expect(byTag).toContain(`- Independent sources: 1: ${wt} + ${spun}: ${spun} copies ${wt}`);
    expect(byTag).toContain(`- Also in ${spun}: “Kim”`);
    expect(byTag).toContain(`### ${spun}: Report 2\n\n> Spun.`);
    const bySource = claimsToMarkdown(exportView, 'source');
    expect(bySource.split('\n').filter((line) => line.startsWith('### '))).toEqual([
      `### ${wt}: Report 1`,
      `### ${ap}: Report 3`,
      `### ${spun}: Report 2`,
    ]);
    // Rendered, the labels read as written: in table cells, headings and prose.
    const document = render(bySource);
    const cells = [...document.querySelectorAll('tbody tr')].map(
      (row) => row.children[0]?.textContent,
    );
    expect(cells).toEqual([wt, spun, ap]);
    expect([...document.querySelectorAll('h3')].map((h) => h.textContent)).toContain(
      `${ap}: Report 3`,
    );
  });
});
