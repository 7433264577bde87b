import { describe, expect, it } from 'vitest';
import {
  batchReducer,
  countBatch,
  rowStatusText,
  summaryText,
  tooLarge,
  type ImportBatch,
} from './importBatch';

function run(actions: Parameters<typeof batchReducer>[1][]): ImportBatch | null {
  return actions.reduce<ImportBatch | null>(batchReducer, null);
}

describe('import batch', () => {
  it('tracks each file from waiting through reading to its outcome, then sums up', () => {
    const batch = run([
      { type: 'add', names: ['a.html', 'b.pdf', 'c.txt'] },
      { type: 'reading', index: 0 },
      { type: 'result', index: 0, result: { fileName: 'a.html', status: 'imported', sourceId: 6 } },
      { type: 'reading', index: 1 },
    ]);
    expect(batch?.rows.map((row) => row.status)).toEqual(['imported', 'reading', 'waiting']);
    expect(countBatch(batch!)).toEqual({ done: 1, imported: 1, duplicate: 0, refused: 0 });

    const done = run([
      { type: 'add', names: ['a.html', 'b.pdf', 'c.txt'] },
      { type: 'result', index: 0, result: { fileName: 'a.html', status: 'imported', sourceId: 6 } },
      {
        type: 'result',
        index: 1,
        result: { fileName: 'b.pdf', status: 'refused', message: 'b.pdf has no text layer.' },
      },
      { type: 'result', index: 2, result: { fileName: 'c.txt', status: 'duplicate', sourceId: 2 } },
      { type: 'finish' },
    ]);
    expect(done?.finished).toBe(true);
    expect(done?.rows[1]).toEqual({
      name: 'b.pdf',
      status: 'refused',
      message: 'b.pdf has no text layer.',
    });
    expect(summaryText(countBatch(done!))).toBe('1 imported · 1 duplicate skipped · 1 refused');
  });

  it('fills rows from main progress events for imports by path', () => {
    const batch = run([
      { type: 'add', names: ['x.txt'] },
      { type: 'result', index: 0, result: { fileName: 'x.txt', status: 'imported' } },
      { type: 'add', names: ['Reports'] },
      {
        type: 'progress',
        offset: 1,
        progress: { done: 1, total: 3, result: { fileName: 'a.txt', status: 'imported' } },
      },
      {
        type: 'progress',
        offset: 1,
        progress: { done: 2, total: 3, result: { fileName: 'b.txt', status: 'duplicate' } },
      },
    ]);
    expect(batch?.total).toBe(4);
    expect(batch?.rows.map((row) => row.name)).toEqual(['x.txt', 'a.txt', 'b.txt']);
    expect(countBatch(batch!).done).toBe(3);
  });

  it('adds files to a running batch and starts afresh after a finished one', () => {
    const running = run([
      { type: 'add', names: ['a.txt'] },
      { type: 'add', names: ['b.txt'] },
    ]);
    expect(running?.rows.map((row) => row.name)).toEqual(['a.txt', 'b.txt']);
    const fresh = run([
      { type: 'add', names: ['a.txt'] },
      { type: 'finish' },
      { type: 'add', names: ['c.txt'] },
    ]);
    expect(fresh?.rows.map((row) => row.name)).toEqual(['c.txt']);
  });

  it('reports files the batch never reached when it stops early', () => {
    const batch = run([
      { type: 'add', names: ['a.txt', 'b.txt'] },
      { type: 'result', index: 0, result: { fileName: 'a.txt', status: 'imported' } },
      { type: 'reading', index: 1 },
      { type: 'finish', error: 'Cannot reach Corroborate.' },
    ]);
    expect(batch?.error).toBe('Cannot reach Corroborate.');
    expect(batch?.rows[1]).toMatchObject({ status: 'refused', message: /import stopped/ });
  });

  it('says nothing of zero counts and words a size refusal as main does', () => {
    expect(summaryText({ done: 2, imported: 0, duplicate: 2, refused: 0 })).toBe(
      '2 duplicates skipped',
    );
    expect(summaryText({ done: 0, imported: 0, duplicate: 0, refused: 0 })).toBe(
      'Nothing to import',
    );
    expect(tooLarge('big.pdf', 80 * 1024 * 1024, 50 * 1024 * 1024)).toEqual({
      fileName: 'big.pdf',
      status: 'refused',
      message: 'big.pdf is 80.0 MB; the limit is 50.0 MB.',
    });
  });
});

describe('rowStatusText', () => {
  it.each<[string, Parameters<typeof rowStatusText>[0], string]>([
    ['an import', { name: 'a.txt', status: 'imported', sourceId: 6 }, 'Imported'],
    [
      'a republication',
      {
        name: 'b.txt',
        status: 'imported',
        sourceId: 7,
        identicalTo: 1,
        message: 'Identical text to #000 “Kim heads east” — linked as a copy.',
      },
      'Imported · Identical text to #000 “Kim heads east” — linked as a copy.',
    ],
    [
      'a duplicate naming the source already there',
      {
        name: 'c.txt',
        status: 'duplicate',
        sourceId: 1,
        message: 'Already in the case as #000 “Kim heads east” (same file, same details).',
      },
      'Already in the case as #000 “Kim heads east” (same file, same details).',
    ],
    ['a duplicate without a reason', { name: 'd.txt', status: 'duplicate' }, 'Already in the case'],
    [
      'a refusal',
      { name: 'e.pdf', status: 'refused', message: 'e.pdf has no text layer.' },
      'e.pdf has no text layer.',
    ],
    ['a file being read', { name: 'f.txt', status: 'reading' }, 'Reading…'],
  ])('%s', (_, row, text) => {
    expect(rowStatusText(row)).toBe(text);
  });

  it('keeps which source a republication repeats', () => {
    const batch = run([
      { type: 'add', names: ['b.txt'] },
      {
        type: 'result',
        index: 0,
        result: {
          fileName: 'b.txt',
          status: 'imported',
          sourceId: 7,
          identicalTo: 1,
          message: 'm',
        },
      },
    ]);
    expect(batch?.rows[0]).toEqual({
      name: 'b.txt',
      status: 'imported',
      sourceId: 7,
      identicalTo: 1,
      message: 'm',
    });
  });
});
