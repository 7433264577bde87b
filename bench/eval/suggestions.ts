// Suggestion scoring against the hand-labelled sentence pairs (data/sentence-pairs.jsonl): does
// the score that ranks "possibly said elsewhere" candidates (main/core/claims/passage-match.ts)
// tell sentences saying the same thing from other sentences of the same reports? The claim is
// sentence a, the candidate sentence b, with no paragraph around either (names and numbers come
// from the sentences alone, a harder case than the app's). The threshold is the app's,
// MIN_MATCH_SCORE, never tuned here; the word-overlap baseline's threshold is chosen on dev.
//
//   tsx bench/eval/suggestions.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_MATCH_SCORE } from '../../main/core/claims/find-suggestions';
import { matchTerms, scoreSentence, TermWeights } from '../../main/core/claims/passage-match';
import { chooseThreshold, jaccard } from './baselines/word-overlap';

interface Pair {
  a: string;
  b: string;
  label: 'same' | 'different';
  split: 'dev' | 'test';
}

const pairs = readFileSync(join(import.meta.dirname, 'data', 'sentence-pairs.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Pair);

const weights = new TermWeights();
for (const pair of pairs) {
  weights.add(matchTerms(pair.a).stems);
  weights.add(matchTerms(pair.b).stems);
}

function suggestionScore(pair: Pair): number {
  const claim = matchTerms(pair.a);
  const sentence = matchTerms(pair.b);
  return scoreSentence(claim, claim, sentence, sentence, weights).score;
}

function rates(scored: ReadonlyArray<{ score: number; label: boolean }>, cut: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { score, label } of scored) {
    if (score >= cut && label) tp++;
    else if (score >= cut) fp++;
    else if (label) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const split = (name: Pair['split'], score: (pair: Pair) => number) =>
  pairs
    .filter((pair) => pair.split === name)
    .map((pair) => ({ score: score(pair), label: pair.label === 'same' }));

const f = (value: number) => value.toFixed(2);
const jaccardCut = chooseThreshold(split('dev', (pair) => jaccard(pair.a, pair.b)));
const scoreCut = chooseThreshold(split('dev', suggestionScore));
const rows: Array<[string, ReturnType<typeof rates>]> = [
  [
    `suggestion score ≥ ${f(scoreCut)} (best cut on dev, for comparison)`,
    rates(split('test', suggestionScore), scoreCut),
  ],
  [
    `suggestion score ≥ ${MIN_MATCH_SCORE} (the app's)`,
    rates(split('test', suggestionScore), MIN_MATCH_SCORE),
  ],
  [
    `word overlap (Jaccard ≥ ${f(jaccardCut)}, chosen on dev)`,
    rates(
      split('test', (pair) => jaccard(pair.a, pair.b)),
      jaccardCut,
    ),
  ],
];
const test = pairs.filter((pair) => pair.split === 'test');
console.log(
  `Suggestion scoring, test split: ${test.length} pairs, ${test.filter((p) => p.label === 'same').length} saying the same thing\n`,
);
console.log('| method | precision | recall | F1 |\n| --- | --- | --- | --- |');
for (const [name, r] of rows)
  console.log(`| ${name} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.f1)} |`);
