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

/** Jobs sent to the worker before the ones ahead are answered, so it never waits for the next. */
export const JOBS_IN_FLIGHT = 8;

interface Job {
  id: number;
  job: ReadJob;
  resolve(parsed: ReadSource): void;
  reject(reason: unknown): void;
  /** Sent again after the worker died under it once (it may have died of another job's doing). */
  retried: boolean;
}

/**
 * Parses imported files in one long-lived worker thread. Up to JOBS_IN_FLIGHT files are sent
 * ahead (a file at a time crossed the thread boundary and back before the next was sent: at
 * 0.06 ms to parse a news article, the round trip was most of an import's time); the worker reads
 * them one at a time, in order, and the time limit runs for the file at the head of the line. A
 * file that runs past the time limit or exhausts the worker's memory is refused with a message
 * that says which. When the worker crashes or exits, the file at the head is sent once more to a
 * new worker (a late failure of an earlier file can bring a worker down) and refused if it fails
 * again; the files behind it are sent again. The worker is unref'd while idle so it never keeps
 * a CLI process alive.
 */
export function createWorkerDocumentReader(
  script: WorkerScript,
  limits: ReaderLimits = DEFAULT_READER_LIMITS,
): DocumentReader {
  let worker: Worker | null = null;
  let nextId = 1;
  /** Not sent yet, in order. */
  let waiting: Job[] = [];
  /** Sent to `worker`, in order: the first is the one it reads. */
  let sent: Job[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const refusal = (job: Job, message: string, code: 'unsupported' | 'internal' = 'unsupported') =>
    new CaseError(code, `${job.job.fileName} ${message}`);

  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  /** The head's time limit, from when it became the head. */
  const armTimer = () => {
    if (timer !== null || sent.length === 0) return;
    timer = setTimeout(() => {
      timer = null;
      const seconds = Math.round(limits.timeMs / 100) / 10;
      fail((head) => refusal(head, `took longer than ${seconds} s to read and was stopped.`));
    }, limits.timeMs);
  };

  /**
   * The worker is stopped under the head: `blame` gives the head's refusal, or null to send it
   * again; the jobs behind it go back to the front of the line for a new worker.
   */
  const fail = (blame: (head: Job) => CaseError | null) => {
    stopTimer();
    const stopped = worker;
    worker = null;
    if (stopped) void stopped.terminate();
    const [head, ...behind] = sent;
    sent = [];
    const reason = head ? blame(head) : null;
    waiting = [...(head && !reason ? [{ ...head, retried: true }] : []), ...behind, ...waiting];
    if (head && reason) head.reject(reason);
    pump();
  };

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
    started.on('message', (response: ImportWorkerResponse) => {
      if (worker !== started) return;
      const at = sent.findIndex((job) => job.id === response.id);
      const job = sent[at];
      if (!job) return;
      sent.splice(at, 1);
      if (at === 0) stopTimer();
      if (response.ok) job.resolve(response.parsed);
      else job.reject(new CaseError(response.error.code, response.error.message));
      pump();
    });
    started.on('error', (error: Error & { code?: string }) => {
      if (worker !== started) return;
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      fail((head) =>
        outOfMemory
          ? refusal(
              head,
              `needed more than ${limits.memoryMb} MB of memory to read and was stopped.`,
            )
          : head.retried
            ? refusal(head, `stopped the reader unexpectedly (${error.message}).`, 'internal')
            : null,
      );
    });
    started.once('exit', (code) => {
      if (worker !== started) return;
      fail((head) =>
        head.retried ? refusal(head, `stopped the reader (exit code ${code}).`, 'internal') : null,
      );
    });
    return started;
  };

  /** Sends what waits, up to JOBS_IN_FLIGHT; the worker holds the process only while it works. */
  const pump = () => {
    while (sent.length < JOBS_IN_FLIGHT && waiting.length > 0) {
      const job = waiting.shift() as Job;
      const current = (worker ??= start());
      // The worker gets its own copy: the caller's bytes stay whole (and may not be transferable).
      const bytes = new Uint8Array(job.job.bytes);
      const request: ImportWorkerRequest = { id: job.id, job: { ...job.job, bytes } };
      current.postMessage(request, [bytes.buffer]);
      sent.push(job);
    }
    if (sent.length > 0) worker?.ref();
    else worker?.unref();
    armTimer();
  };

  return {
    read(job) {
      return new Promise<ReadSource>((resolve, reject) => {
        waiting.push({ id: nextId++, job, resolve, reject, retried: false });
        pump();
      });
    },
    close: async () => {
      stopTimer();
      const stopped = worker;
      worker = null;
      const dropped = [...sent, ...waiting];
      sent = [];
      waiting = [];
      for (const job of dropped) job.reject(refusal(job, 'was not read: the reader was closed.'));
      if (stopped) await stopped.terminate();
    },
  };
}
