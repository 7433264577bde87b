import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseError } from '../core/errors';
import type { DocumentReader } from '../services/document-reader';
import { strayRejectionPdf } from '../testing/fuzz-regressions';
import { writePdf } from '../testing/pdf-writer';
import { createWorkerDocumentReader } from './worker-document-reader';
import { workerScript } from './worker-script';

// Stand-in workers speak the import worker's protocol and misbehave on request, so the limits
// are tested for real: a thread that spins, one that eats memory, one that dies.
const fixtureDir = mkdtempSync(join(tmpdir(), 'reader-workers-'));
function fixtureWorker(body: string, prologue = ''): string {
  const path = join(fixtureDir, `worker-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    path,
    `import { parentPort } from 'node:worker_threads';
${prologue}
parentPort.on('message', ({ id, job }) => {
  parentPort.postMessage({ id, started: true });
  const name = job.fileName;
  const text = new TextDecoder().decode(job.bytes);
  ${body}
});`,
  );
  return path;
}

const echo = `parentPort.postMessage({ id, ok: true, parsed: { text, name } });`;
const misbehave = `
  if (name === 'spin.txt') for (;;) {}
  if (name === 'hog.txt') { const hoard = []; for (;;) hoard.push(new Array(1e6).fill(Math.random())); }
  if (name === 'crash.txt') throw new Error('boom');
  if (name === 'exit.txt') process.exit(3);
  ${echo}`;

let reader: DocumentReader | undefined;
afterEach(async () => {
  await reader?.close();
  reader = undefined;
});

function read(fileName: string, text = 'words') {
  return reader!.read({ fileName, bytes: new TextEncoder().encode(text) });
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof CaseError)) throw error;
  return { code: error.code, message: error.message };
}

describe('createWorkerDocumentReader', () => {
  it('answers jobs in order from one worker, and hands the worker its own copy', async () => {
    reader = createWorkerDocumentReader({ url: fixtureWorker(echo) });
    const shared = new Uint8Array(new TextEncoder().encode('abc'));
    const results = await Promise.all([
      reader.read({ fileName: 'a.txt', bytes: shared }),
      read('b.txt', 'second'),
    ]);
    expect(results).toEqual([
      { text: 'abc', name: 'a.txt' },
      { text: 'second', name: 'b.txt' },
    ]);
    expect(new TextDecoder().decode(shared)).toBe('abc'); // not detached by the transfer
  });

  it('sends files ahead, so the worker never waits for the next (regression: one at a time)', async () => {
    // This worker answers nothing until it holds three jobs: a reader that waits for each answer
    // before sending the next would time out on the first.
    const batching = `
  globalThis.held ??= [];
  globalThis.held.push({ id, text, name });
  if (globalThis.held.length === 3)
    for (const job of globalThis.held.splice(0)) parentPort.postMessage({ id: job.id, ok: true, parsed: { text: job.text, name: job.name } });`;
    reader = createWorkerDocumentReader(
      { url: fixtureWorker(batching) },
      { timeMs: 20_000, memoryMb: 64 },
    );
    expect(
      await Promise.all([read('a.txt', 'one'), read('b.txt', 'two'), read('c.txt', 'three')]),
    ).toEqual([
      { text: 'one', name: 'a.txt' },
      { text: 'two', name: 'b.txt' },
      { text: 'three', name: 'c.txt' },
    ]);
  }, 30_000); // worker starts: seconds on a loaded machine

  it('sends a file again when the worker dies under it of an earlier file', async () => {
    // late.txt is answered, then brings its worker down while next.txt waits for its answer.
    const lateCrash = `
  if (name === 'late.txt') {
    parentPort.postMessage({ id, ok: true, parsed: { text, name } });
    setTimeout(() => { throw new Error('late'); }, 20);
  } else setTimeout(() => parentPort.postMessage({ id, ok: true, parsed: { text, name } }), 300);`;
    reader = createWorkerDocumentReader({ url: fixtureWorker(lateCrash) });
    expect(await Promise.all([read('late.txt', 'first'), read('next.txt', 'second')])).toEqual([
      { text: 'first', name: 'late.txt' },
      { text: 'second', name: 'next.txt' },
    ]);
  }, 30_000);

  it('reads small Buffers, which live in Node’s untransferable pool (regression)', async () => {
    reader = createWorkerDocumentReader({ url: fixtureWorker(echo) });
    const pooled = Buffer.from('small', 'utf8');
    expect(await reader.read({ fileName: 'small.txt', bytes: pooled })).toEqual({
      text: 'small',
      name: 'small.txt',
    });
    expect(pooled.toString()).toBe('small');
  });

  it('stops a file that runs past the time limit twice, then reads the next in a new worker', async () => {
    reader = createWorkerDocumentReader(
      { url: fixtureWorker(misbehave) },
      { timeMs: 300, memoryMb: 64 },
    );
    const [spin, next] = await Promise.all([failure(read('spin.txt')), read('next.txt', 'ok')]);
    expect(spin).toEqual({
      code: 'unsupported',
      message: 'spin.txt took longer than 0.3 s to read, twice, and was stopped.',
    });
    expect(next).toEqual({ text: 'ok', name: 'next.txt' });
  }, 30_000);

  it('reads again a file that was too slow once (a busy machine), before refusing it', async () => {
    // The first worker to read once.txt spins on it; the next one reads it at once.
    const marker = join(fixtureDir, `once-${Math.random().toString(36).slice(2)}`);
    const onceSlow = `
  if (name === 'once.txt' && !existsSync(${JSON.stringify(marker)})) {
    writeFileSync(${JSON.stringify(marker)}, '');
    for (;;) {}
  }
  ${echo}`;
    reader = createWorkerDocumentReader(
      { url: fixtureWorker(onceSlow, "import { existsSync, writeFileSync } from 'node:fs';") },
      { timeMs: 300, memoryMb: 64 },
    );
    expect(await read('once.txt', 'in time')).toEqual({ text: 'in time', name: 'once.txt' });
  }, 30_000);

  it('counts reading alone: a worker slow to start does not make a file too slow', async () => {
    // This worker takes over a second to start, five times the time limit for reading.
    const slowStart = fixtureWorker(
      echo,
      'const until = Date.now() + 1500; while (Date.now() < until);',
    );
    reader = createWorkerDocumentReader({ url: slowStart }, { timeMs: 300, memoryMb: 64 });
    expect(await read('quick.txt', 'read')).toEqual({ text: 'read', name: 'quick.txt' });
  }, 30_000);

  it('stops a file that exhausts the memory limit', async () => {
    reader = createWorkerDocumentReader(
      { url: fixtureWorker(misbehave) },
      { timeMs: 20_000, memoryMb: 48 },
    );
    expect(await failure(read('hog.txt'))).toEqual({
      code: 'unsupported',
      message: 'hog.txt needed more than 48 MB of memory to read and was stopped.',
    });
    expect(await read('after.txt', 'fine')).toEqual({ text: 'fine', name: 'after.txt' });
  });

  it('replaces a worker that dies between files, and the process survives it', async () => {
    const lateCrash = `${echo}
  if (name === 'late.txt') setTimeout(() => { throw new Error('late'); }, 20);`;
    reader = createWorkerDocumentReader({ url: fixtureWorker(lateCrash) });
    expect(await read('late.txt', 'first')).toEqual({ text: 'first', name: 'late.txt' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await read('after.txt', 'second')).toEqual({ text: 'second', name: 'after.txt' });
  });

  it('reports a worker that crashes or exits as an internal failure and goes on', async () => {
    reader = createWorkerDocumentReader({ url: fixtureWorker(misbehave) });
    expect(await failure(read('crash.txt'))).toEqual({
      code: 'internal',
      message: 'crash.txt stopped the reader unexpectedly (boom).',
    });
    expect(await failure(read('exit.txt'))).toEqual({
      code: 'internal',
      message: 'exit.txt stopped the reader (exit code 3).',
    });
    expect(await read('still.txt', 'alive')).toEqual({ text: 'alive', name: 'still.txt' });
  });
});

describe('the import worker', () => {
  it('survives a PDF whose parser fails again after the file was answered (regression)', async () => {
    reader = createWorkerDocumentReader(workerScript('import-worker'));
    expect(await failure(reader.read({ fileName: 'bad.pdf', bytes: strayRejectionPdf }))).toEqual({
      code: 'unsupported',
      message: expect.stringMatching(/^bad\.pdf (is a damaged PDF|has no text layer)/),
    });
    await new Promise((resolve) => setTimeout(resolve, 1500)); // pdfjs's late rejection lands
    const next = await reader.read({ fileName: 'next.txt', bytes: Buffer.from('Still reading.') });
    expect(next.text).toBe('Still reading.');
  }, 60_000); // a worker start, pdfjs and its late rejection: seconds on a loaded machine

  it('reads a PDF and refuses a broken one with the reader message', async () => {
    reader = createWorkerDocumentReader(workerScript('import-worker'));
    const pdf = writePdf({
      pages: [['Dam gives way above the valley', 'Water reached the first villages by dawn.']],
    });
    const parsed = await reader.read({ fileName: 'dam.pdf', bytes: pdf });
    expect(parsed.metadata.title).toBe('Dam gives way above the valley');
    expect(parsed.text).toBe('Water reached the first villages by dawn.');
    expect(await failure(reader.read({ fileName: 'x.pdf', bytes: pdf.slice(0, 40) }))).toEqual({
      code: 'unsupported',
      message: expect.stringMatching(/^x\.pdf is a damaged PDF/),
    });
  }, 60_000);
});
