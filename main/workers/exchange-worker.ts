import { parentPort } from 'node:worker_threads';
import { CaseError } from '../core/errors';
import { openExchangedCase, readAnnotations, renderExport } from '../exchange/exchange-jobs';
import type { ExchangeWorkerRequest, ExchangeWorkerResponse } from '../exchange/exchange-runner';

// A worker thread for exports and exchange imports: rendering a large case to Markdown, CSV,
// JSON, a report, Web Annotations or a .qdpx, and parsing an exchanged file, take seconds that
// the thread answering the UI must not spend.

const port = parentPort;
if (!port) throw new Error('exchange-worker must run as a worker thread.');

async function handle(
  request: ExchangeWorkerRequest,
): Promise<{ value: unknown; transfer: ArrayBuffer[] }> {
  switch (request.kind) {
    case 'render': {
      const result = await renderExport(request.job);
      // Transfer only a buffer the bytes own whole (not a view into a pooled one).
      const { bytes } = result;
      const owned =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
          ? bytes
          : bytes.slice();
      return { value: { ...result, bytes: owned }, transfer: [owned.buffer as ArrayBuffer] };
    }
    case 'open-case':
      return { value: await openExchangedCase(request.job), transfer: [] };
    case 'read-annotations':
      return { value: readAnnotations(request.job), transfer: [] };
  }
}

port.on('message', (request: ExchangeWorkerRequest) => {
  handle(request).then(
    ({ value, transfer }) =>
      port.postMessage(
        { id: request.id, ok: true, value } satisfies ExchangeWorkerResponse,
        transfer,
      ),
    (error: unknown) =>
      port.postMessage({
        id: request.id,
        ok: false,
        code: error instanceof CaseError ? error.code : null,
        message: error instanceof Error ? error.message : String(error),
      } satisfies ExchangeWorkerResponse),
  );
});
