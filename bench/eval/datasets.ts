// The generated datasets. Each is built from one split's BBC articles with a fixed seed, and every
// item carries its own ground truth: copied-run spans in code points, the expected relation,
// extent and direction, or a label.

import { seededRandom, type ReusePair } from '../../main/core/corpus';
import { shuffled, type BbcArticle } from '../bbc-corpus';
import { CREDIT_WORDINGS, OUTLETS } from './credits';
import { bodyWords, lowerWords, splitSentences, type BodyWord } from './sentences';
import { spin } from './spin';
import { pick, randomInt, seedFor, splitOf, type Split } from './split';
import {
  addNoise,
  identityChars,
  OCR_NOISE,
  parseText,
  renderPlain,
  spanOf,
  toText,
  wordText,
  wrap,
  type TChar,
  type TParagraph,
  type WrapOptions,
} from './tracked';
import type { WordNet } from './wordnet';

export const DATASETS = [
  'embedded-verbatim',
  'embedded-spun',
  'partial-spun-copy',
  'whole-spun-copy',
  'same-topic-different-stories',
  'attribution',
  'sentence-pairs',
  'random-sentence-pairs',
] as const;
export type DatasetName = (typeof DATASETS)[number];

export interface EvalItem {
  id: string;
  dataset: DatasetName;
  a: string;
  b: string;
  /** Ground-truth copied runs, code points into a and b; empty when nothing was copied. */
  cases: ReusePair[];
  /** Whether the right verdict is derived-copy; null where the dataset does not ask. */
  copy: boolean | null;
  extent?: 'whole' | 'partial';
  /**
   * The side holding the original (attribution, partial and whole copies). In attribution pairs
   * it is null when no credit line gives evidence, so no direction is right.
   */
  origin?: 'a' | 'b' | null;
  credit?: string;
  /** Sentence pairs: same content reworded (true) or not. */
  label?: boolean;
  contentWords?: number;
  swapped?: number;
  /** How the item was made, by facet (placement, bounds, length), for breakdowns. */
  facets?: Record<string, string>;
  /** How the item was made, for reading failures. */
  note: string;
}

export const SPIN_RATE = 0.3;

export interface Sizes {
  embedded: number;
  partial: number;
  whole: number;
  differentStories: number;
  attributed: number;
  unattributed: number;
  randomSentencePairs: number;
}

export const DEFAULT_SIZES: Sizes = {
  embedded: 150,
  partial: 150,
  whole: 120,
  differentStories: 150,
  attributed: 150,
  unattributed: 60,
  randomSentencePairs: 200,
};

interface Prepared {
  article: BbcArticle;
  paragraphs: TParagraph[];
  /** Body (everything after the headline) words with sentence ends marked. */
  body: BodyWord[];
}

function prepare(article: BbcArticle): Prepared {
  const paragraphs = parseText(article.text, true);
  return { article, paragraphs, body: bodyWords(paragraphs.slice(1)) };
}

const countWords = (paragraphs: readonly TParagraph[]) =>
  paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);

/** The words [from, to) of a body regrouped into their paragraphs. */
function runParagraphs(body: readonly BodyWord[], from: number, to: number): TParagraph[] {
  const out: TParagraph[] = [];
  let current = -1;
  for (const entry of body.slice(from, to)) {
    if (entry.paragraph !== current) {
      out.push([]);
      current = entry.paragraph;
    }
    out[out.length - 1]?.push(entry.word);
  }
  return out;
}

/** Code-point range in the article of body words [from, to). */
function sourceRange(body: readonly BodyWord[], from: number, to: number) {
  const first = body[from]?.word[0];
  const lastWord = body[to - 1]?.word;
  const last = lastWord?.[lastWord.length - 1];
  if (!first || !last) throw new Error('empty run');
  return { from: first.src, to: last.src + 1 };
}

/** Indices where a sentence starts, and (exclusive) where one ends. */
function sentenceBounds(body: readonly BodyWord[]) {
  const starts = [0];
  const ends: number[] = [];
  body.forEach((entry, index) => {
    if (entry.sentenceEnd) {
      ends.push(index + 1);
      if (index + 1 < body.length) starts.push(index + 1);
    }
  });
  return { starts, ends };
}

/**
 * A contiguous run of about `length` words ([from, to) into body). At word boundaries it starts
 * anywhere; at sentence boundaries it is whole sentences, the count nearest `length` within
 * [min, max] (null if there is none).
 */
export function chooseRun(
  body: readonly BodyWord[],
  length: number,
  bounds: 'words' | 'sentences',
  limits: { min: number; max: number; minSentences?: number },
  random: () => number,
): { from: number; to: number } | null {
  if (bounds === 'words') {
    const size = Math.min(length, body.length);
    if (size < limits.min) return null;
    const from = randomInt(random, 0, body.length - size);
    return { from, to: from + size };
  }
  const { starts, ends } = sentenceBounds(body);
  for (const from of shuffled(starts, random)) {
    let best: { from: number; to: number } | null = null;
    let sentences = 0;
    for (const to of ends) {
      if (to <= from) continue;
      sentences++;
      const size = to - from;
      if (size < limits.min || sentences < (limits.minSentences ?? 1)) continue;
      if (size > limits.max) break;
      if (!best || Math.abs(size - length) < Math.abs(best.to - best.from - length)) {
        best = { from, to };
      }
    }
    if (best) return best;
  }
  return null;
}

/**
 * Inserts `run` into `host` before word `at` (counted over the whole host): between paragraphs
 * when `at` starts one or when `between`, otherwise splitting the paragraph.
 */
export function insertRun(
  host: readonly TParagraph[],
  run: readonly TParagraph[],
  at: number,
  between: boolean,
): TParagraph[] {
  const out: TParagraph[] = [];
  let seen = 0;
  let done = false;
  for (const paragraph of host) {
    if (!done && at >= seen && at < seen + paragraph.length) {
      const cut = at - seen;
      if (between || cut === 0) {
        out.push(...run.map((p) => [...p]), [...paragraph]);
      } else {
        const head = paragraph.slice(0, cut);
        const tail = paragraph.slice(cut);
        if (run.length === 1) out.push([...head, ...(run[0] ?? []), ...tail]);
        else {
          out.push([...head, ...(run[0] ?? [])]);
          out.push(...run.slice(1, -1).map((p) => [...p]));
          out.push([...(run[run.length - 1] ?? []), ...tail]);
        }
      }
      done = true;
    } else out.push([...paragraph]);
    seen += paragraph.length;
  }
  if (!done) out.push(...run.map((p) => [...p]));
  return out;
}

function randomWrap(random: () => number, hyphenate: number): WrapOptions {
  return {
    width: randomInt(random, 60, 180),
    style: random() < 0.7 ? 'blank' : 'indent',
    indent: randomInt(random, 2, 6),
    hyphenate,
  };
}

class Pool {
  readonly all: Prepared[];
  constructor(articles: readonly BbcArticle[]) {
    this.all = articles.map(prepare);
  }
  others(category: string, random: () => number): Prepared[] {
    return shuffled(
      this.all.filter((entry) => entry.article.category !== category),
      random,
    );
  }
}

/** Paragraphs of other-category articles, in whole articles, until `words` are reached. */
function hostText(
  pool: Pool,
  category: string,
  words: number,
  minArticles: number,
  random: () => number,
) {
  const paragraphs: TParagraph[] = [];
  let total = 0;
  let articles = 0;
  for (const other of pool.others(category, random)) {
    if (total >= words && articles >= minArticles) break;
    const untracked = parseText(other.article.text, false);
    paragraphs.push(...untracked);
    total += countWords(untracked);
    articles++;
  }
  return { paragraphs, articles };
}

/** Where a run goes into its host. */
export const PLACEMENTS = ['between paragraphs', 'between sentences', 'inside a sentence'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/**
 * A word index of the host to insert before: the start of a paragraph (or the end of the host),
 * the start of a sentence that is not the first of its paragraph, or any other word.
 */
export function insertionPoint(
  host: readonly TParagraph[],
  placement: Placement,
  random: () => number,
): number {
  const words = bodyWords(host);
  const starts = words.map((entry, index) => {
    const previous = words[index - 1];
    if (!previous || previous.paragraph !== entry.paragraph) return 'paragraph';
    return previous.sentenceEnd ? 'sentence' : 'inside';
  });
  const wanted =
    placement === 'between paragraphs'
      ? 'paragraph'
      : placement === 'between sentences'
        ? 'sentence'
        : 'inside';
  const points = starts.flatMap((kind, index) => (kind === wanted ? [index] : []));
  if (placement === 'between paragraphs') points.push(words.length);
  return points.length > 0 ? pick(random, points) : words.length;
}

function embedded(
  pool: Pool,
  split: Split,
  spun: boolean,
  count: number,
  wordNet: WordNet,
): EvalItem[] {
  const dataset: DatasetName = spun ? 'embedded-spun' : 'embedded-verbatim';
  const random = seededRandom(seedFor(dataset, split));
  const items: EvalItem[] = [];
  const candidates = pool.all.filter((entry) => entry.body.length >= 60);
  while (items.length < count) {
    const source = pick(random, candidates);
    const bounds = random() < 0.5 ? 'words' : 'sentences';
    const length = randomInt(random, 50, Math.min(700, source.body.length));
    const run = chooseRun(source.body, length, bounds, { min: 50, max: 700 }, random);
    if (!run) continue;
    let paragraphs = runParagraphs(source.body, run.from, run.to);
    let swapped = 0;
    let contentWords = 0;
    if (spun) {
      const result = spin(paragraphs, SPIN_RATE, wordNet, random);
      paragraphs = result.paragraphs;
      swapped = result.swapped;
      contentWords = result.contentWords;
    }
    const runWords = run.to - run.from;
    const host = hostText(pool, source.article.category, runWords * 10, 3, random);
    const hostWords = countWords(host.paragraphs);
    const placement = pick(random, PLACEMENTS);
    const at = insertionPoint(host.paragraphs, placement, random);
    const bWrap = randomWrap(random, 0.5);
    const bChars = addNoise(
      wrap(
        insertRun(host.paragraphs, paragraphs, at, placement === 'between paragraphs'),
        bWrap,
        random,
      ),
      OCR_NOISE,
      random,
    );
    const aWrapped = random() < 0.5;
    const aWrap = randomWrap(random, 0);
    const aChars = aWrapped
      ? wrap(source.paragraphs, aWrap, random)
      : identityChars(source.article.text);
    const range = sourceRange(source.body, run.from, run.to);
    const aSpan = spanOf(aChars, range.from, range.to);
    const bSpan = spanOf(bChars, range.from, range.to);
    if (!aSpan || !bSpan) throw new Error('a copied run vanished');
    const id = `${dataset}/${split}/${String(items.length).padStart(3, '0')}`;
    items.push({
      id,
      dataset,
      a: toText(aChars),
      b: toText(bChars),
      cases: [{ a: aSpan, b: bSpan }],
      copy: null,
      contentWords,
      swapped,
      facets: {
        placement,
        bounds: `${bounds} bounds`,
        length: runWords < 100 ? '50–99 words' : runWords < 300 ? '100–299 words' : '300–700 words',
      },
      note:
        `${runWords} words of ${source.article.name} at ${bounds} bounds, ` +
        `${placement} in ${host.articles} articles ` +
        `(${hostWords} words); B wrapped at ${bWrap.width} (${bWrap.style}) with OCR noise; ` +
        `A ${aWrapped ? `wrapped at ${aWrap.width} (${aWrap.style})` : 'as stored'}`,
    });
  }
  return items;
}

/** Swaps sides half of the time so no side is always the copy. */
function orient(
  random: () => number,
  origin: string,
  copy: string,
  cases: ReusePair[],
): { a: string; b: string; cases: ReusePair[]; origin: 'a' | 'b' } {
  if (random() < 0.5) return { a: origin, b: copy, cases, origin: 'a' };
  return { a: copy, b: origin, cases: cases.map(({ a, b }) => ({ a: b, b: a })), origin: 'b' };
}

/** A spun copy of `origin` (characters tracked to it) whose `range` is the copied run. */
function spunCopyItem(
  random: () => number,
  id: string,
  dataset: DatasetName,
  copy: { origin: string; chars: TChar[]; range: { from: number; to: number } },
  spun: { contentWords: number; swapped: number },
  extent: 'whole' | 'partial',
  note: (origin: 'a' | 'b') => string,
): EvalItem {
  const originSpan = spanOf(identityChars(copy.origin), copy.range.from, copy.range.to);
  const copySpan = spanOf(copy.chars, copy.range.from, copy.range.to);
  if (!originSpan || !copySpan) throw new Error(`${id}: the copied run vanished`);
  const sides = orient(random, copy.origin, toText(copy.chars), [{ a: originSpan, b: copySpan }]);
  return {
    id,
    dataset,
    a: sides.a,
    b: sides.b,
    cases: sides.cases,
    copy: true,
    extent,
    origin: sides.origin,
    contentWords: spun.contentWords,
    swapped: spun.swapped,
    note: note(sides.origin),
  };
}

function partialSpun(pool: Pool, split: Split, count: number, wordNet: WordNet): EvalItem[] {
  const dataset: DatasetName = 'partial-spun-copy';
  const random = seededRandom(seedFor(dataset, split));
  const items: EvalItem[] = [];
  const candidates = pool.all.filter((entry) => entry.body.length >= 120);
  while (items.length < count) {
    const source = pick(random, candidates);
    const total = source.body.length;
    const share = 0.35 + random() * 0.3;
    const run = chooseRun(
      source.body,
      Math.round(share * total),
      'sentences',
      { min: Math.ceil(0.35 * total), max: Math.floor(0.65 * total), minSentences: 3 },
      random,
    );
    if (!run) continue;
    const spun = spin(runParagraphs(source.body, run.from, run.to), SPIN_RATE, wordNet, random);
    const runWords = run.to - run.from;
    const padWords = Math.round(runWords * (1 + 2 * random()));
    const pad = hostText(pool, source.article.category, padWords, 1, random);
    // Whole paragraphs until the padding is long enough, split into before and after the run.
    const paragraphs: TParagraph[] = [];
    let words = 0;
    for (const paragraph of pad.paragraphs) {
      if (words >= padWords) break;
      paragraphs.push(paragraph);
      words += paragraph.length;
    }
    const cut = randomInt(random, 0, paragraphs.length);
    const copyChars = renderPlain([
      ...paragraphs.slice(0, cut),
      ...spun.paragraphs,
      ...paragraphs.slice(cut),
    ]);
    const range = sourceRange(source.body, run.from, run.to);
    const id = `${dataset}/${split}/${String(items.length).padStart(3, '0')}`;
    const copy = { origin: source.article.text, chars: copyChars, range };
    items.push(
      spunCopyItem(
        random,
        id,
        dataset,
        copy,
        spun,
        'partial',
        (origin) =>
          `${runWords} of ${total} body words (${Math.round((100 * runWords) / total)}%) of ` +
          `${source.article.name}, spun, with ${words} words of padding (${cut} paragraphs before); ` +
          `origin is ${origin}`,
      ),
    );
  }
  return items;
}

function wholeSpun(pool: Pool, split: Split, count: number, wordNet: WordNet): EvalItem[] {
  const dataset: DatasetName = 'whole-spun-copy';
  const random = seededRandom(seedFor(dataset, split));
  const items: EvalItem[] = [];
  for (const source of shuffled(pool.all, random).slice(0, count)) {
    const spun = spin(source.paragraphs, SPIN_RATE, wordNet, random);
    const copyChars = renderPlain(spun.paragraphs);
    const id = `${dataset}/${split}/${String(items.length).padStart(3, '0')}`;
    const range = { from: 0, to: identityChars(source.article.text).length };
    const copy = { origin: source.article.text, chars: copyChars, range };
    items.push(
      spunCopyItem(
        random,
        id,
        dataset,
        copy,
        spun,
        'whole',
        (origin) => `${source.article.name} spun whole; origin is ${origin}`,
      ),
    );
  }
  return items;
}

/** Lowercased word n-grams of a text, as strings. */
export function wordGrams(text: string, n: number): Set<string> {
  const words = lowerWords(text);
  const grams = new Set<string>();
  for (let index = 0; index + n <= words.length; index++) {
    grams.add(words.slice(index, index + n).join(' '));
  }
  return grams;
}

function shareGram(x: Set<string>, y: Set<string>): boolean {
  for (const gram of x) if (y.has(gram)) return true;
  return false;
}

function differentStories(pool: Pool, split: Split, count: number): EvalItem[] {
  const dataset: DatasetName = 'same-topic-different-stories';
  const random = seededRandom(seedFor(dataset, split));
  const items: EvalItem[] = [];
  const grams = new Map<string, Set<string>>();
  const gramsOf = (entry: Prepared) => {
    let found = grams.get(entry.article.name);
    if (!found) grams.set(entry.article.name, (found = wordGrams(entry.article.text, 8)));
    return found;
  };
  const used = new Set<string>();
  while (items.length < count) {
    const x = pick(random, pool.all);
    const y = pick(random, pool.all);
    const key = [x.article.name, y.article.name].sort().join(' ');
    if (x === y || x.article.category !== y.article.category || used.has(key)) continue;
    if (shareGram(gramsOf(x), gramsOf(y))) continue;
    used.add(key);
    items.push({
      id: `${dataset}/${split}/${String(items.length).padStart(3, '0')}`,
      dataset,
      a: x.article.text,
      b: y.article.text,
      cases: [],
      copy: false,
      note: `${x.article.name} and ${y.article.name}: same category, no shared 8-word sequence`,
    });
  }
  return items;
}

/** The article with a credit line added as its wording's place says. */
function credited(
  paragraphs: readonly TParagraph[],
  line: string,
  place: 'end' | 'top' | 'dateline',
  beforeHeadline: boolean,
): TChar[] {
  const words = (text: string) => parseText(text, false);
  const out = paragraphs.map((p) => [...p]);
  if (place === 'end') out.push(...words(line));
  else if (place === 'top') out.splice(beforeHeadline ? 0 : 1, 0, ...words(line));
  else {
    const first = out[1];
    if (first) out[1] = [...(words(line)[0] ?? []), ...first];
  }
  return renderPlain(out);
}

function attribution(pool: Pool, split: Split, sizes: Sizes, wordNet: WordNet): EvalItem[] {
  const dataset: DatasetName = 'attribution';
  const random = seededRandom(seedFor(dataset, split));
  const items: EvalItem[] = [];
  const sources = shuffled(pool.all, random);
  const total = sizes.attributed + sizes.unattributed;
  for (const [index, source] of sources.slice(0, total).entries()) {
    const withLine = index < sizes.attributed;
    const spun = random() < 0.5;
    const paragraphs = spun
      ? spin(source.paragraphs, 0.1, wordNet, random).paragraphs
      : source.paragraphs;
    const wording = CREDIT_WORDINGS[index % CREDIT_WORDINGS.length];
    if (!wording) throw new Error('no credit wordings');
    const outlet = pick(random, OUTLETS);
    const headline = (source.paragraphs[0] ?? []).map(wordText).join(' ');
    const line = wording.render(outlet, random, headline);
    const beforeHeadline = random() < 0.5;
    const copy = withLine
      ? toText(credited(paragraphs, line, wording.place, beforeHeadline))
      : toText(renderPlain(paragraphs));
    const sides = orient(random, source.article.text, copy, []);
    items.push({
      id: `${dataset}/${split}/${String(items.length).padStart(3, '0')}`,
      dataset,
      a: sides.a,
      b: sides.b,
      cases: [],
      copy: true,
      origin: withLine ? sides.origin : null,
      credit: withLine ? wording.id : 'none',
      note:
        `${source.article.name} ${spun ? 'lightly spun (10%)' : 'verbatim'}` +
        (withLine ? `, credit "${line}" (${wording.place})` : ', no credit line') +
        `; copy is ${sides.origin === 'a' ? 'b' : 'a'}`,
    });
  }
  return items;
}

const clip = (text: string) => JSON.stringify(text.length > 140 ? `${text.slice(0, 139)}…` : text);

/** Random pairs of sentences (≥ 8 words) from different stories: nothing to align. */
function randomSentencePairs(pool: Pool, split: Split, count: number): EvalItem[] {
  const dataset: DatasetName = 'random-sentence-pairs';
  const random = seededRandom(seedFor(dataset, split));
  const items: EvalItem[] = [];
  const sentencesOf = (entry: Prepared) =>
    splitSentences(entry.article.text)
      .slice(1)
      .filter((sentence) => lowerWords(sentence).length >= 8);
  while (items.length < count) {
    const x = pick(random, pool.all);
    const y = pick(random, pool.all);
    if (x === y || x.article.category === y.article.category) continue;
    const a = sentencesOf(x);
    const b = sentencesOf(y);
    if (a.length === 0 || b.length === 0) continue;
    const first = pick(random, a);
    const second = pick(random, b);
    items.push({
      id: `${dataset}/${split}/${String(items.length).padStart(3, '0')}`,
      dataset,
      a: first,
      b: second,
      cases: [],
      copy: false,
      label: false,
      note: `${x.article.name} and ${y.article.name}: ${clip(first)} / ${clip(second)}`,
    });
  }
  return items;
}

/** A labelled sentence pair as stored in data/sentence-pairs.jsonl. */
export interface SentencePair {
  id: string;
  a: string;
  b: string;
  label: 'same' | 'different';
  origin: string;
  split: Split;
}

function labelledSentencePairs(pairs: readonly SentencePair[], split: Split): EvalItem[] {
  return pairs
    .filter((pair) => pair.split === split)
    .map((pair) => ({
      id: `sentence-pairs/${split}/${pair.id}`,
      dataset: 'sentence-pairs' as const,
      a: pair.a,
      b: pair.b,
      cases: [],
      copy: null,
      label: pair.label === 'same',
      note: `${pair.origin}: ${clip(pair.a)} / ${clip(pair.b)}`,
    }));
}

/** Every dataset of one split. */
export function buildSplit(
  articles: readonly BbcArticle[],
  split: Split,
  wordNet: WordNet,
  sentencePairs: readonly SentencePair[],
  sizes: Sizes = DEFAULT_SIZES,
): EvalItem[] {
  const pool = new Pool(articles.filter((article) => splitOf(article.name) === split));
  return [
    ...embedded(pool, split, false, sizes.embedded, wordNet),
    ...embedded(pool, split, true, sizes.embedded, wordNet),
    ...partialSpun(pool, split, sizes.partial, wordNet),
    ...wholeSpun(pool, split, sizes.whole, wordNet),
    ...differentStories(pool, split, sizes.differentStories),
    ...attribution(pool, split, sizes, wordNet),
    ...labelledSentencePairs(sentencePairs, split),
    ...randomSentencePairs(pool, split, sizes.randomSentencePairs),
  ];
}
