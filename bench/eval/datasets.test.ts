import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../main/core/corpus';
import type { BbcArticle } from '../bbc-corpus';
import {
  buildSplit,
  chooseRun,
  insertionPoint,
  insertRun,
  type EvalItem,
  type Placement,
  type Sizes,
} from './datasets';
import { bodyWords } from './sentences';
import { splitOf } from './split';
import { parseText, wordText, type TParagraph } from './tracked';
import { wordNet } from './wordnet';

const VOCABULARY = (
  'government market company increase film country quickly strong deal plan minister profit ' +
  'rise sales firm quarter leader meeting war report growth price record election court ' +
  'player season match team result policy budget investor share bank energy music award'
).split(' ');
const NAMES = ['Smith', 'Jones', 'Patel', 'Okafor', 'Larsen', 'Moreau', 'Tanaka', 'Silva'];
const CATEGORIES = ['business', 'entertainment', 'politics', 'sport', 'tech'];

/** A corpus of made-up articles shaped like the BBC ones, so the test needs no shared data. */
function syntheticCorpus(count: number): BbcArticle[] {
  const random = seededRandom(99);
  const word = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)] ?? 'market';
  const sentence = () => {
    const name = NAMES[Math.floor(random() * NAMES.length)] ?? 'Smith';
    const words = Array.from({ length: 9 + Math.floor(random() * 8) }, word);
    return `${name} said the ${words.join(' ')}.`;
  };
  return Array.from({ length: count }, (_, index) => {
    const category = CATEGORIES[index % CATEGORIES.length] ?? 'tech';
    const paragraphs = Array.from({ length: 6 }, () =>
      Array.from({ length: 3 }, sentence).join(' '),
    );
    return {
      name: `${category}/${String(index).padStart(3, '0')}`,
      category,
      text: `Headline number ${index}\n\n${paragraphs.join('\n\n')}\n`,
    };
  });
}

const SIZES: Sizes = {
  embedded: 6,
  partial: 4,
  whole: 3,
  differentStories: 3,
  attributed: 6,
  unattributed: 2,
  randomSentencePairs: 4,
};

const codePoints = (text: string, start: number, end: number) =>
  Array.from(text).slice(start, end).join('');

/** Undo wrapping and OCR noise as far as they keep the words. */
const canonical = (text: string) =>
  text
    .replace(/(\p{L})-\n(\p{L})/gu, '$1$2')
    .replace(/[|~·]/g, ' ')
    .replace(/['’]/g, '')
    .replace(/[1l]/g, 'l')
    .replace(/[0O]/g, 'O')
    .replace(/\s+/g, ' ')
    .trim();

describe('insertRun', () => {
  const host: TParagraph[] = [
    parseText('h1 h2 h3', false)[0] ?? [],
    parseText('h4 h5', false)[0] ?? [],
  ];
  const run = parseText('r1 r2\n\nr3', true);
  const texts = (paragraphs: TParagraph[]) => paragraphs.map((p) => p.map(wordText).join(' '));

  it('splits a paragraph when inserting mid-paragraph', () => {
    expect(texts(insertRun(host, run, 1, false))).toEqual(['h1 r1 r2', 'r3 h2 h3', 'h4 h5']);
  });

  it('inserts whole paragraphs between paragraphs, or at the end', () => {
    expect(texts(insertRun(host, run, 1, true))).toEqual(['r1 r2', 'r3', 'h1 h2 h3', 'h4 h5']);
    expect(texts(insertRun(host, run, 5, false))).toEqual(['h1 h2 h3', 'h4 h5', 'r1 r2', 'r3']);
  });
});

describe('insertionPoint', () => {
  it('finds paragraph starts, sentence starts inside paragraphs, and other words', () => {
    const host = parseText('One two. Three four five. Six\n\nSeven eight.', false);
    const points = (placement: Placement) =>
      new Set(
        Array.from({ length: 40 }, (_, i) => insertionPoint(host, placement, seededRandom(i))),
      );
    expect(points('between paragraphs')).toEqual(new Set([0, 6, 8]));
    expect(points('between sentences')).toEqual(new Set([2, 5]));
    expect(points('inside a sentence')).toEqual(new Set([1, 3, 4, 7]));
  });
});

describe('chooseRun', () => {
  it('keeps to sentence bounds and the limits', () => {
    const body = bodyWords(parseText(syntheticCorpus(1)[0]?.text ?? '', true).slice(1));
    const random = seededRandom(7);
    for (let trial = 0; trial < 50; trial++) {
      const run = chooseRun(body, 40, 'sentences', { min: 30, max: 60, minSentences: 3 }, random);
      if (!run) continue;
      expect(run.to - run.from).toBeGreaterThanOrEqual(30);
      expect(run.to - run.from).toBeLessThanOrEqual(60);
      expect(body[run.to - 1]?.sentenceEnd).toBe(true);
      expect(run.from === 0 || body[run.from - 1]?.sentenceEnd).toBe(true);
    }
  });
});

describe('buildSplit', () => {
  const corpus = syntheticCorpus(60);
  const words = wordNet();
  const build = (split: 'dev' | 'test') => buildSplit(corpus, split, words, [], SIZES);
  const dev = build('dev');
  const of = (dataset: EvalItem['dataset']) => dev.filter((entry) => entry.dataset === dataset);

  it('is deterministic and uses only its own split', () => {
    expect(build('dev')).toEqual(dev);
    const names = dev.flatMap((entry) => entry.note.match(/[a-z]+\/\d{3}/g) ?? []);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(splitOf(name)).toBe('dev');
  });

  it('maps embedded verbatim runs to spans holding the same words in A and B', () => {
    for (const entry of of('embedded-verbatim')) {
      const [truth] = entry.cases;
      if (!truth) throw new Error('no case');
      const inA = canonical(codePoints(entry.a, truth.a.start, truth.a.end));
      const inB = canonical(codePoints(entry.b, truth.b.start, truth.b.end));
      expect(inB).toBe(inA);
      const runWords = inA.split(' ').length;
      expect(runWords).toBeGreaterThanOrEqual(50);
      // The host is at least ten times the run.
      expect(canonical(entry.b).split(' ').length).toBeGreaterThanOrEqual(10 * runWords);
    }
  });

  it('spins about 30% of the content words and keeps the run inside its span', () => {
    const spun = of('embedded-spun');
    const swapped = spun.reduce((sum, entry) => sum + (entry.swapped ?? 0), 0);
    const total = spun.reduce((sum, entry) => sum + (entry.contentWords ?? 0), 0);
    expect(swapped / total).toBeGreaterThan(0.25);
    expect(swapped / total).toBeLessThan(0.35);
    for (const entry of spun) {
      const [truth] = entry.cases;
      if (!truth) throw new Error('no case');
      const inA = canonical(codePoints(entry.a, truth.a.start, truth.a.end)).split(' ');
      const inB = canonical(codePoints(entry.b, truth.b.start, truth.b.end)).split(' ');
      // The first and last words survive or are swapped one for one; lengths stay close.
      expect(Math.abs(inA.length - inB.length)).toBeLessThanOrEqual(inA.length * 0.1);
    }
  });

  it('puts partial copies at 35–65% of the article with padding, sides at random', () => {
    for (const entry of of('partial-spun-copy')) {
      const [truth] = entry.cases;
      if (!truth || !entry.origin) throw new Error('no case');
      const originSide = entry.origin === 'a' ? truth.a : truth.b;
      const origin = entry.origin === 'a' ? entry.a : entry.b;
      const share = (originSide.end - originSide.start) / Array.from(origin).length;
      expect(share).toBeGreaterThan(0.25);
      expect(share).toBeLessThan(0.75);
      expect(entry.extent).toBe('partial');
    }
  });

  it('adds one credit line to the copy side only and none to unattributed pairs', () => {
    const attributed = of('attribution');
    expect(attributed.filter((entry) => entry.origin === null)).toHaveLength(2);
    for (const entry of attributed) {
      const original = corpus.find((article) => entry.note.startsWith(article.name))?.text;
      if (!original) throw new Error('no source article');
      if (entry.origin) {
        const [origin, copy] = entry.origin === 'a' ? [entry.a, entry.b] : [entry.b, entry.a];
        expect(origin).toBe(original);
        expect(copy.length).toBeGreaterThan(original.length * 0.8);
      }
    }
  });

  it('pairs different stories without shared eight-word runs, and random sentences', () => {
    expect(of('same-topic-different-stories')).toHaveLength(3);
    expect(of('random-sentence-pairs')).toHaveLength(4);
  });
});
