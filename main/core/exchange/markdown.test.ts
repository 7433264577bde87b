import fc from 'fast-check';
import { load } from 'js-yaml';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { arbitraryCase, HOSTILE_STRINGS } from '../../exchange/arbitrary-case.fixture';
import type { CaseSnapshot } from './case-snapshot';
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
});
