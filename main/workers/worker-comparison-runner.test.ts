import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inlineComparisonRunner } from '../services/run-comparison';
import { readSeeds } from '../testing/seeds';
import { createWorkerComparisonRunner, unpackedPath } from './worker-comparison-runner';
import { workerScript } from './worker-script';

describe('unpackedPath', () => {
  it.each([
    [
      '/opt/Corroborate/resources/app.asar/out/main/compare-worker.js',
      '/opt/Corroborate/resources/app.asar.unpacked/out/main/compare-worker.js',
    ],
    ['/work/main/out/main/compare-worker.js', '/work/main/out/main/compare-worker.js'],
    [
      '/home/me/app.asar-notes/out/main/compare-worker.js',
      '/home/me/app.asar-notes/out/main/compare-worker.js',
    ],
  ])('%s -> %s', (path, expected) => {
    expect(unpackedPath(pathToFileURL(path))).toBe(expected);
  });
});

describe('createWorkerComparisonRunner', () => {
  const texts = readSeeds();
  const input = {
    docs: texts.map((text, index) => ({
      facts: {
        id: index + 1,
        label: String(index).padStart(3, '0'),
        attribution: '',
        outlet: '',
        url: '',
        publishedDate: '',
      },
      text,
    })),
    only: texts.map((_, index) => index + 1),
  };

  it('gives what the same comparison gives on this thread', async () => {
    const runner = createWorkerComparisonRunner(workerScript('compare-worker'));
    const progress: number[] = [];
    const output = await runner.run(input, (done) => progress.push(done));
    expect(output).toEqual(await inlineComparisonRunner.run(input, () => undefined));
    expect(progress.at(-1)).toBe(10);
  }, 60_000);

  it('stops when cancelled, and so does the inline runner', async () => {
    const runner = createWorkerComparisonRunner(workerScript('compare-worker'));
    const controller = new AbortController();
    await expect(runner.run(input, () => controller.abort(), controller.signal)).rejects.toThrow(
      'The comparison was cancelled.',
    );
    await expect(runner.run(input, () => undefined, controller.signal)).rejects.toThrow(
      'The comparison was cancelled.',
    );
    const inline = new AbortController();
    await expect(
      inlineComparisonRunner.run(input, () => inline.abort(), inline.signal),
    ).rejects.toThrow();
  }, 60_000);
});
