import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Credibility, Reliability, SourceRelation } from '../../../preload/contract';
import { arbitraryCase, HOSTILE_STRINGS } from '../../exchange/arbitrary-case.fixture';
import type { CaseSnapshot, SnapshotClaim, SnapshotSource } from './case-snapshot';
import { FACT_LIST_LIMIT } from './export-facts';
import { factsFor } from './export-facts.fixture';
import { buildExportView } from './export-view';
import { renderReportHtml } from './report-html';
import { cleanText, REPORT_ATTRIBUTES, REPORT_ELEMENTS } from './report-style';

const GENERATED = '2026-11-26T14:33:00.000Z';

function source(id: number, fields: Partial<SnapshotSource> = {}): SnapshotSource {
  return {
    id,
    title: `Report ${id}`,
    outlet: '',
    byline: '',
    publishedDate: '2023-09-11',
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
    importedAt: GENERATED,
    reliability: 'F',
    original: null,
    ...fields,
  };
}

type Occ = [sourceId: number, stance: 'origin' | 'supports' | 'contradicts', quote: string];

function claim(
  id: number,
  tagIds: number[],
  occurrences: Occ[],
  note = '',
  credibility: Credibility = 6,
): SnapshotClaim {
  return {
    id,
    note,
    credibility,
    createdAt: GENERATED,
    updatedAt: GENERATED,
    tagIds,
    occurrences: occurrences.map(([sourceId, stance, quote], index) => ({
      id: id * 10 + index,
      sourceId,
      start: 0,
      end: 3,
      quote,
      prefix: '',
      suffix: '',
      stance,
    })),
    rejected: [],
  };
}

const copyOf = (copy: number, origin: number): SourceRelation => ({
  a: Math.min(copy, origin),
  b: Math.max(copy, origin),
  similarity: 0.9,
  coverage: [0.9, 0.9],
  verdict: 'derived-copy',
  direction: { copy, origin, evidence: 'a credit line' },
  extent: 'whole',
  // The whole text (every test source has the same 33 code points) was copied.
  copiedRuns: [{ a: { start: 0, end: 33 }, b: { start: 0, end: 33 } }],
  explanation: '',
  passageCounts: { verbatim: 3, spun: 4, paraphrase: 0, 'shared-quote': 0 },
});

const grade = (reliability: Reliability) => ({ reliability });

/** The Kim–Putin sample: 001 is a spun copy of 000; 002 reports independently. */
const sample: CaseSnapshot = {
  name: 'Kim–Putin summit',
  createdAt: GENERATED,
  searchLanguage: 'en',
  entityEdits: [],
  joinOverrides: [],
  sources: [
    source(1, { title: 'Putin confirms meeting', outlet: 'Washington Times', ...grade('B'), url: 'https://example.com/a?x=1&y=2' }),
    source(2, { title: 'Putin confirms assembly', outlet: 'Spun Daily', ...grade('E'), url: 'javascript:alert(1)' }),
    source(3, { title: 'שלום עולם', outlet: 'AP', ...grade('A') }),
  ],
  tags: [
    { id: 1, name: 'Diplomacy', color: '#336699', parentId: null, position: 1 },
    { id: 2, name: 'Military', color: '#993333', parentId: null, position: 0 },
    { id: 3, name: 'Arms', color: '#993333', parentId: 2, position: 0 },
  ],
  claims: [
    claim(1, [1, 3], [[1, 'origin', 'Kim is on his way'], [2, 'supports', 'Kim is on his strategy'], [3, 'supports', 'Kim travels']], 'مرحبا — check the train', 2),
    claim(2, [], [[3, 'origin', 'An untagged claim']]),
    claim(3, [2], [[1, 'origin', 'A military claim'], [3, 'contradicts', 'No such thing']]),
  ],
  notes: [
    { owner: { kind: 'case' }, text: 'For the desk.\nSecond line.', updatedAt: GENERATED },
    { owner: { kind: 'source', id: 2 }, text: 'A spun copy of 000.', updatedAt: GENERATED },
  ],
}; // prettier-ignore

// One window, many documents: a DOMParser document is parsed as a navigation would parse it.
const parser = new new JSDOM('').window.DOMParser();
function parse(html: string): Document {
  return parser.parseFromString(html, 'text/html');
}

const text = (element: Element | null | undefined) => element?.textContent ?? '';

/** Everything the report must never contain, checked on any rendered document. */
function expectInert(html: string, document: Document): void {
  const elements = [...document.getElementsByTagName('*')];
  const allowedElements = new Set<string>(REPORT_ELEMENTS);
  const allowedAttributes = new Set<string>(REPORT_ATTRIBUTES);
  const strangers = elements.flatMap((element) => [
    ...(allowedElements.has(element.tagName.toLowerCase()) ? [] : [element.tagName]),
    ...element.getAttributeNames().filter((name) => !allowedAttributes.has(name)),
  ]);
  expect(strangers).toEqual([]);
  for (const link of document.querySelectorAll('[href]')) {
    expect(link.getAttribute('href')).toMatch(/^https:\/\/[^\s"'<>]+$/);
  }
  // Every element came from a start tag the renderer wrote: no text ever opened one, and the
  // parser never had to imply or move one (a misnested block, a stray table child).
  expect(elements.length).toBe(html.match(/<[a-z]/gi)?.length);
  const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  expect(csp?.getAttribute('content')).toBe(
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
  );
  expect(document.head.firstElementChild?.getAttribute('charset')).toBe('utf-8');
}

describe('renderReportHtml: the sample case', () => {
  const view = buildExportView(sample, [copyOf(2, 1)], { claimIds: null, generatedAt: GENERATED });
  const html = renderReportHtml(view);
  const document = parse(html);

  it('is a complete, inert HTML5 document', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expectInert(html, document);
    expect(document.querySelectorAll('script, img, iframe, object, link')).toHaveLength(0);
  });

  it('opens with a cover: name, date, counts, the case note', () => {
    const cover = document.querySelector('header');
    expect(text(cover?.querySelector('h1'))).toBe('Kim–Putin summit');
    expect(document.title).toBe('Kim–Putin summit');
    expect(text(cover)).toContain('generated 2026-11-26 14:33 UTC');
    expect(text(cover)).toContain('3 sources · 3 claims · All claims in the case');
    expect(text(cover?.querySelector('.note'))).toBe('For the desk.\nSecond line.');
  });

  it('says when the export is filtered', () => {
    const filtered = buildExportView(sample, [], { claimIds: [3], generatedAt: GENERATED });
    const cover = parse(renderReportHtml(filtered)).querySelector('header');
    expect(text(cover)).toContain('1 claim · Filtered export: 1 of 3 claims in the case');
  });

  it('lists the sources with grades in words; only https URLs are links', () => {
    const rows = [...document.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => text(cell)),
    );
    // Each source by its label: publisher, date and number, the number from its file name.
    expect(rows.map((row) => row[0])).toEqual([
      'Washington Times · 11 Sep 2023 · #000',
      'Spun Daily · 11 Sep 2023 · #001',
      'AP · 11 Sep 2023 · #002',
    ]);
    expect(rows[0]).toEqual([
      'Washington Times · 11 Sep 2023 · #000',
      'Putin confirms meetinghttps://example.com/a?x=1&y=2',
      'Washington Times',
      '2023-09-11',
      'B Usually reliable',
    ]);
    expect(rows[1]?.[4]).toBe('E Unreliable');
    expect(document.querySelector('a')?.getAttribute('href')).toBe('https://example.com/a?x=1&y=2');
    expect(document.querySelectorAll('a')).toHaveLength(1);
    expect(rows[1]?.[1]).toContain('javascript:alert(1)');
  });

  it('groups claims by tag path in tree order, a claim under each of its tags, untagged last', () => {
    const sections = [...document.querySelectorAll('h2.tag')].map((heading) => ({
      tag: text(heading),
      claims: [...(heading.parentElement?.querySelectorAll('.claim h3') ?? [])].map(text),
    }));
    expect(sections).toEqual([
      { tag: 'Military', claims: ['Claim 3'] },
      { tag: 'Military › Arms', claims: ['Claim 1'] },
      { tag: 'Diplomacy', claims: ['Claim 1'] },
      { tag: 'Untagged', claims: ['Claim 2'] },
    ]);
  });

  it('counts a derived copy with its origin and says why', () => {
    const claims = [...document.querySelectorAll('.claim')];
    const claim1 = claims.find((c) => text(c.querySelector('h3')) === 'Claim 1');
    expect(text(claim1?.querySelector('blockquote'))).toBe('Kim is on his way');
    expect(text(claim1?.querySelector('.source-line'))).toBe(
      '— Washington Times · 11 Sep 2023 · #000, Putin confirms meeting',
    );
    const facts = text(claim1?.querySelector('dl'));
    expect(facts).toContain('2 Probably true (analyst) · suggested 2 Probably true');
    expect(facts).toContain('2 independent supporting sources, 0 contradicting sources');
    // The copy and its origin count once, and the reason names both by label.
    const [wt, spun, ap] = [
      'Washington Times · 11 Sep 2023 · #000',
      'Spun Daily · 11 Sep 2023 · #001',
      'AP · 11 Sep 2023 · #002',
    ];
    expect(facts).toContain(`Supports: ${wt}, ${spun} — counted once: ${spun} copies ${wt}`);
    expect(facts).toContain(`Supports: ${ap}Also said in`);
    expect(facts).toContain(`${spun} (supports): “Kim is on his strategy”`);
    const claim3 = [...document.querySelectorAll('.claim')].find((c) =>
      text(c).includes('Claim 3'),
    );
    expect(text(claim3)).toContain('1 independent supporting source, 1 contradicting source');
    expect(text(claim3)).toContain('Contradicts: AP · 11 Sep 2023 · #002');
    // One source against one contradiction: balanced, so the grade rule suggests 6.
    expect(text(claim3)).toContain('suggested 6 Cannot be judged');
  });

  it('marks user text dir=auto so right-to-left text renders right', () => {
    const hebrew = [...document.querySelectorAll('td div')].find((d) => text(d) === 'שלום עולם');
    expect(hebrew?.getAttribute('dir')).toBe('auto');
    const note = [...document.querySelectorAll('dd.note')].find((d) => text(d).startsWith('مرحبا'));
    expect(note?.getAttribute('dir')).toBe('auto');
    for (const quote of document.querySelectorAll('blockquote, h1, .note')) {
      expect(quote.getAttribute('dir')).toBe('auto');
    }
  });

  it('ends with the source notes', () => {
    const sections = document.querySelectorAll('body > section');
    const last = sections[sections.length - 1];
    expect(text(last?.querySelector('h2'))).toBe('Source notes');
    expect(text(last?.querySelector('h3'))).toBe(
      'Spun Daily · 11 Sep 2023 · #001, Putin confirms assembly',
    );
    expect(text(last)).toContain('A spun copy of 000.');
  });
});

describe('renderReportHtml: facts', () => {
  it('lists shared quotes and discrepancies with the differing words marked, hostile names inert', () => {
    const facts = factsFor(sample, { names: HOSTILE_STRINGS });
    const html = renderReportHtml(
      buildExportView(sample, [], { claimIds: null, generatedAt: GENERATED, facts }),
    );
    const document = parse(html);
    expectInert(html, document);
    const headings = [...document.querySelectorAll('h2')].map((h2) => text(h2));
    expect(headings).toEqual(expect.arrayContaining(['Quotes across sources', 'Discrepancies']));
    expect(headings.indexOf('Quotes across sources')).toBeLessThan(
      headings.indexOf('Source notes'),
    );
    const conflict = document.querySelector('.conflict');
    expect(text(conflict)).toBe(
      cleanText(`Speakers differ: ${HOSTILE_STRINGS[0]} ≠ ${HOSTILE_STRINGS[1]}`),
    );
    expect(document.querySelectorAll('.differs')).toHaveLength(2);
  });

  it('cuts the discrepancy list at its cap and says how many more there are', () => {
    const facts = factsFor(sample, { discrepancies: FACT_LIST_LIMIT + 3 });
    const document = parse(
      renderReportHtml(
        buildExportView(sample, [], { claimIds: null, generatedAt: GENERATED, facts }),
      ),
    );
    const section = [...document.querySelectorAll('section')].find(
      (candidate) => text(candidate.querySelector('h2')) === 'Discrepancies',
    );
    expect(section?.querySelectorAll('.claim')).toHaveLength(FACT_LIST_LIMIT);
    expect(text(section)).toContain(
      'and 3 more discrepancies (the case JSON export lists every one)',
    );
  });
});

describe('renderReportHtml: hostile text', () => {
  it('shows every hostile string as text, never as markup', () => {
    const hostile: CaseSnapshot = {
      ...sample,
      name: HOSTILE_STRINGS.find((s) => s.startsWith('</script>')) ?? '',
      sources: HOSTILE_STRINGS.map((s, index) =>
        source(index + 1, { title: s, outlet: s, byline: s, url: s, fileName: `${s}.txt` }),
      ),
      tags: HOSTILE_STRINGS.map((s, index) => ({
        id: index + 1,
        name: s,
        color: '#000000',
        parentId: index > 0 ? index : null,
        position: 0,
      })),
      claims: HOSTILE_STRINGS.map((s, index) =>
        claim(index + 1, [index + 1], [[index + 1, 'origin', s]], s),
      ),
      notes: [
        { owner: { kind: 'case' }, text: HOSTILE_STRINGS.join('\n'), updatedAt: GENERATED },
        ...HOSTILE_STRINGS.map((s, index) => ({
          owner: { kind: 'source' as const, id: index + 1 },
          text: s,
          updatedAt: GENERATED,
        })),
      ],
    };
    const view = buildExportView(hostile, [], { claimIds: null, generatedAt: GENERATED });
    const html = renderReportHtml(view);
    const document = parse(html);
    expectInert(html, document);
    expect(document.querySelectorAll('script, img')).toHaveLength(0);
    expect(html).not.toMatch(/<\/?script|<img/i);
    expect(html.includes('\u0001')).toBe(false);
    expect(document.title).toBe('</script><script>alert(1)</script>');
    const blocks = new Set([...document.querySelectorAll('[dir="auto"]')].map(text));
    const quotes = [...document.querySelectorAll('blockquote')].map(text);
    for (const s of HOSTILE_STRINGS) {
      expect(blocks, s).toContain(cleanText(s));
      expect(quotes, s).toContain(cleanText(s));
    }
    expect(cleanText('a\u0000b\u0001c\u001fd\u007f')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFD');
    expect(cleanText('lone \ud800 high 🦊')).toBe('lone \uFFFD high 🦊');
    expect(cleanText('line\r\nbreak\rhere\ttab')).toBe('line\nbreak\nhere\ttab');
  });
});

/** The case with each non-blank text replaced by a plain word: same structure, other words. */
function blanded(snapshot: CaseSnapshot): CaseSnapshot {
  const words = new Map<string, string>();
  const x = (s: string) => {
    if (s.trim() === '') return s;
    const key = s.trim().toLocaleLowerCase(); // sources of one outlet stay one outlet
    if (!words.has(key)) words.set(key, `x${words.size}`);
    return words.get(key) ?? s;
  };
  return {
    ...snapshot,
    name: 'x',
    sources: snapshot.sources.map((s) => ({ ...s, title: x(s.title), outlet: x(s.outlet), byline: x(s.byline) })),
    tags: snapshot.tags.map((t) => ({ ...t, name: x(t.name) })),
    claims: snapshot.claims.map((c) => ({ ...c, note: x(c.note), occurrences: c.occurrences.map((o) => ({ ...o, quote: x(o.quote) })) })),
    notes: snapshot.notes.map((n) => ({ ...n, text: x(n.text) })),
  }; // prettier-ignore
}

/** The start tags in order, links' targets left out (text never makes a tag: see expectInert). */
function shape(html: string): string[] {
  return (html.match(/<[a-z][^>]*>/g) ?? []).map((tag) => tag.replace(/ href="[^"]*"/, ' href'));
}

describe('renderReportHtml: any case', () => {
  it('parses back to the text it was given, with the same structure whatever the text', () => {
    const relations = fc.option(fc.constant(copyOf(2, 1)), { nil: null });
    fc.assert(
      fc.property(arbitraryCase(), relations, fc.boolean(), (snapshot, relation, filtered) => {
        const options = {
          claimIds: filtered
            ? snapshot.claims.filter((c) => c.id % 2 === 1).map((c) => c.id)
            : null,
          generatedAt: GENERATED,
        };
        const copies = relation && snapshot.sources.length >= 2 ? [relation] : [];
        const view = buildExportView(snapshot, copies, options);
        const html = renderReportHtml(view);
        const document = parse(html);
        expectInert(html, document);
        expect(text(document.querySelector('title'))).toBe(cleanText(snapshot.name));
        expect(text(document.querySelector('h1'))).toBe(cleanText(snapshot.name));
        const titles = [...document.querySelectorAll('tbody td.title > div:first-child')];
        expect(titles.map(text)).toEqual(snapshot.sources.map((s) => cleanText(s.title)));
        // Each exported claim's quote once per tag it has, or once if untagged.
        const tagIds = new Set(snapshot.tags.map((t) => t.id));
        const expected = view.claims.flatMap((c) => {
          const tagged = c.tagIds.filter((id) => tagIds.has(id)).length;
          return Array<string>(Math.max(1, tagged)).fill(cleanText(c.origin.quote));
        });
        const quotes = [...document.querySelectorAll('blockquote')].map(text);
        expect(quotes.sort()).toEqual(expected.sort());
        const plain = renderReportHtml(buildExportView(blanded(snapshot), copies, options));
        expect(shape(plain)).toEqual(shape(html));
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
