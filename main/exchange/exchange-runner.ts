// Where exchange jobs run: a worker thread in the app, the browser host and the bench; inline
// in unit tests and the CLI, which have no UI to keep answering.
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../preload/contract';
import { CaseError } from '../core/errors';
import type { WorkerScript } from '../workers/worker-script';
import {
  openExchangedCase,
  readAnnotations,
  renderExport,
  type OpenCaseJob,
  type ReadAnnotationsJob,
  type RenderJob,
  type RenderResult,
} from './exchange-jobs';
import type { WebAnnotationImport } from './w3c-import';

export interface ExchangeRunner {
  render(job: RenderJob): Promise<RenderResult>;
  openCase(job: OpenCaseJob): Promise<{ name: string }>;
  readAnnotations(job: ReadAnnotationsJob): Promise<WebAnnotationImport>;
  close(): Promise<void>;
}

export const inlineExchangeRunner: ExchangeRunner = {
  render: (job) => renderExport(job),
  openCase: (job) => openExchangedCase(job),
  readAnnotations: (job) => Promise.resolve(readAnnotations(job)),
  close: () => Promise.resolve(),
};

export type ExchangeWorkerRequest = { id: number } & (
  | { kind: 'render'; job: RenderJob }
  | { kind: 'open-case'; job: OpenCaseJob }
  | { kind: 'read-annotations'; job: ReadAnnotationsJob }
);

export type ExchangeWorkerResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; code: ErrorCode | null; message: string };

/**
 * One long-lived worker thread, started on first use; jobs may overlap (each has an id). A
 * CaseError keeps its code across the thread boundary, so the UI shows the same message it
 * would have shown inline; a worker that dies fails the jobs in flight and is started again.
 */
export function createWorkerExchangeRunner(script: WorkerScript): ExchangeRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  const start = (): Worker => {
    const started = new Worker(script.url, { execArgv: script.execArgv ?? [] });
    started.unref();
    started.on('message', (response: ExchangeWorkerResponse) => {
      const job = pending.get(response.id);
      if (!job) return;
      pending.delete(response.id);
      if (pending.size === 0) started.unref();
      if (response.ok) job.resolve(response.value);
      else {
        job.reject(
          response.code
            ? new CaseError(response.code, response.message)
            : new Error(response.message),
        );
      }
    });
    started.on('error', () => {});
    started.once('exit', (code) => {
      if (worker === started) worker = null;
      for (const [id, job] of pending) {
        pending.delete(id);
        job.reject(new Error(`The export worker stopped (exit code ${code}).`));
      }
    });
    return started;
  };

  const run = <T>(message: ExchangeWorkerRequest, transfer: ArrayBuffer[] = []): Promise<T> => {
    const current = (worker ??= start());
    current.ref();
    return new Promise<T>((resolve, reject) => {
      pending.set(message.id, { resolve: (value) => resolve(value as T), reject });
      current.postMessage(message, transfer);
    });
  };

  return {
    render: (job) => run({ id: nextId++, kind: 'render', job }),
    openCase: (job) => run({ id: nextId++, kind: 'open-case', job }),
    readAnnotations: (job) => run({ id: nextId++, kind: 'read-annotations', job }),
    async close() {
      const current = worker;
      worker = null;
      if (current) await current.terminate();
    },
  };
}
