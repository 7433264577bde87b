import { Worker } from 'node:worker_threads';
import type { SegmentBuilder } from '../search/segment-builder';
import type { SearchWorkerRequest, SearchWorkerResponse } from './search-worker';
import type { WorkerScript } from './worker-script';

/** Builds and merges search segments in one long-lived worker thread, one job at a time. */
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

  /** Sends the job's messages and waits for its answer; a worker that dies fails the job. */
  const run = (
    send: (post: (message: SearchWorkerRequest) => void, id: number) => Promise<void>,
  ) => {
    const current = (worker ??= start());
    const id = nextId++;
    let settled = false;
    let cleanup = () => {};
    const answered = new Promise<Uint8Array>((resolve, reject) => {
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
      cleanup = () => {
        settled = true;
        current.off('message', onMessage);
        current.off('exit', onExit);
        current.unref();
      };
      current.on('message', onMessage);
      current.once('exit', onExit);
      current.ref();
    });
    const post = (message: SearchWorkerRequest) => {
      if (!settled) current.postMessage(message);
    };
    return send(post, id).then(
      () => answered,
      async (error: unknown) => {
        // The batches failed (the case closed, say): end the job in the worker, then report.
        post({ id, type: 'finish' });
        await answered.catch(() => {});
        throw error;
      },
    );
  };

  const enqueue = (job: () => Promise<Uint8Array>): Promise<Uint8Array> => {
    const result = queue.then(job);
    queue = result.catch(() => {});
    return result;
  };

  return {
    build(batches, language) {
      return enqueue(() =>
        run(async (post, id) => {
          post({ id, type: 'start', language });
          for await (const docs of batches) post({ id, type: 'docs', docs: [...docs] });
          post({ id, type: 'finish' });
        }),
      );
    },
    merge(parts, language) {
      return enqueue(() =>
        run((post, id) => {
          post({ id, type: 'merge', parts: [...parts], language });
          return Promise.resolve();
        }),
      );
    },
  };
}
