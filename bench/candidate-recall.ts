// How much the LSH shortcut misses: one BBC category aligned exhaustively (every pair) against
// compareCorpus over the same articles.
import { benchFacts } from './facts';
import type { RelationVerdict } from '../preload/contract';
import { alignPrepared, judgeRelation, prepareText, Vocabulary } from '../main/core/align';
import { compareCorpus } from '../main/core/corpus';
import type { BbcArticle } from './bbc-corpus';
import { figure } from './report';

export function benchCandidateRecall(articles: readonly BbcArticle[], category: string): void {
  const docs = articles
    .filter((article) => article.category === category)
    .map((article, index) => ({ facts: benchFacts(index + 1, article.name), text: article.text }));
  const start = performance.now();
  const vocabulary = new Vocabulary();
  const prepared = docs.map((doc) => ({
    facts: doc.facts,
    text: prepareText(doc.text, vocabulary),
  }));
  const exhaustive = new Map<string, RelationVerdict>();
  prepared.forEach((first, i) => {
    for (const second of prepared.slice(i + 1)) {
      const alignment = alignPrepared(first.text, second.text);
      const { verdict } = judgeRelation(alignment, first.facts, second.facts);
      if (verdict !== 'independent')
        exhaustive.set(`${first.facts.id}:${second.facts.id}`, verdict);
    }
  });
  const exhaustiveMs = performance.now() - start;
  const lshStart = performance.now();
  const found = new Map(
    compareCorpus(docs).map(({ relation }) => [`${relation.a}:${relation.b}`, relation.verdict]),
  );
  const lshMs = performance.now() - lshStart;
  const count = (map: Map<string, RelationVerdict>, verdict: RelationVerdict) =>
    [...map.values()].filter((value) => value === verdict).length;
  const kept = (verdict: RelationVerdict) =>
    [...exhaustive].filter(([key, value]) => value === verdict && found.get(key) === verdict)
      .length;
  const pairs = (docs.length * (docs.length - 1)) / 2;
  figure(
    `exhaustive check: all ${pairs.toLocaleString('en')} pairs of ${docs.length} ${category} articles`,
    `${(exhaustiveMs / 1000).toFixed(1)} s (${((exhaustiveMs * 1000) / pairs).toFixed(0)} µs/pair): ${count(exhaustive, 'derived-copy')} derived copies, ${count(exhaustive, 'shares-passages')} sharing passages`,
  );
  figure(
    '   compareCorpus (LSH candidates) on the same articles',
    `${(lshMs / 1000).toFixed(2)} s: finds ${kept('derived-copy')}/${count(exhaustive, 'derived-copy')} derived copies, ${kept('shares-passages')}/${count(exhaustive, 'shares-passages')} sharing passages`,
  );
}
