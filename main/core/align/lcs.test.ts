import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lcsAlignment, lcsLength, longestCommonRun } from './lcs';

function bruteLcs(a: readonly number[], b: readonly number[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i]![j] =
        a[i - 1] === b[j - 1]
          ? table[i - 1]![j - 1]! + 1
          : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
    }
  }
  return table[a.length]![b.length]!;
}

function bruteRun(a: readonly number[], b: readonly number[]): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let run = 0;
      while (a[i + run] !== undefined && a[i + run] === b[j + run]) run++;
      best = Math.max(best, run);
    }
  }
  return best;
}

const ids = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 });

describe('token dynamic programs', () => {
  it('agree with brute force on any ranges', () => {
    fc.assert(
      fc.property(ids, ids, fc.nat(3), fc.nat(3), (a, b, skipA, skipB) => {
        const padA = Int32Array.from([...Array<number>(skipA).fill(9), ...a, 9]);
        const padB = Int32Array.from([...Array<number>(skipB).fill(8), ...b, 8]);
        const rangeA = [padA, skipA, skipA + a.length] as const;
        const rangeB = [padB, skipB, skipB + b.length] as const;
        expect(lcsLength(...rangeA, ...rangeB)).toBe(bruteLcs(a, b));
        const run = longestCommonRun(...rangeA, ...rangeB);
        expect(run.length).toBe(bruteRun(a, b));
        const found = Array.from(padA.subarray(run.endA - run.length, run.endA));
        expect(bruteRun(found, b)).toBe(run.length);
        const alignment = lcsAlignment(...rangeA, ...rangeB, 3);
        expect(alignment.common).toBe(bruteLcs(a, b));
        expect(2 * alignment.common + alignment.localEdits).toBeLessThanOrEqual(
          a.length + b.length,
        );
      }),
    );
  });

  it.each([
    // Word swaps between matches are local edits…
    [[1, 2, 3, 4, 5], [1, 9, 3, 8, 5], 3, 4],
    // …and so are runs replaced word for word; a clause rewritten at once is not.
    [[1, 2, 3, 4, 5, 6, 7], [1, 9, 9, 9, 9, 9, 7], 2, 10],
    [[1, 2, 3, 4, 5, 6, 7], [1, 9, 9, 9, 7], 2, 0],
    [[1, 2], [1, 2, 9, 9], 2, 2],
    [[], [1], 0, 0],
  ])('lcsAlignment(%j, %j) has %i common and %i in local edits', (a, b, common, local) => {
    const x = Int32Array.from(a);
    const y = Int32Array.from(b);
    expect(lcsAlignment(x, 0, x.length, y, 0, y.length, 3)).toEqual({
      common,
      localEdits: local,
      clashes: 0,
    });
  });

  it('falls back to the length only for huge ranges', () => {
    const x = Int32Array.from({ length: 50 }, (_, index) => index);
    expect(lcsAlignment(x, 0, 50, x, 0, 50, 3, null, 100)).toEqual({
      common: 50,
      localEdits: 0,
      clashes: 0,
    });
  });

  it('counts gaps where a flagged token (a name, a number) is replaced by another', () => {
    // "Mr Ebbers pleaded not guilty in 2004" / "Mr Myers pleaded guilty in 2005"
    const a = Int32Array.from([1, 2, 3, 4, 5, 6, 7]);
    const b = Int32Array.from([1, 8, 3, 5, 6, 9]);
    const flags = {
      a: Uint8Array.from([0, 1, 0, 0, 0, 0, 1]),
      b: Uint8Array.from([0, 1, 0, 0, 0, 1]),
    };
    expect(lcsAlignment(a, 0, 7, b, 0, 6, 3, flags).clashes).toBe(2);
    const unflagged = { a: flags.a, b: new Uint8Array(6) };
    expect(lcsAlignment(a, 0, 7, b, 0, 6, 3, unflagged).clashes).toBe(0);
  });
});
