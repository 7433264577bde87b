import { describe, it, expect } from 'vitest';
import { codePointLength, sliceByCodePoints } from '../text/code-points';
import { findPhrase } from './phrase';
import { makeSnippet } from './snippet';
import { tokenize } from './tokens';

/** The text under each highlight. */
function highlighted(snippet: { text: string; highlights: Array<{ start: number; end: number }> }) {
  return snippet.highlights.map((span) => sliceByCodePoints(snippet.text, span.start, span.end));
}

/** Hits on every token whose term is `term`. */
function hitsOf(text: string, term: string): Array<{ start: number; end: number }> {
  return tokenize(text).filter((token) => token.term === term);
}

const FILLER = 'lorem ipsum dolor sit amet '.repeat(12);

describe('makeSnippet', () => {
  it('returns a short text whole, with the hits highlighted', () => {
    const snippet = makeSnippet('Kim met Putin.', [{ start: 8, end: 13 }]);
    expect(snippet).toEqual({ text: 'Kim met Putin.', highlights: [{ start: 8, end: 13 }] });
  });

  it('shows the start of the text when there are no hits, cut at a word boundary', () => {
    const snippet = makeSnippet(FILLER, [], 30);
    expect(snippet.text).toBe('lorem ipsum dolor sit amet…');
    expect(snippet.highlights).toEqual([]);
  });

  it('centres on a hit deep in the text and marks both cuts', () => {
    const text = `${FILLER}The summit in Vladivostok ended early. ${FILLER}`;
    const snippet = makeSnippet(text, hitsOf(text, 'vladivostok'), 60);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(codePointLength(snippet.text)).toBeLessThanOrEqual(62);
    expect(highlighted(snippet)).toEqual(['Vladivostok']);
    // Cut at word boundaries: no partial word after the opening ellipsis or before the closing.
    const words = FILLER.trim().split(' ');
    const inner = snippet.text.slice(1, -1).split(/\s+/);
    expect(words).toContain(inner[0]);
    expect(words).toContain(inner[inner.length - 1]);
  });

  it('picks the densest cluster of hits', () => {
    const text = `fox ${FILLER}fox and fox and fox ${FILLER}`;
    const snippet = makeSnippet(text, hitsOf(text, 'fox'), 40);
    expect(highlighted(snippet)).toEqual(['fox', 'fox', 'fox']);
  });

  it('merges overlapping and touching hits and accepts them unsorted', () => {
    const snippet = makeSnippet('new york city hall', [
      { start: 9, end: 13 },
      { start: 0, end: 8 },
      { start: 4, end: 8 },
      { start: 8, end: 9 },
    ]);
    expect(snippet.highlights).toEqual([{ start: 0, end: 13 }]);
  });

  it('ignores empty, reversed and out-of-range hits', () => {
    const snippet = makeSnippet('short text', [
      { start: 3, end: 3 },
      { start: 5, end: 2 },
      { start: 6, end: 99 },
      { start: Number.NaN, end: 1 },
    ]);
    expect(snippet.highlights).toEqual([
      { start: 0, end: 1 },
      { start: 6, end: 10 },
    ]);
  });

  it('clips a hit longer than the window', () => {
    const text = `${FILLER}${'x'.repeat(100)} ${FILLER}`;
    const start = codePointLength(FILLER);
    const snippet = makeSnippet(text, [{ start, end: start + 100 }], 20);
    expect(highlighted(snippet)).toEqual(['x'.repeat(20)]);
  });

  it('never returns an empty window for one long word without hits', () => {
    expect(makeSnippet('x'.repeat(50), [], 10).text).toBe(`${'x'.repeat(10)}…`);
  });

  // Highlights must land on the hit characters whatever precedes them.
  it.each<[string, string, string]>([
    [
      'Arabic',
      `${'أعلنت وزارة الصحة '.repeat(10)}في القاهرة عن حملة ${'تطعيم جديدة '.repeat(10)}`,
      'القاهرة',
    ],
    ['Hebrew', `${'ראש העירייה '.repeat(15)}של ירושלים נפגש ${'עם נציגי '.repeat(15)}`, 'ירושלים'],
    ['CJK', `${'東京都は新しい防災計画を発表した。'.repeat(8)}北京`, '北'],
    ['astral CJK', `${'𠮷野家'.repeat(60)}京`, '京'],
    [
      'emoji',
      `${'🚨🔥 breaking 👩‍🚒 '.repeat(12)}wildfire near Marseille ${'🚒 '.repeat(30)}`,
      'wildfire',
    ],
    [
      'NFD',
      `${'Le café de la gare. '.normalize('NFD').repeat(10)}Après trois ans`.normalize('NFD'),
      'après',
    ],
  ])('highlights exactly the hit in %s text', (_script, text, term) => {
    const hits = hitsOf(text, term);
    expect(hits.length).toBeGreaterThan(0);
    const snippet = makeSnippet(text, hits, 50);
    const expected = hits.map((hit) => sliceByCodePoints(text, hit.start, hit.end));
    for (const text of highlighted(snippet)) expect(expected).toContain(text);
    expect(snippet.highlights.length).toBeGreaterThan(0);
    expect(codePointLength(snippet.text)).toBeLessThanOrEqual(52);
  });

  it('highlights a phrase found by findPhrase after emoji', () => {
    const text = `${'🦊 '.repeat(80)}the White House said ${'🦊 '.repeat(80)}`;
    const snippet = makeSnippet(text, findPhrase(tokenize(text), ['white', 'house']), 40);
    expect(highlighted(snippet)).toEqual(['White House']);
  });
});
