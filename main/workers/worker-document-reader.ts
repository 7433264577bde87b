import { Worker } from 'node:worker_threads';
import { CaseError } from '../core/errors';
import type { DocumentReader, ReadJob, ReadSource } from '../services/document-reader';
import type { ImportWorkerRequest, ImportWorkerResponse } from './import-worker';
import type { WorkerScript } from './worker-script';

export interface ReaderLimits {
  /** How long one file may take to parse before its worker is stopped. */
  timeMs: number;
  /** The worker's V8 heap ceiling; a file that needs more stops the worker. */
  memoryMb: number;
}

export const DEFAULT_READER_LIMITS: ReaderLimits = { timeMs: 10_000, memoryMb: 512 };

/**
 * Parses imported files in one long-lived worker thread, a file at a time. A file that runs
 * past the time limit, exhausts the worker's memory or crashes it is refused with a message
 * that says which; the worker is replaced and the next file goes on. The worker is unref'd while
 * idle so it never keeps a CLI process alive.
 */
export function createWorkerDocumentReader(
  script: WorkerScript,
  limits: ReaderLimits = DEFAULT_READER_LIMITS,
): DocumentReader {
  let worker: Worker | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const start = (): Worker => {
    const started = new Worker(script.url, {
      execArgv: script.execArgv ?? [],
      resourceLimits: {
        maxOldGenerationSizeMb: limits.memoryMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(limits.memoryMb / 8))),
        stackSizeMb: 4,
      },
    });
    started.unref();
    // A worker that fails between files is dropped, and the next file starts a new one. The
    // listener also keeps an idle worker's 'error' from being an unhandled EventEmitter error,
    // which would take down the process that serves the UI.
    started.on('error', () => {});
    started.once('exit', () => {
      if (worker === started) worker = null;
    });
    return started;
  };

  const stop = async (stopped: Worker | null): Promise<void> => {
    if (worker === stopped) worker = null;
    if (stopped) await stopped.terminate();
  };

  const readOne = (job: ReadJob): Promise<ReadSource> => {
    const current = (worker ??= start());
    const id = nextId++;
    return new Promise<ReadSource>((resolve, reject) => {
      const finish = (settle: () => void, replaceWorker: boolean) => {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onError);
        current.off('exit', onExit);
        current.unref();
        if (replaceWorker) void stop(current);
        settle();
      };
      const refuse = (message: string, code: 'unsupported' | 'internal' = 'unsupported') =>
        new CaseError(code, `${job.fileName} ${message}`);
      const onMessage = (response: ImportWorkerResponse) => {
        if (response.id !== id) return;
        if (response.ok) finish(() => resolve(response.parsed), false);
        else
          finish(() => reject(new CaseError(response.error.code, response.error.message)), false);
      };
      const onError = (error: Error & { code?: string }) => {
        const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
        const reason = outOfMemory
          ? refuse(`needed more than ${limits.memoryMb} MB of memory to read and was stopped.`)
          : refuse(`stopped the reader unexpectedly (${error.message}).`, 'internal');
        finish(() => reject(reason), true);
      };
      const onExit = (code: number) =>
        finish(() => reject(refuse(`stopped the reader (exit code ${code}).`, 'internal')), true);
      const timer = setTimeout(() => {
        const seconds = Math.round(limits.timeMs / 100) / 10;
        finish(
          () => reject(refuse(`took longer than ${seconds} s to read and was stopped.`)),
          true,
        );
      }, limits.timeMs);

      current.on('message', onMessage);
      current.once('error', onError);
      current.once('exit', onExit);
      current.ref();
      // A private copy with its own buffer: the caller's bytes may be a view into Node's shared
      // Buffer pool, which cannot be transferred (and Buffer#slice would not copy).
      const bytes = new Uint8Array(job.bytes);
      const request: ImportWorkerRequest = { id, job: { ...job, bytes } };
      current.postMessage(request, [bytes.buffer]);
    });
  };

  return {
    read(job) {
      const result = queue.then(() => readOne(job));
      queue = result.catch(() => {});
      return result;
    },
    close: () => stop(worker),
  };
}
