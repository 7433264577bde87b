import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../testing/seeds';
import { spin } from '../corpus/test-corpus';
import { prepareText } from './prepare';
import { diffTokenIds } from './token-diff';
import { Vocabulary } from './vocabulary';

/** What jsdiff gives, reduced to what the word diff reads of it. */
const reference = (before: number[], after: number[]) =>
  diffArrays(before, after).map(({ count, added, removed }) => ({
    count,
    added: Boolean(added),
    removed: Boolean(removed),
  }));

describe('diffTokenIds', () => {
  it('gives jsdiff’s edit script, edit for edit, on arrays with many repeats', () => {
    const tokens = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 });
    fc.assert(
      fc.property(tokens, tokens, (before, after) => {
        expect(diffTokenIds(before, after)).toEqual(reference(before, after));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('gives jsdiff’s edit script on long arrays that share a little or a lot', () => {
    const long = fc
      .array(fc.integer({ min: 0, max: 30 }), { minLength: 50, maxLength: 300 })
      .chain((before) =>
        fc.tuple(
          fc.constant(before),
          fc.array(fc.tuple(fc.nat(before.length), fc.integer({ min: 0, max: 40 })), {
            maxLength: 40,
          }),
        ),
      );
    fc.assert(
      fc.property(long, ([before, changes]) => {
        // The same array with some tokens replaced and some removed.
        const after = before.slice();
        for (const [at, token] of changes) {
          if (token > 35) after.splice(at, 1);
          else after[at] = token;
        }
        expect(diffTokenIds(before, after)).toEqual(reference(before, after));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('gives jsdiff’s edit script on the seed reports and spun copies of them', () => {
    const vocabulary = new Vocabulary();
    const ids = (text: string) => Array.from(prepareText(text, vocabulary).tokenIds);
    const seeds = readSeeds();
    for (const [index, seed] of seeds.entries()) {
      const before = ids(seed);
      for (const after of [
        ids(spin(seed, 0.2, index)),
        ids(seeds[(index + 1) % seeds.length] ?? ''),
      ]) {
        expect(diffTokenIds(before, after)).toEqual(reference(before, after));
      }
    }
  }, 60_000);

  it('handles empty sides', () => {
    expect(diffTokenIds([], [])).toEqual([]);
    expect(diffTokenIds([1, 2], [])).toEqual([{ count: 2, added: false, removed: true }]);
    expect(diffTokenIds([], [3])).toEqual([{ count: 1, added: true, removed: false }]);
  });
});
