import { Worker } from 'node:worker_threads';
import type { SegmentBuilder } from '../search/segment-builder';
import type { SearchWorkerRequest, SearchWorkerResponse } from './search-worker';
import type { WorkerScript } from './worker-script';

/** Builds search segments in one long-lived worker thread, one job at a time. */
export function createWorkerSegmentBuilder(script: WorkerScript): SegmentBuilder {
  let worker: Worker | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const start = (): Worker => {
    const started = new Worker(script.url, { execArgv: script.execArgv ?? [] });
    started.unref();
    started.on('error', () => {});
    started.once('exit', () => {
      if (worker === started) worker = null;
    });
    return started;
  };

  const buildOne = (
    docs: SearchWorkerRequest['docs'],
    language: SearchWorkerRequest['language'],
  ): Promise<string> => {
    const current = (worker ??= start());
    const id = nextId++;
    return new Promise<string>((resolve, reject) => {
      const onMessage = (response: SearchWorkerResponse) => {
        if (response.id !== id) return;
        cleanup();
        if (response.ok) resolve(response.data);
        else reject(new Error(response.message));
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new Error(`The search worker stopped (exit code ${code}).`));
      };
      const cleanup = () => {
        current.off('message', onMessage);
        current.off('exit', onExit);
        current.unref();
      };
      current.on('message', onMessage);
      current.once('exit', onExit);
      current.ref();
      current.postMessage({ id, docs, language } satisfies SearchWorkerRequest);
    });
  };

  return {
    build(docs, language) {
      const result = queue.then(() => buildOne([...docs], language));
      queue = result.catch(() => {});
      return result;
    },
  };
}
