// A labelled text-reuse set built from BBC articles, standing in for public corpora (PAN, Webis)
// that cannot be downloaded here. Four classes, each pair's known reuse as code-point spans.
import type { ReusePair } from '../main/core/corpus';
import { codePointLength } from '../main/core/text/code-points';
import { shuffled, type BbcArticle } from './bbc-corpus';
import { obfuscate } from './perturb';

export type PairClass = 'verbatim' | 'obfuscated' | 'negative' | 'spun-copy';

export const PAIR_CLASSES: readonly PairClass[] = [
  'verbatim',
  'obfuscated',
  'negative',
  'spun-copy',
];

/** What was done to build each class; printed next to its figures. */
export const CLASS_DESCRIPTIONS: Record<PairClass, string> = {
  verbatim:
    '1–5 consecutive sentences of article X inserted unchanged as a paragraph of article Y (another category)',
  obfuscated:
    'as verbatim, with 30% of the passage content words swapped for table synonyms or number word ↔ digits',
  negative:
    'two different articles of the same category sharing no 8-word sequence (same topic, other events)',
  'spun-copy':
    'a whole article against itself with 30% of its content words swapped (synonyms, number word ↔ digits)',
};

export interface LabelledPair {
  id: string;
  kind: PairClass;
  a: string;
  b: string;
  /** The known reuse; empty for negatives. */
  cases: ReusePair[];
  /** For the obfuscated classes: content words in the changed text and how many were swapped. */
  contentWords: number;
  replaced: number;
}

const OBFUSCATION_RATE = 0.3;

/** UTF-16 offsets where a sentence starts in the body (after the headline's blank line). */
function sentenceStarts(text: string): number[] {
  const bodyStart = text.indexOf('\n\n') + 2;
  const starts = [bodyStart];
  for (const match of text.slice(bodyStart).matchAll(/[.!?]["”’']?\s+(?=["“‘']?[A-Z0-9])/g)) {
    starts.push(bodyStart + match.index + match[0].length);
  }
  return starts;
}

/** UTF-16 offsets just after each paragraph break of the body, where a passage may go. */
function paragraphStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(/\n\n/g)) starts.push(match.index + 2);
  return starts.slice(1); // not before the headline's body: the headline stays first
}

function eightGrams(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];
  const grams = new Set<string>();
  for (let index = 0; index + 8 <= words.length; index++) {
    grams.add(words.slice(index, index + 8).join(' '));
  }
  return grams;
}

function sharesEightGram(x: string, y: string): boolean {
  const grams = eightGrams(x);
  for (const gram of eightGrams(y)) if (grams.has(gram)) return true;
  return false;
}

/** Inserts 1–5 sentences of `source` into `host` at a paragraph break, optionally obfuscated. */
function insertPassage(
  id: string,
  kind: 'verbatim' | 'obfuscated',
  source: string,
  host: string,
  random: () => number,
): LabelledPair | null {
  const starts = sentenceStarts(source);
  const slots = paragraphStarts(host);
  if (starts.length < 2 || slots.length === 0) return null;
  const length = 1 + Math.floor(random() * Math.min(5, starts.length - 1));
  const first = Math.floor(random() * (starts.length - length));
  const from = starts[first] ?? 0;
  const to = starts[first + length] ?? source.length;
  const passage = source.slice(from, to).trimEnd();
  const changed =
    kind === 'obfuscated'
      ? obfuscate(passage, OBFUSCATION_RATE, random)
      : { text: passage, contentWords: 0, replaced: 0 };
  const slot = slots[Math.floor(random() * slots.length)] ?? 0;
  const b = `${host.slice(0, slot)}${changed.text}\n\n${host.slice(slot)}`;
  const aStart = codePointLength(source.slice(0, from));
  const bStart = codePointLength(host.slice(0, slot));
  return {
    id,
    kind,
    a: source,
    b,
    cases: [
      {
        a: { start: aStart, end: aStart + codePointLength(passage) },
        b: { start: bStart, end: bStart + codePointLength(changed.text) },
      },
    ],
    contentWords: changed.contentWords,
    replaced: changed.replaced,
  };
}

/** `perClass` pairs of each class, the same on every run for the same articles and seed. */
export function buildReuseDataset(
  articles: readonly BbcArticle[],
  perClass: number,
  random: () => number,
): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  const pick = () => articles[Math.floor(random() * articles.length)] as BbcArticle;
  for (const kind of ['verbatim', 'obfuscated'] as const) {
    for (let made = 0; made < perClass;) {
      const source = pick();
      const host = pick();
      if (source.category === host.category) continue;
      const pair = insertPassage(`${kind}-${made}`, kind, source.text, host.text, random);
      if (pair) {
        pairs.push(pair);
        made++;
      }
    }
  }
  for (let made = 0; made < perClass;) {
    const x = pick();
    const y = pick();
    if (x === y || x.category !== y.category || sharesEightGram(x.text, y.text)) continue;
    pairs.push({
      id: `negative-${made}`,
      kind: 'negative',
      a: x.text,
      b: y.text,
      cases: [],
      contentWords: 0,
      replaced: 0,
    });
    made++;
  }
  for (const [index, x] of shuffled(articles, random).slice(0, perClass).entries()) {
    const spun = obfuscate(x.text, OBFUSCATION_RATE, random);
    pairs.push({
      id: `spun-copy-${index}`,
      kind: 'spun-copy',
      a: x.text,
      b: spun.text,
      cases: [
        {
          a: { start: 0, end: codePointLength(x.text) },
          b: { start: 0, end: codePointLength(spun.text) },
        },
      ],
      contentWords: spun.contentWords,
      replaced: spun.replaced,
    });
  }
  return pairs;
}
