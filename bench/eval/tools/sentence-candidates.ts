// How the candidates for data/sentence-pairs.jsonl were chosen (run once; the labels were then
// given by a person reading each pair). Never uses the engine.
//
//   npx tsx bench/eval/tools/sentence-candidates.ts > candidates.jsonl
//
// Sources: the five seed reports of the Kim–Putin meeting (cross-report pairs; 001 is a spun copy
// of 000, so only a few 000–001 pairs), and BBC articles that are two versions of one story
// (found by content-word overlap of the whole articles, 0.30–0.90 Jaccard, same category). Within
// a source pair, sentence pairs must share a name (a capitalised word) and are sampled over a
// spread of content-word overlap: each sentence's best partner (likely the same content) and
// other same-name partners (likely not), so both labels and low-overlap pairs appear.
//
// That first stage gave few positives (51 of 336 judged the same), so a second stage adds each
// sentence's best partner at 0.25–0.95 overlap from more BBC story pairs (0.20–0.90 Jaccard),
// where a reworded version of the same sentence is most likely; it is labelled the same way.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../../main/core/corpus';
import { appRoot } from '../../../main/paths';
import { loadBbcArticles, shuffled } from '../../bbc-corpus';
import { lowerWords, splitSentences } from '../sentences';

const SEEDS_DIR = join(appRoot, '..', 'shared', 'seeds');
const FUNCTION = new Set(
  'the a an of to in and or for on at by with from as is was were be been has have had it its that this which who said he she they we but not are will would also his her their there than more after before over into about up out one two new'.split(
    ' ',
  ),
);
const STARTERS = new Set(
  'The A An In On But And He She It They This That Mr Mrs Ms Dr Its His Her Their There However While When As At If For With After Before Since We I You Some Many'.split(
    ' ',
  ),
);

export function names(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const token of sentence.split(/\s+/)) {
    const word = token.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '').replace(/['’]s$/, '');
    if (/^[A-Z][A-Za-z-]{1,}$/.test(word) && !STARTERS.has(word)) out.add(word);
  }
  return out;
}

export function contentJaccard(a: string, b: string): number {
  const x = new Set(lowerWords(a).filter((word) => !FUNCTION.has(word)));
  const y = new Set(lowerWords(b).filter((word) => !FUNCTION.has(word)));
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

interface Candidate {
  id: string;
  a: string;
  b: string;
  origin: string;
  overlap: number;
  best: boolean;
}

const flat = (sentence: string) => sentence.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").trim();
const usable = (sentence: string) => {
  const count = lowerWords(sentence).length;
  return count >= 6 && count <= 70;
};

function candidatesFor(origin: string, x: string[], y: string[]): Candidate[] {
  const out: Candidate[] = [];
  const xs = x.filter(usable);
  const ys = y.filter(usable);
  for (const [i, a] of xs.entries()) {
    const scored = ys
      .map((b, j) => ({ b, j, overlap: contentJaccard(a, b) }))
      .filter(({ b }) => flat(a) !== flat(b))
      .filter(({ b }) => [...names(a)].some((name) => names(b).has(name)));
    const best = Math.max(-1, ...scored.map((entry) => entry.overlap));
    for (const entry of scored) {
      out.push({
        id: `${origin}#${i}-${entry.j}`,
        a: flat(a),
        b: flat(entry.b),
        origin,
        overlap: entry.overlap,
        best: entry.overlap === best,
      });
    }
  }
  return out;
}

const BUCKETS = [0, 0.1, 0.2, 0.35, 0.5, 0.7, 1.01];
const bucketOf = (overlap: number) => BUCKETS.findIndex((edge) => overlap < edge) - 1;

/** Up to `perBucket` best-match and `perBucket` other pairs in each overlap bucket. */
function sample(candidates: Candidate[], perBucket: number, random: () => number): Candidate[] {
  const chosen: Candidate[] = [];
  const used = new Map<string, number>();
  for (let bucket = 0; bucket < BUCKETS.length - 1; bucket++) {
    for (const best of [true, false]) {
      const pool = shuffled(
        candidates.filter((c) => bucketOf(c.overlap) === bucket && c.best === best),
        random,
      );
      let taken = 0;
      for (const candidate of pool) {
        if (taken >= perBucket) break;
        // Each sentence in at most two chosen pairs, so no one sentence dominates.
        if ((used.get(candidate.a) ?? 0) >= 2 || (used.get(candidate.b) ?? 0) >= 2) continue;
        used.set(candidate.a, (used.get(candidate.a) ?? 0) + 1);
        used.set(candidate.b, (used.get(candidate.b) ?? 0) + 1);
        chosen.push(candidate);
        taken++;
      }
    }
  }
  return chosen;
}

function seedCandidates(random: () => number): Candidate[] {
  const files = readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const reports = files.map((name) => splitSentences(readFileSync(join(SEEDS_DIR, name), 'utf8')));
  const label = (index: number) => files[index]?.slice(0, 3) ?? String(index);
  const out: Candidate[] = [];
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const origin = `seeds:${label(i)}~${label(j)}`;
      const pairs = candidatesFor(origin, reports[i] ?? [], reports[j] ?? []);
      // 001 is a spun copy of 000, and the same as 000 against the others: few of those.
      const copyPair = label(i) === '000' && label(j) === '001';
      if (label(i) === '001' || (label(j) === '001' && !copyPair)) continue;
      out.push(...sample(pairs, copyPair ? 2 : 4, random));
    }
  }
  return out;
}

function storyPairs(low: number, high: number): Array<[number, number]> {
  const articles = loadBbcArticles();
  const sets = articles.map(
    (article) => new Set(lowerWords(article.text).filter((word) => !FUNCTION.has(word))),
  );
  const stories: Array<[number, number]> = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      if (articles[i]?.category !== articles[j]?.category) continue;
      const x = sets[i] ?? new Set();
      const y = sets[j] ?? new Set();
      let shared = 0;
      for (const word of x) if (y.has(word)) shared++;
      const jaccard = shared / (x.size + y.size - shared);
      if (jaccard >= low && jaccard < high) stories.push([i, j]);
    }
  }
  return stories;
}

function bbcCandidates(random: () => number): Candidate[] {
  const articles = loadBbcArticles();
  const stories = storyPairs(0.3, 0.9);
  // One story pair per article, so a story told five times does not fill the set.
  const seen = new Set<number>();
  const out: Candidate[] = [];
  for (const [i, j] of shuffled(stories, random)) {
    if (seen.has(i) || seen.has(j)) continue;
    seen.add(i);
    seen.add(j);
    const x = articles[i];
    const y = articles[j];
    if (!x || !y) continue;
    const origin = `bbc:${x.name}~${y.name}`;
    const pairs = candidatesFor(
      origin,
      splitSentences(x.text).slice(1), // not the headline
      splitSentences(y.text).slice(1),
    );
    out.push(...shuffled(sample(pairs, 1, random), random).slice(0, 3));
  }
  return out;
}

/** Stage two: best partners at 0.25–0.95 overlap, at most two per story pair. */
function bbcBestPartners(random: () => number, taken: ReadonlySet<string>, count: number) {
  const articles = loadBbcArticles();
  const out: Candidate[] = [];
  for (const [i, j] of shuffled(storyPairs(0.2, 0.9), random)) {
    if (out.length >= count) break;
    const x = articles[i];
    const y = articles[j];
    if (!x || !y) continue;
    const origin = `bbc:${x.name}~${y.name}`;
    const pairs = candidatesFor(
      origin,
      splitSentences(x.text).slice(1),
      splitSentences(y.text).slice(1),
    ).filter((c) => c.best && c.overlap >= 0.25 && c.overlap < 0.95 && !taken.has(c.id));
    out.push(...shuffled(pairs, random).slice(0, 2));
  }
  return out.slice(0, count);
}

const random = seededRandom(20230912); // the day Kim Jong-un's train crossed into Russia
const first = [...seedCandidates(random), ...bbcCandidates(random)];
const second = bbcBestPartners(random, new Set(first.map((c) => c.id)), 110);
for (const candidate of [...first, ...second]) console.log(JSON.stringify(candidate));
