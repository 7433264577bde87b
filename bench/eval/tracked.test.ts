import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../main/core/corpus';
import {
  addNoise,
  hyphenPoint,
  identityChars,
  OCR_NOISE,
  parseText,
  renderPlain,
  spanOf,
  toText,
  UNTRACKED,
  wrap,
  type TChar,
} from './tracked';

const ARTICLE = [
  'Headline about information',
  '',
  "The government's information commissioner said on Monday that the new rules would apply to every department.",
  '',
  'Critics said the legislation was unworkable. Officials disagreed, and published guidance explaining the obligations.',
  '',
  'A final paragraph with a number 10 and a capital O in Oxford, plus the letter l.',
].join('\n');

/** Undo the layout and noise that keep the words: hyphen breaks, strays, look-alikes, spacing. */
function canonical(text: string): string {
  return text
    .replace(/(\p{L})-\n(\p{L})/gu, '$1$2')
    .replace(/[|~·]/g, ' ')
    .replace(/['’]/g, '')
    .replace(/[1l]/g, 'l')
    .replace(/[0O]/g, 'O')
    .replace(/\s+/g, ' ')
    .trim();
}

function codePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

describe('parseText and renderPlain', () => {
  it('reads paragraphs and words and tags each character with its code-point offset', () => {
    const paragraphs = parseText('Ab £5\n\nc  d\ne\n\n\n', true);
    expect(paragraphs.map((p) => p.map((w) => w.map((c) => c.c).join('')))).toEqual([
      ['Ab', '£5'],
      ['c', 'd', 'e'],
    ]);
    expect(paragraphs[1]?.[2]?.[0]).toEqual({ c: 'e', src: 12 });
    expect(toText(renderPlain(paragraphs))).toBe('Ab £5\n\nc d e');
    expect(parseText('x', false)[0]?.[0]?.[0]?.src).toBe(UNTRACKED);
  });

  it('counts code points, not UTF-16 units', () => {
    const paragraphs = parseText('😀 ab', true);
    expect(paragraphs[0]?.[1]?.[0]).toEqual({ c: 'a', src: 2 });
  });
});

describe('wrap', () => {
  it('keeps lines within the width and breaks long words with a hyphen', () => {
    const random = seededRandom(1);
    const chars = wrap(
      parseText(ARTICLE, true),
      { width: 30, style: 'blank', indent: 0, hyphenate: 1 },
      random,
    );
    const text = toText(chars);
    for (const line of text.split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(30);
    expect(text).toMatch(/\p{L}-\n\p{L}/u);
    expect(canonical(text)).toBe(canonical(ARTICLE));
  });

  it('separates paragraphs by indentation alone in the indent style', () => {
    const text = toText(
      wrap(
        parseText('one two\n\nthree four', true),
        { width: 80, style: 'indent', indent: 4, hyphenate: 0 },
        seededRandom(2),
      ),
    );
    expect(text).toBe('    one two\n    three four');
  });

  it('breaks "information" as infor-/mation when only five letters fit', () => {
    const chars = wrap(
      parseText('abcdefgh information', true),
      { width: 15, style: 'blank', indent: 0, hyphenate: 1 },
      seededRandom(3),
    );
    expect(toText(chars)).toBe('abcdefgh infor-\nmation');
    // The hyphen and the newline are layout; "mation" keeps its source offsets.
    expect(chars.slice(14, 16).map((c) => c.src)).toEqual([UNTRACKED, UNTRACKED]);
    expect(spanOf(chars, 9, 20)).toEqual({ start: 9, end: 22 });
  });
});

describe('hyphenPoint', () => {
  it('breaks long words before a consonant–vowel pair, within the room left', () => {
    expect(hyphenPoint('information', 5)).toBe(5);
    expect(hyphenPoint('government', 8)).toBe(6);
    expect(hyphenPoint('government', 5)).toBe(0); // not "gov-ernment"
    expect(hyphenPoint('strengths', 6)).toBe(0);
    expect(hyphenPoint('short', 9)).toBe(0);
    expect(hyphenPoint('high-speed', 9)).toBe(0);
  });
});

describe('addNoise', () => {
  it('drops, replaces and inserts without reordering or losing tags', () => {
    const source = identityChars(ARTICLE.repeat(20));
    const noisy = addNoise(
      source,
      { dropApostrophe: 1, stray: 0.2, doubleSpace: 0.2, lookAlike: 0.5 },
      seededRandom(4),
    );
    const tags = noisy.filter((c) => c.src !== UNTRACKED).map((c) => c.src);
    expect(tags).toEqual([...tags].sort((x, y) => x - y));
    expect(noisy.some((c) => c.c === "'")).toBe(false);
    expect(noisy.some((c) => c.c === '·' || c.c === '|' || c.c === '~')).toBe(true);
    for (const char of noisy) {
      if (char.src === UNTRACKED) continue;
      const original = source[char.src]?.c;
      expect([original, { l: '1', '1': 'l', O: '0', '0': 'O' }[original ?? '']]).toContain(char.c);
    }
  });
});

describe('offset mapping through wrap and noise', () => {
  it('maps every run to the span that holds exactly its surviving characters', () => {
    const random = seededRandom(5);
    for (let trial = 0; trial < 200; trial++) {
      const wrapped = wrap(
        parseText(ARTICLE, true),
        {
          width: 20 + Math.floor(random() * 100),
          style: random() < 0.5 ? 'blank' : 'indent',
          indent: 3,
          hyphenate: 0.7,
        },
        random,
      );
      const chars: TChar[] = random() < 0.5 ? addNoise(wrapped, OCR_NOISE, random) : wrapped;
      const from = Math.floor(random() * ARTICLE.length);
      const to = from + 1 + Math.floor(random() * (ARTICLE.length - from));
      const span = spanOf(chars, from, to);
      const inside = chars.filter((c) => c.src >= from && c.src < to);
      if (inside.length === 0) {
        expect(span).toBeNull();
        continue;
      }
      if (!span) throw new Error('no span');
      // Nothing from the run lies outside its span, and the span starts and ends on the run.
      chars.forEach((char, index) => {
        if (char.src >= from && char.src < to) {
          expect(index).toBeGreaterThanOrEqual(span.start);
          expect(index).toBeLessThan(span.end);
        }
      });
      expect(chars[span.start]?.src).toBeGreaterThanOrEqual(from);
      expect(chars[span.end - 1]?.src).toBeLessThan(to);
      // Read back through the rendered text, the span holds the run's words.
      const rendered = toText(chars);
      const wordsOf = (text: string) => canonical(text).split(' ').filter(Boolean);
      const runWords = wordsOf(codePoints(ARTICLE, from, to));
      const spanWords = wordsOf(codePoints(rendered, span.start, span.end));
      // The run may start or end mid-word; its inner words must all be there, in order.
      expect(spanWords.join(' ')).toContain(runWords.slice(1, -1).join(' '));
    }
  });
});
