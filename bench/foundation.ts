// The foundation figures: importing reports and starting the app.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/chromium';
import { startBrowserHost } from '../e2e/support/browser-host';
import { CaseService } from '../main/services/case-service';
import { EventHub } from '../main/services/events';
import { SourceService } from '../main/services/source-service';
import { appRoot, bundledSeedsDir } from '../main/paths';
import { createWorkerDocumentReader } from '../main/workers/worker-document-reader';
import { BBC_DIR, bbcAvailable } from './bbc-corpus';
import { figure, report } from './report';

/** The built import worker (`npm run bench` builds first), as the app runs it. */
const reader = createWorkerDocumentReader({ url: join(appRoot, 'out/main/import-worker.js') });

function freshServices() {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  const cases = new CaseService(null, new EventHub());
  const sources = new SourceService(cases, new EventHub(), reader);
  cases.create(join(dir, 'bench.corroborate'), 'bench');
  return { dir, cases, sources };
}

async function benchSeedImport(runs: number): Promise<void> {
  const seeds = readdirSync(bundledSeedsDir).map((name) => join(bundledSeedsDir, name));
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { dir, cases, sources } = freshServices();
    const start = performance.now();
    await sources.importFiles(seeds);
    samples.push(performance.now() - start);
    cases.close();
    rmSync(dir, { recursive: true, force: true });
  }
  report('import the 5 seed reports into a new case', samples);
}

async function benchCorpusImport(): Promise<void> {
  if (!bbcAvailable()) {
    figure('import BBC corpus', `skipped (no corpus at ${BBC_DIR})`);
    return;
  }
  const { dir, cases, sources } = freshServices();
  const start = performance.now();
  const results = await sources.importFiles([BBC_DIR]);
  const elapsed = performance.now() - start;
  const imported = results.filter((result) => result.status === 'imported').length;
  const duplicates = results.filter((result) => result.status === 'duplicate').length;
  figure(
    `import BBC News corpus (${results.length} files: ${imported} imported, ${duplicates} exact duplicates)`,
    `${elapsed.toFixed(0)} ms total, ${(elapsed / results.length).toFixed(2)} ms per article`,
  );
  const listStart = performance.now();
  const listed = sources.list().length;
  figure(
    `list ${listed} sources from the case file`,
    `${(performance.now() - listStart).toFixed(1)} ms`,
  );
  cases.close();
  rmSync(dir, { recursive: true, force: true });
}

async function benchColdStart(runs: number): Promise<void> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  });
  const toServer: number[] = [];
  const toList: number[] = [];
  for (let run = 0; run < runs; run++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = performance.now();
    const host = await startBrowserHost(dataDir);
    toServer.push(performance.now() - start);
    await page.goto(host.url);
    await page.getByTestId('source-item').nth(4).waitFor();
    toList.push(performance.now() - start);
    await context.close();
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  await browser.close();
  report('cold start: browser host process to URL printed (first run)', toServer);
  report('cold start: browser host to rendered source list (first run)', toList);
}

/** Import and start-up figures, as before the comparison engine existed. */
export async function runFoundationBench(): Promise<void> {
  await benchSeedImport(20);
  await benchCorpusImport();
  await reader.close();
  await benchColdStart(5);
}
