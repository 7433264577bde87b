import { describe, expect, it } from 'vitest';
import type { AlignedPassage, Span } from '../../../preload/contract';
import { partText, passageCuts, splitAtParagraphs } from './passageParts';
import type { PartText } from './passageParts';
import { passage } from './testPairs';

/** A source text from its paragraphs, separated by a blank line as import stores them. */
function source(paragraphs: string[]): PartText & { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let at = 0;
  for (const paragraph of paragraphs) {
    const length = Array.from(paragraph).length;
    spans.push({ start: at, end: at + length });
    at += length + 2;
  }
  const text = paragraphs.join('\n\n');
  return { ...partText(text, spans), text, spans };
}

/** Where `word` first occurs inside `within`, as a diff mark's span. */
function find(text: PartText, within: Span, word: string): [number, number] {
  const inside = text.codePoints.slice(within.start, within.end).join('');
  const at = inside.indexOf(word);
  if (at < 0) throw new Error(`no "${word}" there`);
  return [within.start + at, within.start + at + word.length];
}

/** The text of a span, for readable expectations. */
function read(text: PartText, span: Span): string {
  return text.codePoints.slice(span.start, span.end).join('');
}

function sides(passages: readonly AlignedPassage[], a: PartText, b: PartText) {
  return passages.map((part) => [read(a, part.a), read(b, part.b)]);
}

// The origin: an intro, three copied paragraphs, an ending.
const origin = source([
  'Intro of the origin.',
  'Kim boarded his train on Sunday.',
  'The train crossed the river at dawn.',
  'Officials said talks would follow.',
  'An ending of its own.',
]);
const [, o1, , o3] = origin.spans as [Span, Span, Span, Span, Span];

describe('splitAtParagraphs', () => {
  it('cuts a copied run at each paragraph break, part by part on both sides', () => {
    const copy = source([
      'Padding that nobody copied.',
      'Kim boarded his train on Sunday.',
      'The train crossed the river at dawn.',
      'Officials said talks would follow.',
    ]);
    const [, c1, , c3] = copy.spans as [Span, Span, Span, Span];
    const run = passage([o1.start, o3.end], [c1.start, c3.end], 'verbatim');
    const split = splitAtParagraphs([run], origin, copy);
    expect(sides(split.passages, origin, copy)).toEqual([
      ['Kim boarded his train on Sunday.', 'Kim boarded his train on Sunday.'],
      ['The train crossed the river at dawn.', 'The train crossed the river at dawn.'],
      ['Officials said talks would follow.', 'Officials said talks would follow.'],
    ]);
    expect(split.parts).toEqual([
      { passage: 0, part: 0, parts: 3 },
      { passage: 0, part: 1, parts: 3 },
      { passage: 0, part: 2, parts: 3 },
    ]);
    expect(split.passages.every((part) => part.kind === 'verbatim' && part.score === 0.8)).toBe(
      true,
    );
  });

  it('follows the unchanged words through a spun copy and hands each part its differences', () => {
    const copy = source([
      'Kim boarded his locomotive on Sunday.',
      'The locomotive crossed the stream at dawn.',
      'Officials stated talks would follow.',
    ]);
    const [k1, k2, k3] = copy.spans as [Span, Span, Span];
    const [, , o2] = origin.spans as [Span, Span, Span];
    const run = passage([o1.start, o3.end], [k1.start, k3.end], 'spun', {
      a: [
        find(origin, o1, 'train'),
        find(origin, o2, 'train'),
        find(origin, o2, 'river'),
        find(origin, o3, 'said'),
      ],
      b: [
        find(copy, k1, 'locomotive'),
        find(copy, k2, 'locomotive'),
        find(copy, k2, 'stream'),
        find(copy, k3, 'stated'),
      ],
    });
    const split = splitAtParagraphs([run], origin, copy);
    expect(sides(split.passages, origin, copy)).toEqual([
      ['Kim boarded his train on Sunday.', 'Kim boarded his locomotive on Sunday.'],
      ['The train crossed the river at dawn.', 'The locomotive crossed the stream at dawn.'],
      ['Officials said talks would follow.', 'Officials stated talks would follow.'],
    ]);
    expect(split.passages.map((part) => part.diff.a.map((mark) => read(origin, mark)))).toEqual([
      ['train'],
      ['train', 'river'],
      ['said'],
    ]);
    expect(split.passages.map((part) => part.diff.b.map((mark) => read(copy, mark)))).toEqual([
      ['locomotive'],
      ['locomotive', 'stream'],
      ['stated'],
    ]);
  });

  it('cuts a copy that ran the paragraphs together before the matching word', () => {
    const copy = source([
      'Kim boarded his train on Sunday. The train crossed the river at dawn. Officials said talks would follow.',
    ]);
    const run = passage([o1.start, o3.end], [0, copy.codePoints.length], 'verbatim');
    expect(sides(splitAtParagraphs([run], origin, copy).passages, origin, copy)).toEqual([
      ['Kim boarded his train on Sunday.', 'Kim boarded his train on Sunday.'],
      ['The train crossed the river at dawn.', 'The train crossed the river at dawn.'],
      ['Officials said talks would follow.', 'Officials said talks would follow.'],
    ]);
  });

  it('joins a paragraph the copy added to a neighbour instead of leaving a part empty', () => {
    const copy = source([
      'Kim boarded his train on Sunday.',
      'Inserted filler sentence here.',
      'The train crossed the river at dawn.',
    ]);
    const [, , o2] = origin.spans as [Span, Span, Span];
    const filler = copy.spans[1] as Span;
    const run = passage([o1.start, o2.end], [0, copy.codePoints.length], 'spun', {
      b: [[filler.start, filler.end]],
    });
    const parts = splitAtParagraphs([run], origin, copy).passages;
    expect(parts).toHaveLength(2);
    expect(parts.every((part) => part.a.end > part.a.start && part.b.end > part.b.start)).toBe(
      true,
    );
    expect(read(origin, parts[1]?.a ?? o1)).toBe('The train crossed the river at dawn.');
  });

  it('leaves a passage inside one paragraph whole, and everything whole until texts load', () => {
    const inside = passage([o1.start, o1.start + 11], [0, 11], 'verbatim');
    const across = passage([o1.start, o3.end], [0, 20], 'verbatim');
    const loaded = splitAtParagraphs([inside], origin, origin);
    expect(loaded.passages).toEqual([inside]);
    expect(loaded.parts).toEqual([null]);
    expect(splitAtParagraphs([across], origin, undefined)).toEqual({
      passages: [across],
      parts: [null],
    });
  });

  it('counts code points, not UTF-16 units', () => {
    const a = source(['🙂 Smile first.', 'Then 🙂 smile twice.']);
    const b = source(['🙂 Smile first.', 'Then 🙂 smile twice.']);
    const end = a.codePoints.length;
    const parts = splitAtParagraphs([passage([0, end], [0, end], 'verbatim')], a, b).passages;
    expect(parts.map((part) => read(a, part.a))).toEqual([
      '🙂 Smile first.',
      'Then 🙂 smile twice.',
    ]);
    expect(parts[1]?.a).toEqual(a.spans[1]);
  });
});

describe('passageCuts', () => {
  it('places one cut for a break both sides share', () => {
    const copy = source([
      'Kim boarded his train on Sunday.',
      'The train crossed the river at dawn.',
    ]);
    const [, , o2] = origin.spans as [Span, Span, Span];
    const cuts = passageCuts(
      passage([o1.start, o2.end], [0, copy.codePoints.length], 'verbatim'),
      origin,
      copy,
    );
    expect(cuts).toEqual([{ a: o2.start, b: copy.spans[1]?.start }]);
  });
});
