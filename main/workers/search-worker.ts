import { parentPort } from 'node:worker_threads';
import type { SearchLanguage } from '../../preload/contract';
import { buildSegment, type SegmentDoc } from '../search/segment';

// A worker thread that builds search segments, so indexing thousands of passages never holds up
// the thread that answers the UI. Each job answers with the segment serialized as JSON.

export interface SearchWorkerRequest {
  id: number;
  docs: SegmentDoc[];
  language: SearchLanguage;
}

export type SearchWorkerResponse =
  { id: number; ok: true; data: string } | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('search-worker must run as a worker thread.');

port.on('message', ({ id, docs, language }: SearchWorkerRequest) => {
  try {
    port.postMessage({ id, ok: true, data: JSON.stringify(buildSegment(docs, language)) });
  } catch (error) {
    port.postMessage({
      id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
