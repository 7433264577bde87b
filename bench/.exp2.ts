import { CaseService } from '../main/services/case-service';
import { EventHub } from '../main/services/events';
import { SearchService } from '../main/services/search-service';
import { inlineSegmentBuilder } from '../main/search/segment-builder';
import { parseQuery } from '../main/core/search/query';
import { SEARCH_FIELD_NAMES } from '../main/search/analysis';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
const cases = new CaseService(null, new EventHub());
cases.open('/tmp/rep/base.corroborate');
const search = new SearchService(cases, inlineSegmentBuilder, new EventHub());
if (process.argv[2] === 'build') { await search.refresh(); process.exit(0); }
const db = cases.database;
const time = (label: string, f: () => unknown) => { const s = performance.now(); f(); console.log(label.padEnd(30), (performance.now() - s).toFixed(1)); };
time('first query', () => search.query({ query: 'economy' }));
time('listSourceSearchRows', () => db.listSourceSearchRows());
time('info', () => db.info());
const engine = (search as any).index.engine;
time('titleKeys', () => engine.titleKeys());
const segs = (search as any).index.segments;
const { SearchEngine } = await import('../main/search/search-engine');
time('new engine', () => new SearchEngine(segs.map((s: any) => ({ segment: s.segment, kind: s.kind, sourceIds: s.sourceIds }))));
const qs = ['government', 'market', 'film', 'election', 'people', 'interest rates', 'goverment~1', 'econom*'];
for (const q of qs) search.query({ query: q });
const session = new Session(); session.connect();
await session.post('Profiler.enable'); await session.post('Profiler.start');
const t: Record<string, number[]> = {};
for (let r = 0; r < 5; r++) for (const q of qs) {
  const parsed = parseQuery(q, SEARCH_FIELD_NAMES); if (!parsed.ok) throw 0;
  let s = performance.now(); engine.search(parsed.clauses); (t['engine ' + q] ??= []).push(performance.now() - s);
  s = performance.now(); search.query({ query: q }); (t['query ' + q] ??= []).push(performance.now() - s);
}
const { profile } = await session.post('Profiler.stop');
writeFileSync('/tmp/q2.cpuprofile', JSON.stringify(profile));
for (const [k, v] of Object.entries(t)) console.log(k.padEnd(30), (v.sort((a, b) => a - b)[2] ?? 0).toFixed(1));
