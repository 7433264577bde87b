import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseService } from '../main/services/case-service';
import { EventHub } from '../main/services/events';
import { SearchService } from '../main/services/search-service';
import { SourceService } from '../main/services/source-service';
import { inlineDocumentReader } from '../main/services/document-reader';
import { inlineSegmentBuilder } from '../main/search/segment-builder';
import { loadBbcArticles } from './bbc-corpus';
import { parseQuery } from '../main/core/search/query';
import { SEARCH_FIELD_NAMES } from '../main/search/analysis';

const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const cases = new CaseService(null, new EventHub());
const sources = new SourceService(cases, new EventHub(), inlineDocumentReader);
cases.create(join(dir, 'p.corroborate'), 'p');
for (const a of loadBbcArticles()) await sources.importBytes(a.name.replace('/', '-') + '.txt', new TextEncoder().encode(a.text));
const search = new SearchService(cases, inlineSegmentBuilder, new EventHub());
await search.refresh();
const qs = ['government', 'market', 'film', 'election', 'people', 'goverment~1', 'econom*', 'prime minister'];
for (const q of qs) search.query({ query: q });
import { Session } from 'node:inspector/promises';
const session = new Session(); session.connect();

const t: Record<string, number[]> = {};
const engine = (search as any).index.engine;
for (let r = 0; r < 5; r++) for (const q of qs) {
  let s = performance.now();
  const parsed = parseQuery(q, SEARCH_FIELD_NAMES);
  if (!parsed.ok) throw 0;
  const res = engine.search(parsed.clauses);
  (t['engine ' + q] ??= []).push(performance.now() - s);
  s = performance.now();
  search.query({ query: q });
  (t['query ' + q] ??= []).push(performance.now() - s);
  s = performance.now();
  search.query({ query: q, hitsPerGroup: 0 });
  (t['nosnip ' + q] ??= []).push(performance.now() - s);
  s = performance.now();
  search.query({ query: q, hitsPerGroup: 1 });
  (t['1snip ' + q] ??= []).push(performance.now() - s);
  void res;
}
for (const [k, v] of Object.entries(t)) console.log(k.padEnd(30), (v.sort((a, b) => a - b)[2] ?? 0).toFixed(1));


{
  const { hitSpans, TextCache } = await import('../main/search/search-results');
  const { makeSnippet } = await import('../main/core/search/snippet');
  const { analyzerFor } = await import('../main/search/analysis');
  const parsed = parseQuery('people', SEARCH_FIELD_NAMES);
  if (!parsed.ok) throw 0;
  const res = engine.search(parsed.clauses);
  const docs = res.docs.filter((d: any) => d.meta.kind === 'passage').slice(0, 250);
  const an = analyzerFor('en');
  for (let r = 0; r < 3; r++) {
    let s = performance.now();
    const tc = new TextCache(cases.database);
    tc.prefetch(docs);
    const texts = docs.map((d: any) => tc.field(d, 'body', new Map()));
    const a = performance.now() - s; s = performance.now();
    const spans = texts.map((t: string) => hitSpans(t, 'body', res, an));
    const b = performance.now() - s; s = performance.now();
    texts.forEach((t: string, i: number) => makeSnippet(t, spans[i]));
    const c = performance.now() - s; s = performance.now();
    texts.forEach((t: string) => an.tokens(t));
    const d = performance.now() - s;
    console.log('texts', a.toFixed(1), 'spans', b.toFixed(1), 'snippet', c.toFixed(1), 'tokens', d.toFixed(1), 'chars', texts.reduce((x: number, t: string) => x + t.length, 0));
  }
}
