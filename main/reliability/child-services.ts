import { createAppServices, type AppServices } from '../app-services';
import { CaseError } from '../core/errors';
import type { CommitBatchPolicy } from '../services/commit-batcher';
import { inlineSegmentBuilder } from '../search/segment-builder';
import { inlineDocumentReader } from '../services/document-reader';
import { inlineComparisonRunner } from '../services/run-comparison';

/**
 * The real services over a data folder, with the inline runners the tests use: what the
 * reliability children drive and what the parent reads the case back with.
 */
export function createReliabilityServices(
  dataDir: string,
  now?: () => Date,
  importCommitBatch?: CommitBatchPolicy,
): AppServices {
  const refuse = () => {
    throw new CaseError('unsupported', 'The reliability suite has no file dialogs.');
  };
  return createAppServices({
    dataDir,
    host: { kind: 'browser', appVersion: 'reliability', platform: 'linux', nativeDialogs: false },
    comparisonRunner: inlineComparisonRunner,
    documentReader: inlineDocumentReader,
    segmentBuilder: inlineSegmentBuilder,
    ...(now ? { now } : {}),
    ...(importCommitBatch ? { importCommitBatch } : {}),
    dialogs: { chooseCaseFile: refuse, chooseImport: refuse, chooseExportPath: refuse },
  });
}

/** Waits for the background comparison and indexing the services start on their own. */
export async function settle(services: AppServices): Promise<void> {
  await services.compare.refresh();
  await services.search.refresh();
}
