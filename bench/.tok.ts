import { tokenize } from '../main/core/search/tokens';
import { analyzerFor } from '../main/search/analysis';
import { loadBbcArticles } from './bbc-corpus';
const texts = loadBbcArticles().slice(0, 500).flatMap((a) => a.text.split('\n\n'));
const an = analyzerFor('en');
for (const t of texts) an.tokens(t);
for (let r = 0; r < 3; r++) {
  let s = performance.now();
  let n = 0;
  for (const t of texts) n += tokenize(t).length;
  const a = performance.now() - s; s = performance.now();
  for (const t of texts) n += an.tokens(t).length;
  const b = performance.now() - s; s = performance.now();
  for (const t of texts) for (const tok of tokenize(t)) n += an.indexTerm(tok.term) ? 1 : 0;
  const c = performance.now() - s;
  console.log('tokenize', a.toFixed(0), 'analyzer.tokens', b.toFixed(0), 'tokenize+indexTerm', c.toFixed(0));
}
