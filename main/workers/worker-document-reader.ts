import { Worker } from 'node:worker_threads';
import { CaseError } from '../core/errors';
import type { DocumentReader, ReadJob, ReadSource } from '../services/document-reader';
import type { ImportWorkerRequest, ImportWorkerResponse } from './import-worker';
import type { WorkerScript } from './worker-script';

export interface ReaderLimits {
  /**
   * How long one file may take to read, counted from when the worker starts on it: the worker's
   * own start and the loading of the file's reader (jsdom, mammoth, pdfjs) are not counted.
   */
  timeMs: number;
  /** The worker's V8 heap ceiling; a file that needs more stops the worker. */
  memoryMb: number;
  /** How long a worker may take to start on the file at the head of its line (default 120 s). */
  startMs?: number;
}

export const DEFAULT_READER_LIMITS: ReaderLimits = { timeMs: 10_000, memoryMb: 512 };
const DEFAULT_START_MS = 120_000;

/** Jobs sent to the worker before the ones ahead are answered, so it never waits for the next. */
export const JOBS_IN_FLIGHT = 8;

interface Job {
  id: number;
  job: ReadJob;
  resolve(parsed: ReadSource): void;
  reject(reason: unknown): void;
  /**
   * Sent again once already: after its worker died under it (perhaps of another file's doing),
   * ran past the time limit (a busy machine), or did not start on it.
   */
  retried: boolean;
  /** The worker said it started reading it: its time limit runs. */
  started: boolean;
}

/**
 * Parses imported files in one long-lived worker thread. Up to JOBS_IN_FLIGHT files are sent
 * ahead (a file at a time crossed the thread boundary and back before the next was sent: at
 * 0.06 ms to parse a news article, the round trip was most of an import's time); the worker reads
 * them one at a time, in order, and says when it starts on each: the time limit runs from there,
 * for the file at the head of the line, so neither the worker's start nor loading a reader counts
 * against a file. A file that runs past the time limit, or whose worker crashes or exits under
 * it (a late failure of an earlier file can bring a worker down), is sent once more to a new
 * worker and refused only if that fails too; one that exhausts the worker's memory is refused at
 * once. Each refusal says which. The files behind it are sent again. The worker is unref'd while
 * idle so it never keeps a CLI process alive.
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
  /** The job `timer` runs for, and whether it had started then. */
  let timed: Job | null = null;
  let timedStarted = false;
  const startMs = limits.startMs ?? DEFAULT_START_MS;

  const refusal = (job: Job, message: string, code: 'unsupported' | 'internal' = 'unsupported') =>
    new CaseError(code, `${job.job.fileName} ${message}`);

  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    timed = null;
  };
  const seconds = (ms: number) => Math.round(ms / 100) / 10;

  /**
   * The head's clock: until the worker starts on it, how long a start may take; then the time
   * limit. Each, run out a first time, sends the file again to a new worker.
   */
  const armTimer = () => {
    const head = sent[0];
    if (!head || (timed === head && timedStarted === head.started)) return;
    stopTimer();
    timed = head;
    timedStarted = head.started;
    timer = head.started
      ? setTimeout(
          () =>
            fail((job) =>
              job.retried
                ? refusal(
                    job,
                    `took longer than ${seconds(limits.timeMs)} s to read, twice, and was stopped.`,
                  )
                : null,
            ),
          limits.timeMs,
        )
      : setTimeout(
          () =>
            fail((job) =>
              job.retried
                ? refusal(
                    job,
                    `was not read: the reader did not start within ${seconds(startMs)} s.`,
                    'internal',
                  )
                : null,
            ),
          startMs,
        );
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
    const again = head && !reason ? [{ ...head, retried: true, started: false }] : [];
    waiting = [...again, ...behind.map((job) => ({ ...job, started: false })), ...waiting];
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
      if ('started' in response) {
        job.started = true;
        armTimer();
        return;
      }
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
        waiting.push({ id: nextId++, job, resolve, reject, retried: false, started: false });
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
