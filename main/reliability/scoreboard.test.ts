import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { brokenPromises, formatScore, readScores, recordScore } from './scoreboard';

describe('scoreboard', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('records suites, reads them back in name order and formats their figures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scoreboard-'));
    dirs.push(dir);
    recordScore({ suite: 'Kills', figures: [{ label: 'kills', value: 1214 }] }, dir);
    recordScore(
      {
        suite: 'I/O errors',
        figures: [
          { label: 'injected I/O errors', value: 31 },
          { label: 'corrupt', value: 0, mustBeZero: true },
        ],
      },
      dir,
    );
    const scores = readScores(dir);
    expect(scores.map(formatScore)).toEqual([
      'I/O errors: 31 injected I/O errors, 0 corrupt',
      'Kills: 1,214 kills',
    ]);
    expect(brokenPromises(scores)).toEqual([]);
  });

  it('names each figure that had to be zero and was not', () => {
    expect(
      brokenPromises([
        { suite: 'Kills', figures: [{ label: 'lost', value: 2, mustBeZero: true }] },
      ]),
    ).toEqual(['Kills: 2 lost']);
  });

  it('reads nothing from a folder that does not exist', () => {
    expect(readScores(join(tmpdir(), 'no-such-scoreboard-folder'))).toEqual([]);
  });
});
