import { describe, expect, it } from 'vitest';
import { normalise, seedExtend } from './seed-extend';
import { diffTokens, wordDiffDetections } from './word-diff';
import { chooseThreshold, containment, jaccard } from './word-overlap';

const RUN =
  'The chancellor said the measures would raise four billion pounds over the next three years, ' +
  'most of it from closing loopholes that let large firms move profits offshore.';
const HOST_BEFORE = 'Rain fell across the north on Tuesday and forecasters expect more of it. ';
const HOST_AFTER = ' Elsewhere the football season resumed with three draws and a late winner.';

const slice = (text: string, span: { start: number; end: number }) =>
  Array.from(text).slice(span.start, span.end).join('');

describe('seed-extend', () => {
  it('normalises case and whitespace and maps back to code points', () => {
    const { text, map } = normalise('😀 A\n\n  Bc');
    expect(text).toBe('😀 a bc');
    // "😀" is one code point but two UTF-16 units; both map to offset 0.
    expect(map).toEqual([0, 0, 1, 2, 3, 7, 8]);
  });

  it('finds a copied run with exact code-point spans, despite case and line breaks', () => {
    const a = `😀 Intro sentence here! ${RUN} Outro.`;
    const b = HOST_BEFORE + RUN.toUpperCase().replace(/ /g, '\n') + HOST_AFTER;
    const found = seedExtend(a, b);
    expect(found).toHaveLength(1);
    const [hit] = found;
    if (!hit) throw new Error('nothing found');
    expect(slice(a, hit.a).trim()).toBe(RUN);
    expect(slice(b, hit.b).trim().toLowerCase().replace(/\n/g, ' ')).toBe(RUN.toLowerCase());
  });

  it('merges hits across a small change and drops short ones', () => {
    const changed = RUN.replace('four billion', '4bn');
    const found = seedExtend(RUN, `${HOST_BEFORE}${changed}${HOST_AFTER}`, {
      seed: 20,
      gap: 30,
      minLength: 60,
    });
    expect(found).toHaveLength(1);
    expect(seedExtend('short shared text', 'short shared text')).toEqual([]);
  });
});

describe('word-diff', () => {
  it('tokenises like jsdiff: words and single punctuation marks, offsets in code points', () => {
    expect(diffTokens('😀 Hi, there').map((t) => [t.start, t.end, t.word])).toEqual([
      [0, 1, false],
      [2, 4, true],
      [4, 5, false],
      [6, 11, true],
    ]);
  });

  it('reports common runs of at least eight words with their spans', () => {
    const a = `Intro words! ${RUN}`;
    const b = HOST_BEFORE + RUN + HOST_AFTER;
    const found = wordDiffDetections(a, b);
    const long = found.filter((hit) => slice(a, hit.a).length > 40);
    expect(long).toHaveLength(1);
    const [hit] = long;
    if (!hit) throw new Error('nothing found');
    expect(slice(a, hit.a)).toBe(RUN);
    expect(slice(b, hit.b)).toBe(RUN);
    expect(wordDiffDetections('one two three four', 'one two three four')).toEqual([]);
  });
});

describe('word-overlap', () => {
  it('computes Jaccard of word sets and 5-gram containment', () => {
    expect(jaccard('The cat sat', 'the cat ran')).toBeCloseTo(2 / 4);
    expect(jaccard('', '')).toBe(0);
    expect(containment(RUN, HOST_BEFORE + RUN + HOST_AFTER)).toBe(1);
    expect(containment('a b c d', 'a b c d')).toBe(0); // no 5-grams at all
  });

  it('chooses the cut with the best accuracy on labelled scores', () => {
    const scored = [
      { score: 0.1, label: false },
      { score: 0.2, label: false },
      { score: 0.6, label: true },
      { score: 0.9, label: true },
      { score: 0.3, label: true },
      { score: 0.4, label: false },
      { score: 0.45, label: false },
    ];
    const cut = chooseThreshold(scored);
    expect(scored.filter((s) => s.score >= cut === s.label)).toHaveLength(6);
    expect(cut).toBeGreaterThan(0.4);
    expect(cut).toBeLessThan(0.6);
  });
});
