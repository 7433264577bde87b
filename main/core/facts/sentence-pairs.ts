// Which sentences of different sources say the same thing, for listing the facts they state
// differently. Two ways: a paraphrase (the sentences share most of their content words,
// weighted by rarity: Dice over inverse-document-frequency weights), or the same originator
// reported by both (both sentences credit, say, Dmitry Peskov, and the sentence with the one
// before it share enough content words). Candidates come from an inverted index of the rarer
// words, so the work grows with the number of sentences, not its square.

import { matchTerms, TermWeights } from '../claims/passage-match';

/** A sentence of one source. `context` is the sentence before it in its paragraph, or ''. */
export interface FactSentence {
  sourceId: number;
  text: string;
  context: string;
  /** The entity or name key of the originator its attribution credits, or null. */
  originatorKey: string | null;
}

export interface SentencePair {
  a: number;
  b: number;
  score: number;
  via: 'paraphrase' | 'originator';
}

/** Weighted Dice of two sentences' content words at or above which they are paraphrases. */
export const PARAPHRASE_MIN = 0.5;
/** Weighted Dice of sentence-plus-context at or above which two same-originator sentences pair. */
export const SAME_ORIGINATOR_MIN = 0.18;
/** Content words shared by sentence-plus-context at or above which same-originator sentences pair. */
export const SAME_ORIGINATOR_SHARED = 4;
/** A word in more sentences than this does not propose candidates (it still scores them). */
const MAX_POSTINGS = 50;
/** Candidates scored per sentence. */
const MAX_CANDIDATES = 40;
/** Share of the two sentences' summed weight their rarer shared words must reach to be scored. */
const RARE_SHARE_MIN = 0.05;
/** Most same-originator sentences compared pairwise per originator. */
const MAX_ORIGINATOR_GROUP = 300;

/** Term weights looked up once per term. */
class Weights {
  private readonly cache = new Map<string, number>();
  constructor(private readonly weights: TermWeights) {}
  of(term: string): number {
    let weight = this.cache.get(term);
    if (weight === undefined) {
      weight = this.weights.weight(term);
      this.cache.set(term, weight);
    }
    return weight;
  }
  total(set: ReadonlySet<string>): number {
    let sum = 0;
    for (const term of set) sum += this.of(term);
    return sum;
  }
}

function dice(
  x: ReadonlySet<string>,
  y: ReadonlySet<string>,
  weights: Weights,
  total = weights.total(x) + weights.total(y),
) {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  let count = 0;
  for (const term of small) {
    if (large.has(term)) {
      shared += weights.of(term);
      count += 1;
    }
  }
  return { score: total > 0 ? (2 * shared) / total : 0, count };
}

/**
 * Sentence pairs of different sources that say the same thing, each once (a < b). With
 * `isNew`, only pairs where at least one sentence is new (the rest were paired before).
 */
export function pairSentences(
  sentences: readonly FactSentence[],
  isNew: (index: number) => boolean = () => true,
): SentencePair[] {
  const stems = sentences.map((sentence) => matchTerms(sentence.text).stems);
  const termWeights = new TermWeights();
  for (const set of stems) termWeights.add(set);
  const weights = new Weights(termWeights);
  const totals = stems.map((set) => weights.total(set));
  const postings = new Map<string, number[]>();
  stems.forEach((set, index) => {
    for (const term of set) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const pairs = new Map<string, SentencePair>();
  const add = (pair: SentencePair) => {
    const key = `${pair.a}:${pair.b}`;
    const known = pairs.get(key);
    if (!known || known.score < pair.score) pairs.set(key, pair);
  };

  stems.forEach((set, i) => {
    const sourceId = sentences[i]?.sourceId;
    const fresh = isNew(i);
    const shared = new Map<number, number>();
    for (const term of set) {
      const list = postings.get(term);
      if (!list || list.length > MAX_POSTINGS) continue;
      const weight = weights.of(term);
      for (const j of list) {
        if (j >= i || sentences[j]?.sourceId === sourceId || (!fresh && !isNew(j))) continue;
        shared.set(j, (shared.get(j) ?? 0) + weight);
      }
    }
    // The rarer words alone must carry a fair share of both sentences' weight: a paraphrase
    // (weighted Dice ≥ PARAPHRASE_MIN) shares its distinctive words, not only common ones.
    const own = totals[i] ?? 0;
    let kept = 0;
    for (const [j, rare] of shared) {
      if (rare < RARE_SHARE_MIN * (own + (totals[j] ?? 0))) continue;
      const other = stems[j];
      if (!other || kept >= MAX_CANDIDATES) continue;
      kept += 1;
      const { score } = dice(set, other, weights, own + (totals[j] ?? 0));
      if (score >= PARAPHRASE_MIN) add({ a: j, b: i, score, via: 'paraphrase' });
    }
  });

  const byOriginator = new Map<string, number[]>();
  sentences.forEach((sentence, index) => {
    if (sentence.originatorKey === null) return;
    const list = byOriginator.get(sentence.originatorKey);
    if (list) list.push(index);
    else byOriginator.set(sentence.originatorKey, [index]);
  });
  const withContext = new Map<number, Set<string>>();
  const contextOf = (index: number) => {
    let set = withContext.get(index);
    if (!set) {
      const sentence = sentences[index];
      set = matchTerms(`${sentence?.context ?? ''} ${sentence?.text ?? ''}`).stems;
      withContext.set(index, set);
    }
    return set;
  };
  for (const list of byOriginator.values()) {
    const group = list.slice(0, MAX_ORIGINATOR_GROUP);
    if (new Set(group.map((index) => sentences[index]?.sourceId)).size < 2) continue;
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const a = group[x] ?? 0;
        const b = group[y] ?? 0;
        if (sentences[a]?.sourceId === sentences[b]?.sourceId) continue;
        if (!isNew(a) && !isNew(b)) continue;
        const { score, count } = dice(contextOf(a), contextOf(b), weights);
        if (score >= SAME_ORIGINATOR_MIN || count >= SAME_ORIGINATOR_SHARED) {
          add({ a: Math.min(a, b), b: Math.max(a, b), score, via: 'originator' });
        }
      }
    }
  }
  return [...pairs.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}
