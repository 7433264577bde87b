import { readDocument, type ReadJob, type ReadSource } from '../import/read-document';

export type { ReadJob, ReadSource };

/**
 * Where imported files are parsed: a worker thread with time and memory limits in the app
 * (main/workers/worker-document-reader.ts), inline in unit tests. Rejects with a CaseError whose
 * message names the file.
 */
export interface DocumentReader {
  read(job: ReadJob): Promise<ReadSource>;
  /** Stops any worker; a later read starts a new one. */
  close(): Promise<void>;
}

/** Parses on the calling thread: for tests and tools that have no worker build. */
export const inlineDocumentReader: DocumentReader = {
  read: readDocument,
  close: async () => {},
};
