import { parentPort } from 'node:worker_threads';
import type { ErrorInfo } from '../../preload/contract';
import { CaseError } from '../core/errors';
import { readDocument, type ReadJob, type ReadSource } from '../import/read-document';

// A worker thread that reads imported files: HTML, Word and PDF parsers run here, under the
// time and memory limits worker-document-reader.ts sets, never on the thread that serves the UI
// or holds the case open. It answers one job at a time and lives until it is stopped.

export interface ImportWorkerRequest {
  id: number;
  job: ReadJob;
}

export type ImportWorkerResponse =
  { id: number; ok: true; parsed: ReadSource } | { id: number; ok: false; error: ErrorInfo };

const port = parentPort;
if (!port) throw new Error('import-worker must run as a worker thread.');

// pdfjs can reject a promise of its own after a damaged file has been answered (found by the
// fuzz run: "End of file inside array" once the file was already refused). Unhandled, it would
// stop this worker and the next file would be refused in its place. Each file's own failures
// still reach its job through the promise readDocument returns.
process.on('unhandledRejection', () => {});

port.on('message', ({ id, job }: ImportWorkerRequest) => {
  readDocument(job).then(
    (parsed) => port.postMessage({ id, ok: true, parsed } satisfies ImportWorkerResponse),
    (error: unknown) => port.postMessage({ id, ok: false, error: describe(error, job.fileName) }),
  );
});

function describe(error: unknown, fileName: string): ErrorInfo {
  if (error instanceof CaseError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `${fileName} could not be read: ${message}` };
}
