import { copyFileSync } from 'node:fs';
import { CaseService } from '../main/services/case-service';
import { EventHub } from '../main/services/events';
import { SearchService } from '../main/services/search-service';
import { inlineSegmentBuilder } from '../main/search/segment-builder';
copyFileSync('/tmp/rep/base.corroborate', '/tmp/rep/replica.corroborate');
const cases = new CaseService(null, new EventHub());
cases.open('/tmp/rep/replica.corroborate');
const db = cases.database;
const time = (label: string, f: () => unknown) => { const s = performance.now(); f(); console.log(label.padEnd(30), (performance.now() - s).toFixed(1)); };
for (let i = 0; i < 2; i++) {
  time('listSources', () => db.listSources());
  time('info', () => db.info());
  time('listSearchSegments', () => db.listSearchSegments());
}
const search = new SearchService(cases, inlineSegmentBuilder, new EventHub());
time('first query', () => search.query({ query: 'economy' }));
const engine = (search as any).index.engine;
time('titleKeys', () => engine.titleKeys());
time('coveredSources', () => engine.coveredSources());
const segs = (search as any).index.segments;
const { SearchEngine } = await import('../main/search/search-engine');
time('new engine', () => new SearchEngine(segs.map((s: any) => ({ segment: s.segment, kind: s.kind, sourceIds: s.sourceIds }))));
const stored = db.listSearchSegments()[0]!;
time('replace (write 20MB)', () => db.replaceSearchSegments({ remove: [], add: { ...stored } }));
time('getSource x50', () => { for (let i = 1; i <= 50; i++) db.getSource(i * 100); });
