// Facts for the BBC case (issue 17): quotes with speakers, attributions, entities and
// discrepancies for every source, computed in the facts worker as the app runs it, while the
// main thread's event loop is watched for stalls (the thread that answers the UI). Then the
// incremental case: one new source. Budget: ≤ 60 s for the case, no stall over 50 ms.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appRoot } from '../main/paths';
import { CaseService } from '../main/services/case-service';
import { EventHub } from '../main/services/events';
import { FactsService } from '../main/services/facts-service';
import { SourceService } from '../main/services/source-service';
import { createWorkerDocumentReader } from '../main/workers/worker-document-reader';
import { createWorkerFactsRunner } from '../main/workers/worker-facts-runner';
import { loadBbcArticles } from './bbc-corpus';
import { figure, heading } from './report';

/** The longest gap between turns of the event loop while `work` runs, past a 5 ms tick. */
async function watchStalls<T>(work: () => Promise<T>): Promise<{ value: T; maxStallMs: number }> {
  const TICK = 5;
  let last = performance.now();
  let maxStallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxStallMs = Math.max(maxStallMs, now - last - TICK);
    last = now;
  }, TICK);
  try {
    const value = await work();
    return { value, maxStallMs };
  } finally {
    clearInterval(timer);
  }
}

export async function runCaseFactsBench(): Promise<void> {
  const articles = loadBbcArticles();
  heading(`Facts (issue 17): BBC News corpus (${articles.length} articles), facts worker`);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-facts-bench-'));
  const reader = createWorkerDocumentReader({ url: join(appRoot, 'out/main/import-worker.js') });
  const events = new EventHub();
  const cases = new CaseService(null, events);
  const sources = new SourceService(cases, events, reader);
  const facts = new FactsService(
    cases,
    createWorkerFactsRunner({ url: join(appRoot, 'out/main/facts-worker.js') }),
    events,
  );
  try {
    cases.create(join(dir, 'facts.corroborate'), 'Facts bench');
    const [extra, ...rest] = articles;
    for (const article of rest) {
      await sources.importBytes(
        `${article.name.replace('/', '-')}.txt`,
        new TextEncoder().encode(article.text),
      );
    }
    const count = cases.database.info().sourceCount;
    let start = performance.now();
    const full = await watchStalls(() => facts.refresh());
    const fullMs = performance.now() - start;
    const result = facts.get();
    if (result.status.state !== 'ready')
      throw new Error(`facts ${result.status.state}: ${result.status.error}`);
    figure(
      `facts for ${count} sources (worker: extraction, entities, quotes, discrepancies)`,
      `${(fullMs / 1000).toFixed(1)} s; main thread's longest stall ${full.maxStallMs.toFixed(0)} ms`,
    );
    const multi = result.quotes.filter(
      (group) => new Set(group.occurrences.map((o) => o.sourceId)).size > 1,
    );
    figure(
      'found',
      `${result.quotes.length} quotes (${multi.length} in ≥ 2 sources, ${result.quotes.filter((g) => g.speakerConflict).length} with different speakers), ` +
        `${facts.all().attributions.length} attributions (${result.attributions.length} citations), ` +
        `${result.entities.length} entities, ${result.discrepancies.length} discrepancies, ${result.circular.length} loops`,
    );
    // What the thread answering the UI serialises for one view (each view asks for its list).
    const answers: string[] = [];
    for (const list of ['quotes', 'entities', 'discrepancies'] as const) {
      start = performance.now();
      const json = JSON.stringify(facts.get({ list }));
      answers.push(
        `${list} ${(performance.now() - start).toFixed(0)} ms, ${(json.length / 1024 / 1024).toFixed(1)} MB`,
      );
    }
    figure('facts:get answer serialised per view (main thread)', answers.join('; '));
    start = performance.now();
    const whole = JSON.stringify(facts.get());
    figure(
      'the three lists in one answer, as before (for comparison)',
      `${(performance.now() - start).toFixed(0)} ms, ${(whole.length / 1024 / 1024).toFixed(1)} MB`,
    );

    if (extra) {
      await sources.importBytes(
        `${extra.name.replace('/', '-')}.txt`,
        new TextEncoder().encode(extra.text),
      );
      start = performance.now();
      const again = await watchStalls(() => facts.refresh());
      figure(
        'incremental: one new source (cached records for the rest)',
        `${((performance.now() - start) / 1000).toFixed(1)} s; longest stall ${again.maxStallMs.toFixed(0)} ms`,
      );
    }
  } finally {
    cases.close();
    await reader.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runCaseFactsBench();
