// Integer dynamic programs over token ids, run for every candidate sentence pair. One reusable
// row buffer, no allocation per call: the candidate loop calls these thousands of times.

let row = new Int32Array(256);

/** Dice coefficient of a common length over two lengths (0 when both are empty). */
export function dice(common: number, lengthA: number, lengthB: number): number {
  return lengthA + lengthB > 0 ? (2 * common) / (lengthA + lengthB) : 0;
}

function rowOf(length: number): Int32Array {
  if (row.length < length) row = new Int32Array(Math.max(length, row.length * 2));
  return row;
}

/** Length of the longest common subsequence of a[aFrom, aTo) and b[bFrom, bTo). */
export function lcsLength(
  a: Int32Array,
  aFrom: number,
  aTo: number,
  b: Int32Array,
  bFrom: number,
  bTo: number,
): number {
  const width = bTo - bFrom;
  if (aTo <= aFrom || width <= 0) return 0;
  const previous = rowOf(width + 1);
  previous.fill(0, 0, width + 1);
  for (let i = aFrom; i < aTo; i++) {
    const token = a[i];
    let diagonal = 0; // previous[j - 1] before this row overwrote it
    for (let j = 1; j <= width; j++) {
      const above = previous[j] ?? 0;
      if (b[bFrom + j - 1] === token) {
        previous[j] = diagonal + 1;
      } else {
        const left = previous[j - 1] ?? 0;
        if (left > above) previous[j] = left;
      }
      diagonal = above;
    }
  }
  return previous[width] ?? 0;
}

/** The longest run of tokens common to two ranges: its length and where it ends in `a`. */
export interface CommonRun {
  length: number;
  /** Index in `a` just past the run (aFrom when there is none). */
  endA: number;
}

/** The longest run of tokens common to a[aFrom, aTo) and b[bFrom, bTo). */
export function longestCommonRun(
  a: Int32Array,
  aFrom: number,
  aTo: number,
  b: Int32Array,
  bFrom: number,
  bTo: number,
): CommonRun {
  const width = bTo - bFrom;
  if (aTo <= aFrom || width <= 0) return { length: 0, endA: aFrom };
  const runs = rowOf(width + 1);
  runs.fill(0, 0, width + 1);
  let longest = 0;
  let endA = aFrom;
  for (let i = aFrom; i < aTo; i++) {
    const token = a[i];
    // Right to left, so runs[j - 1] still holds the previous row's value.
    for (let j = width; j >= 1; j--) {
      if (b[bFrom + j - 1] === token) {
        const run = (runs[j - 1] ?? 0) + 1;
        runs[j] = run;
        if (run > longest) {
          longest = run;
          endA = i + 1;
        }
      } else {
        runs[j] = 0;
      }
    }
  }
  return { length: longest, endA };
}

let table = new Int32Array(1024);

/** The LCS length of two ranges, and how much of what differs sits in short local edits. */
export interface LcsAlignment {
  common: number;
  /**
   * Unmatched tokens (both sides) in gaps of at most `maxGap` tokens on each side, or in gaps
   * replacing word for word (as many tokens each side, at most twice `maxGap`).
   */
  localEdits: number;
  /** Gaps with a flagged token on both sides (a name or number replaced by another). */
  clashes: number;
}

/**
 * LCS with a full table and a backtrack, to see where the differences are: a spun sentence
 * differs by word swaps scattered between matches; a different sentence with a similar frame
 * differs by whole clauses. Ranges over `maxCells` table cells fall back to no local edits.
 */
export function lcsAlignment(
  a: Int32Array,
  aFrom: number,
  aTo: number,
  b: Int32Array,
  bFrom: number,
  bTo: number,
  maxGap: number,
  flags: { a: Uint8Array; b: Uint8Array } | null = null,
  maxCells = 1 << 20,
): LcsAlignment {
  const rows = aTo - aFrom;
  const columns = bTo - bFrom;
  const cells = (rows + 1) * (columns + 1);
  if (rows <= 0 || columns <= 0) return { common: 0, localEdits: 0, clashes: 0 };
  if (cells > maxCells) {
    return { common: lcsLength(a, aFrom, aTo, b, bFrom, bTo), localEdits: 0, clashes: 0 };
  }
  if (table.length < cells) table = new Int32Array(Math.max(cells, table.length * 2));
  const width = columns + 1;
  table.fill(0, 0, width);
  for (let i = 1; i <= rows; i++) {
    const token = a[aFrom + i - 1];
    const row = i * width;
    table[row] = 0;
    for (let j = 1; j <= columns; j++) {
      if (b[bFrom + j - 1] === token) {
        table[row + j] = (table[row - width + j - 1] ?? 0) + 1;
      } else {
        const up = table[row - width + j] ?? 0;
        const left = table[row + j - 1] ?? 0;
        table[row + j] = up > left ? up : left;
      }
    }
  }
  // Walk back from the end; each match closes the gap since the previous (later) match.
  let localEdits = 0;
  let clashes = 0;
  let i = rows;
  let j = columns;
  let gapA = 0;
  let gapB = 0;
  let flaggedA = false;
  let flaggedB = false;
  const closeGap = () => {
    const small = gapA <= maxGap && gapB <= maxGap;
    if (small || (gapA === gapB && gapA <= 2 * maxGap)) localEdits += gapA + gapB;
    if (flaggedA && flaggedB) clashes++;
    gapA = 0;
    gapB = 0;
    flaggedA = false;
    flaggedB = false;
  };
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && a[aFrom + i - 1] === b[bFrom + j - 1]) {
      closeGap();
      i--;
      j--;
    } else if (
      j === 0 ||
      (i > 0 && (table[(i - 1) * width + j] ?? 0) >= (table[i * width + j - 1] ?? 0))
    ) {
      gapA++;
      if (flags?.a[aFrom + i - 1]) flaggedA = true;
      i--;
    } else {
      gapB++;
      if (flags?.b[bFrom + j - 1]) flaggedB = true;
      j--;
    }
  }
  closeGap();
  return { common: table[rows * width + columns] ?? 0, localEdits, clashes };
}
