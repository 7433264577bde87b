import { parentPort } from 'node:worker_threads';
import type { ErrorInfo } from '../../preload/contract';
import { CaseError } from '../core/errors';
import {
  prepareToRead,
  readDocument,
  type ReadJob,
  type ReadSource,
} from '../import/read-document';

// A worker thread that reads imported files: HTML, Word and PDF parsers run here, under the
// time and memory limits worker-document-reader.ts sets, never on the thread that serves the UI
// or holds the case open. It answers one job at a time, in order, and lives until it is stopped.

export interface ImportWorkerRequest {
  id: number;
  job: ReadJob;
}

export type ImportWorkerResponse =
  /** The job's reader is loaded and reading begins: its time limit runs from here. */
  | { id: number; started: true }
  | { id: number; ok: true; parsed: ReadSource }
  | { id: number; ok: false; error: ErrorInfo };

const port = parentPort;
if (!port) throw new Error('import-worker must run as a worker thread.');

// pdfjs can reject a promise of its own after a damaged file has been answered (found by the
// fuzz run: "End of file inside array" once the file was already refused). Unhandled, it would
// stop this worker and the next file would be refused in its place. Each file's own failures
// still reach its job through the promise readDocument returns.
process.on('unhandledRejection', () => {});

// Jobs arrive several ahead (so this thread never waits for the next) and are read one at a
// time, in order. Each is announced once its reader (pdfjs, mammoth, jsdom) is loaded: the
// reader's time limit runs from there, for reading alone.
let line: Promise<void> = Promise.resolve();
port.on('message', ({ id, job }: ImportWorkerRequest) => {
  line = line
    .then(() => prepareToRead(job))
    .then(() => {
      port.postMessage({ id, started: true } satisfies ImportWorkerResponse);
      return readDocument(job);
    })
    .then(
      (parsed) => port.postMessage({ id, ok: true, parsed } satisfies ImportWorkerResponse),
      (error: unknown) => port.postMessage({ id, ok: false, error: describe(error, job.fileName) }),
    )
    // An answer that cannot be sent leaves the job to the reader's time limit, as before; the
    // line goes on.
    .catch(() => {});
});

function describe(error: unknown, fileName: string): ErrorInfo {
  if (error instanceof CaseError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `${fileName} could not be read: ${message}` };
}
