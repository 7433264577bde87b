import { parentPort } from 'node:worker_threads';
import type { SearchLanguage } from '../../preload/contract';
import type { SegmentDoc } from '../search/segment';
import { buildSegment } from '../search/segment-writer';
import { mergeParts, type MergePart } from '../search/segment-builder';

// A worker thread that builds and merges search segments, so indexing thousands of passages
// never holds up the thread that answers the UI. A build arrives in batches (start, docs…,
// finish); each job answers with the encoded segment, its buffer transferred.

export type SearchWorkerRequest =
  | { id: number; type: 'start'; language: SearchLanguage }
  | { id: number; type: 'docs'; docs: SegmentDoc[] }
  | { id: number; type: 'finish' }
  | { id: number; type: 'merge'; parts: MergePart[]; language: SearchLanguage };

export type SearchWorkerResponse =
  { id: number; ok: true; data: Uint8Array } | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('search-worker must run as a worker thread.');

const builds = new Map<number, { language: SearchLanguage; docs: SegmentDoc[] }>();

function answer(id: number, work: () => Uint8Array): void {
  try {
    const data = work();
    port?.postMessage({ id, ok: true, data } satisfies SearchWorkerResponse, [
      data.buffer as ArrayBuffer,
    ]);
  } catch (error) {
    port?.postMessage({
      id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies SearchWorkerResponse);
  }
}

port.on('message', (request: SearchWorkerRequest) => {
  switch (request.type) {
    case 'start':
      builds.set(request.id, { language: request.language, docs: [] });
      return;
    case 'docs':
      builds.get(request.id)?.docs.push(...request.docs);
      return;
    case 'finish': {
      const build = builds.get(request.id);
      builds.delete(request.id);
      answer(request.id, () => {
        if (!build) throw new Error('The search worker has no build by that number.');
        return buildSegment(build.docs, build.language);
      });
      return;
    }
    case 'merge':
      answer(request.id, () => mergeParts(request.parts, request.language));
      return;
  }
});
