import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices, type AppServices } from '../app-services';
import { CaseError } from '../core/errors';
import { codePointLength, utf16ToCodePointOffset } from '../core/text/code-points';
import type { PdfPrinter } from '../exchange/pdf/pdf-printer';
import { bundledSeedsDir } from '../paths';
import type { CommitBatchPolicy } from './commit-batcher';
import type { FactsRunner } from './facts-runner';
import type { ComparisonRunner } from './comparison-runner';
import { inlineSegmentBuilder } from '../search/segment-builder';
import { inlineDocumentReader, type DocumentReader } from './document-reader';
import { openStartupCase } from './startup';
import { inlineComparisonRunner } from './run-comparison';

/** A runner that never finishes: keeps the services' own background comparison out of a test. */
export const idleComparisonRunner: ComparisonRunner = { run: () => new Promise(() => {}) };

/** Services over a fresh temporary data folder, as the browser host builds them. For tests. */
export function createTestServices(
  options: {
    comparisonRunner?: ComparisonRunner;
    factsRunner?: FactsRunner;
    documentReader?: DocumentReader;
    pdfPrinter?: () => PdfPrinter | null;
    now?: () => Date;
    importCommitBatch?: CommitBatchPolicy;
    /** Folders new cases must go in, beside the test's data folder (see newCasePath). */
    newCaseRoots?: readonly string[];
  } = {},
): AppServices & {
  dataDir: string;
  emitted: Array<{ event: string; payload: unknown }>;
} {
  const dataDir = mkdtempSync(join(tmpdir(), 'corroborate-services-'));
  const services = createAppServices({
    dataDir,
    host: { kind: 'browser', appVersion: 'test', platform: 'linux', nativeDialogs: false },
    comparisonRunner: options.comparisonRunner ?? inlineComparisonRunner,
    documentReader: options.documentReader ?? inlineDocumentReader,
    segmentBuilder: inlineSegmentBuilder,
    ...(options.now ? { now: options.now } : {}),
    ...(options.importCommitBatch ? { importCommitBatch: options.importCommitBatch } : {}),
    ...(options.factsRunner ? { factsRunner: options.factsRunner } : {}),
    ...(options.pdfPrinter ? { pdfPrinter: options.pdfPrinter } : {}),
    ...(options.newCaseRoots ? { newCaseRoots: [dataDir, ...options.newCaseRoots] } : {}),
    dialogs: {
      chooseCaseFile: () => {
        throw new CaseError('unsupported', 'The browser host has no file dialogs.');
      },
      chooseImport: () => {
        throw new CaseError('unsupported', 'The browser host has no file dialogs.');
      },
      chooseExportPath: () => {
        throw new CaseError('unsupported', 'The browser host has no file dialogs.');
      },
    },
  });
  const emitted: Array<{ event: string; payload: unknown }> = [];
  services.events.subscribe((event, payload) => emitted.push({ event, payload }));
  return { ...services, dataDir, emitted };
}

/** A fake clock for tests: `advance` moves it on by milliseconds. */
export function fakeClock(start = Date.parse('2024-05-01T10:00:00.000Z')) {
  let time = start;
  return {
    now: () => new Date(time),
    advance: (ms: number) => {
      time += ms;
    },
  };
}

/** Creates a case in the services' data folder holding `texts` as sources 1..n. */
export async function createCaseWithTexts(
  services: AppServices & { dataDir: string },
  texts: readonly string[],
): Promise<string> {
  const path = join(services.dataDir, 'test.corroborate');
  services.cases.create(path, 'Test case');
  for (const [index, text] of texts.entries()) {
    await services.sources.importBytes(`${String(index).padStart(3, '0')}.txt`, Buffer.from(text));
  }
  return path;
}

/** The sample case from the seeds, compared: ids 1–5 are seeds 000–004; 001 copies 000. */
export async function createComparedSampleCase(
  options: Parameters<typeof createTestServices>[0] = {},
): Promise<ReturnType<typeof createTestServices>> {
  const services = createTestServices(options);
  await openStartupCase(services.cases, services.sources, {
    dataDir: services.dataDir,
    seedsDir: bundledSeedsDir,
  });
  await services.compare.refresh();
  await services.facts.refresh();
  return services;
}

/** The sample case from the seeds, indexed for search and not compared (comparisons idle). */
export async function createIndexedSampleCase(): Promise<ReturnType<typeof createTestServices>> {
  const services = createTestServices({ comparisonRunner: idleComparisonRunner });
  await openStartupCase(services.cases, services.sources, {
    dataDir: services.dataDir,
    seedsDir: bundledSeedsDir,
  });
  await services.search.refresh();
  return services;
}

/** The code-point span of the first `phrase` in a source's text. */
export function spanOfPhrase(services: AppServices, sourceId: number, phrase: string) {
  const text = services.sources.get(sourceId).text;
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in source ${sourceId}`);
  const start = utf16ToCodePointOffset(text, at);
  return { start, end: start + codePointLength(phrase) };
}
