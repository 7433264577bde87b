import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlignedPassage, Span } from '../../../preload/contract';
import { sliceByCodePoints, codePointLength } from '../text/code-points';
import { alignPrepared, alignTexts, type PairAlignment } from './align';
import { judgeRelation } from './judge-relation';
import { prepareText } from './prepare';
import { Vocabulary } from './vocabulary';

const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Texts of sentences of words drawn from `words`, in paragraphs split by any line break. */
function textOf(words: fc.Arbitrary<string>, options: { maxSentences?: number } = {}) {
  const sentence = fc
    .tuple(fc.array(words, { minLength: 3, maxLength: 14 }), fc.constantFrom('.', '!', '?', '…'))
    .map(([list, end]) => `${capitalise(list.join(' '))}${end}`);
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
  return fc
    .tuple(
      fc.array(paragraph, { minLength: 1, maxLength: options.maxSentences ?? 6 }),
      fc.constantFrom('\n\n', '\n', '\r\n', '\r\n\r\n'),
    )
    .map(([paragraphs, separator]) => paragraphs.join(separator));
}

const lettersAtoM = fc.stringMatching(/^[a-m]{2,7}$/);
const lettersNtoZ = fc.stringMatching(/^[n-z]{2,7}$/);
/** Words with astral letters, combining marks, accents and hyphens, sometimes next to emoji. */
const unicodeWords = fc
  .tuple(
    fc.constantFrom('𝔸𝔹', 'cafe\u0301', 'Zoë', 'naïve', 'Ким', 'Ын', 'Chun-ryong', 'x', '金正恩'),
    fc.constantFrom('', '', ' 😀', '’s', ' —'),
  )
  .map(([word, suffix]) => word + suffix);
const newsWords = fc.constantFrom(
  ...'the minister said government would bank shares market growth price rise fell year new plans company profits sales economy rate deal talks firm chief executive analysts expected report month deficit investors oil trade jobs workers union strike court ruling tax budget spending euro dollar china india japan bid offer takeover debt figures'.split(
    ' ',
  ),
);

function spansOf(alignment: PairAlignment, side: 'a' | 'b'): Span[] {
  return alignment.passages.map((passage) => passage[side]);
}

function expectWordEdges(text: string, span: Span): void {
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeLessThanOrEqual(codePointLength(text));
  expect(span.end).toBeGreaterThan(span.start);
  const slice = Array.from(sliceByCodePoints(text, span.start, span.end));
  expect(slice[0] ?? '').toMatch(WORD_CHARACTER);
  expect(slice[slice.length - 1] ?? '').toMatch(WORD_CHARACTER);
}

function expectNoOverlap(spans: readonly Span[]): void {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  for (let index = 1; index < sorted.length; index++) {
    expect(sorted[index]!.start).toBeGreaterThanOrEqual(sorted[index - 1]!.end);
  }
}

function expectWellFormed(a: string, b: string, alignment: PairAlignment): void {
  const passages: AlignedPassage[] = alignment.passages;
  for (const passage of passages) {
    expectWordEdges(a, passage.a);
    expectWordEdges(b, passage.b);
    for (const mark of passage.diff.a) expectWordEdges(a, mark);
    for (const mark of passage.diff.b) expectWordEdges(b, mark);
    expect(passage.score).toBeGreaterThanOrEqual(0);
    expect(passage.score).toBeLessThanOrEqual(1);
  }
  expectNoOverlap(spansOf(alignment, 'a'));
  expectNoOverlap(spansOf(alignment, 'b'));
  const starts = passages.map((passage) => passage.a.start);
  expect(starts).toEqual([...starts].sort((x, y) => x - y));
  for (const share of [...alignment.coverage, ...alignment.copyCoverage, alignment.similarity]) {
    expect(share).toBeGreaterThanOrEqual(0);
    expect(share).toBeLessThanOrEqual(1);
  }
}

const facts = (id: number) => ({
  id,
  label: `#${id}`,
  attribution: '',
  outlet: '',
  url: '',
  publishedDate: '',
});

describe('alignment properties', () => {
  it('covers a text aligned with itself completely, all verbatim', () => {
    fc.assert(
      fc.property(textOf(fc.oneof(lettersAtoM, newsWords, unicodeWords)), (text) => {
        const alignment = alignTexts(text, text);
        expect(alignment.coverage).toEqual([1, 1]);
        expect(alignment.copyCoverage).toEqual([1, 1]);
        expect(alignment.similarity).toBe(1);
        expect(alignment.passages.every((passage) => passage.kind === 'verbatim')).toBe(true);
        expect(alignment.substitutions).toEqual([]);
        expectWellFormed(text, text, alignment);
      }),
      { numRuns: 150 },
    );
  });

  it('never calls texts over disjoint vocabularies a copy, nor aligns anything in them', () => {
    fc.assert(
      fc.property(textOf(lettersAtoM), textOf(lettersNtoZ), (a, b) => {
        const alignment = alignTexts(a, b);
        expect(alignment.passages).toEqual([]);
        expect(judgeRelation(alignment, facts(1), facts(2)).verdict).toBe('independent');
      }),
      { numRuns: 100 },
    );
  });

  it('never calls two stories drawn from the same news vocabulary a copy', () => {
    fc.assert(
      fc.property(
        textOf(newsWords, { maxSentences: 12 }),
        textOf(newsWords, { maxSentences: 12 }),
        (a, b) => {
          fc.pre(a !== b);
          const alignment = alignTexts(a, b);
          expect(judgeRelation(alignment, facts(1), facts(2)).verdict).not.toBe('derived-copy');
          expectWellFormed(a, b, alignment);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps spans on words, apart and inside the text, with astral characters and marks', () => {
    fc.assert(
      fc.property(
        textOf(fc.oneof(unicodeWords, lettersAtoM)),
        textOf(fc.oneof(unicodeWords, lettersAtoM)),
        (a, b) => {
          expectWellFormed(a, b, alignTexts(a, b));
          const joined = `${a}\n\n${b}`;
          expectWellFormed(a, joined, alignTexts(a, joined));
          expectWellFormed(joined, b, alignTexts(joined, b));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('calls a spun copy a derived copy: every fourth word swapped, number words as digits', () => {
    fc.assert(
      fc.property(textOf(newsWords, { maxSentences: 12 }), fc.nat(3), (text, offset) => {
        fc.pre(codePointLength(text) >= 600);
        let word = offset;
        const spun = text.replace(/\b[a-z]+\b/g, (found) =>
          ++word % 4 === 0 ? `syn${found}` : found,
        );
        const alignment = alignTexts(text, spun);
        expect(alignment.copyCoverage[1]).toBeGreaterThanOrEqual(0.9);
        expect(judgeRelation(alignment, facts(1), facts(2)).verdict).toBe('derived-copy');
        const last = '2 firms and 75th year.';
        const withDigits = `${spun}\n\n${last}`;
        const digits = alignTexts(`${text}\n\nTwo firms and seventy fifth year.`, withDigits);
        // The number sentence is part of the copied run and differs in no word.
        const lastStart = codePointLength(withDigits) - codePointLength(last);
        const passage = digits.passages.at(-1);
        expect(passage?.b.end).toBe(codePointLength(withDigits) - 1);
        expect(passage?.diff.b.filter((mark) => mark.end > lastStart)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('aligns a reordered copy sentence for sentence', () => {
    fc.assert(
      fc.property(textOf(newsWords, { maxSentences: 8 }), (text) => {
        const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
        fc.pre(new Set(lines).size === lines.length);
        const reordered = [...lines].reverse().join('\n\n');
        expect(alignTexts(text, reordered).coverage).toEqual([1, 1]);
      }),
      { numRuns: 50 },
    );
  });

  it('gives alignTexts and alignPrepared the same result', () => {
    fc.assert(
      fc.property(textOf(newsWords), textOf(newsWords), (a, b) => {
        const vocabulary = new Vocabulary();
        const prepared = alignPrepared(prepareText(a, vocabulary), prepareText(b, vocabulary));
        expect(prepared).toEqual(alignTexts(a, b));
      }),
      { numRuns: 30 },
    );
  });

  it('refuses texts prepared with different vocabularies', () => {
    const a = prepareText('One text.', new Vocabulary());
    const b = prepareText('Another text.', new Vocabulary());
    expect(() => alignPrepared(a, b)).toThrow(RangeError);
  });
});
