import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unpackedPath } from './worker-comparison-runner';

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
