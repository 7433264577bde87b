// Scores how likely a sentence of another report states the same fact as a claim, when its
// words are not copied: the claim's content words (stemmed, weighted by how rare they are in
// the case) found in the sentence, and the names and numbers around the claim found in the
// sentence's paragraph. "Putin's first meeting with Kim was held in 2019 in the city" says
// what "held his first — and so far only — meeting with Mr. Putin in Vladivostok" says,
// with 2019 and Vladivostok given in the sentences around each.

import lunr from 'lunr';
import { STOP_WORDS } from '../align/stop-words';

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;
const NAME = /^\p{Lu}/u;
const NUMBER = /^\p{N}+$/u;
/** Capitalised words that start sentences or titles without naming anything. */
const NOT_NAMES = new Set(['mr', 'mrs', 'ms', 'dr', 'president', 'leader', 'minister']);

function stem(word: string): string {
  const lower = word
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return lunr.stemmer(new lunr.Token(lower, {})).toString();
}

/** What a text offers for matching: content-word stems, and names and numbers as written. */
export interface MatchTerms {
  stems: Set<string>;
  /** Lower-cased names ("vladivostok") and numbers ("2019"), with how they were written. */
  keys: Map<string, string>;
}

export function matchTerms(text: string): MatchTerms {
  const stems = new Set<string>();
  const keys = new Map<string, string>();
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/['’]s?$/, '');
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower) || lower.length < 2) continue;
    stems.add(stem(word));
    const isNumber = NUMBER.test(word) && word.length >= 2;
    if (isNumber || (NAME.test(word) && !NOT_NAMES.has(lower))) keys.set(lower, word);
  }
  return { stems, keys };
}

/** Inverse document frequency over sentences: rare words weigh more. */
export class TermWeights {
  private readonly counts = new Map<string, number>();
  private documents = 0;

  add(stems: Iterable<string>): void {
    this.documents += 1;
    for (const term of stems) this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
  }

  weight(term: string): number {
    return Math.log(1 + (this.documents + 1) / ((this.counts.get(term) ?? 0) + 1));
  }
}

export interface SentenceMatch {
  /** 0..1. */
  score: number;
  sharedWords: string[];
  sharedKeys: string[];
}

/** Weight of the claim's content words against that of the names and numbers around it. */
const WORD_SHARE = 0.65;

/**
 * How well a sentence (and the names and numbers of its paragraph) matches a claim: the share of
 * the claim's word weight found in the sentence, and the share of the claim's names and numbers
 * found in the sentence's paragraph.
 */
export function scoreSentence(
  claim: MatchTerms,
  claimContext: MatchTerms,
  sentence: MatchTerms,
  paragraph: MatchTerms,
  weights: TermWeights,
): SentenceMatch {
  let total = 0;
  let found = 0;
  const sharedWords: string[] = [];
  for (const term of claim.stems) {
    const weight = weights.weight(term);
    total += weight;
    if (sentence.stems.has(term)) {
      found += weight;
      sharedWords.push(term);
    }
  }
  const sharedKeys: string[] = [];
  for (const [key, written] of claimContext.keys) {
    if (paragraph.keys.has(key) || sentence.keys.has(key)) sharedKeys.push(written);
  }
  const wordShare = total > 0 ? found / total : 0;
  const keyShare = claimContext.keys.size > 0 ? sharedKeys.length / claimContext.keys.size : 0;
  return {
    score: WORD_SHARE * wordShare + (1 - WORD_SHARE) * keyShare,
    sharedWords,
    sharedKeys,
  };
}
