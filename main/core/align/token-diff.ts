// The word diff of an aligned passage, on token ids. This is jsdiff's `diffArrays` (the `diff`
// package, v9: Myers' O(ND) algorithm with its edge-of-graph pruning) followed step by step, so
// its answers are the same, edit for edit (token-diff.test.ts checks it against the package
// itself on generated arrays). Only the bookkeeping differs: jsdiff allocates an object for every
// step of every path, which made the diff a quarter of a corpus comparison's time; here paths
// and their edits live in typed arrays.

/** A run of the edit script: `count` tokens kept, added (in the new array) or removed (old). */
export interface EditRun {
  count: number;
  added: boolean;
  removed: boolean;
}

const COMMON = 0;
const ADDED = 1;
const REMOVED = 2;
/** No path on a diagonal (jsdiff's `undefined`). */
const NONE = -2;

/** Edits in a growable pool; each knows the one before it, so paths share their history. */
class EditPool {
  previous = new Int32Array(64);
  kind = new Uint8Array(64);
  count = new Int32Array(64);
  size = 0;

  add(previous: number, kind: number, count: number): number {
    if (this.size === this.previous.length) {
      const grow = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
        const bigger = make(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      this.previous = grow(this.previous, (n) => new Int32Array(n));
      this.kind = grow(this.kind, (n) => new Uint8Array(n));
      this.count = grow(this.count, (n) => new Int32Array(n));
    }
    const id = this.size++;
    this.previous[id] = previous;
    this.kind[id] = kind;
    this.count[id] = count;
    return id;
  }
}

/** The edit runs turning `before` into `after`, exactly as jsdiff's `diffArrays` gives them. */
export function diffTokenIds(before: ArrayLike<number>, after: ArrayLike<number>): EditRun[] {
  const oldLen = before.length;
  const newLen = after.length;
  const maxEditLength = oldLen + newLen;
  const offset = maxEditLength + 1;
  // Per diagonal (offset): the furthest old position reached, and the path's last edit.
  const pathOld = new Int32Array(2 * offset + 1).fill(NONE);
  const pathEdit = new Int32Array(2 * offset + 1).fill(-1);
  const edits = new EditPool();

  /** Follows equal tokens from a path's end; returns the new position and its last edit. */
  const extendCommon = (oldPos: number, lastEdit: number, diagonal: number) => {
    let newPos = oldPos - diagonal;
    let common = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && before[oldPos + 1] === after[newPos + 1]) {
      newPos++;
      oldPos++;
      common++;
    }
    return {
      oldPos,
      newPos,
      lastEdit: common > 0 ? edits.add(lastEdit, COMMON, common) : lastEdit,
    };
  };

  const start = extendCommon(-1, -1, 0);
  if (start.oldPos + 1 >= oldLen && start.newPos + 1 >= newLen)
    return runsOf(edits, start.lastEdit);
  pathOld[offset] = start.oldPos;
  pathEdit[offset] = start.lastEdit;

  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEditLength; editLength++) {
    const from = Math.max(minDiagonal, -editLength);
    const to = Math.min(maxDiagonal, editLength);
    for (let diagonal = from; diagonal <= to; diagonal += 2) {
      const removeAt = offset + diagonal - 1;
      const addAt = offset + diagonal + 1;
      const removeOld = pathOld[removeAt] ?? NONE;
      const removeEdit = pathEdit[removeAt] ?? -1;
      const addOld = pathOld[addAt] ?? NONE;
      const addEdit = pathEdit[addAt] ?? -1;
      if (removeOld !== NONE) pathOld[removeAt] = NONE;
      let canAdd = false;
      if (addOld !== NONE) {
        const addNewPos = addOld - diagonal;
        canAdd = 0 <= addNewPos && addNewPos < newLen;
      }
      const canRemove = removeOld !== NONE && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        pathOld[offset + diagonal] = NONE;
        continue;
      }
      // jsdiff's choice: branch from the path that went furthest in the old array.
      const fromAdd = !canRemove || (canAdd && removeOld < addOld);
      const [baseOld, lastEdit, kind] = fromAdd
        ? [addOld, addEdit, ADDED]
        : [removeOld + 1, removeEdit, REMOVED];
      const merged =
        lastEdit >= 0 && edits.kind[lastEdit] === kind
          ? edits.add(edits.previous[lastEdit] ?? -1, kind, (edits.count[lastEdit] ?? 0) + 1)
          : edits.add(lastEdit, kind, 1);
      const reached = extendCommon(baseOld, merged, diagonal);
      if (reached.oldPos + 1 >= oldLen && reached.newPos + 1 >= newLen) {
        return runsOf(edits, reached.lastEdit);
      }
      pathOld[offset + diagonal] = reached.oldPos;
      pathEdit[offset + diagonal] = reached.lastEdit;
      if (reached.oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (reached.newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  // Unreachable: an edit script of length oldLen + newLen always exists.
  return [
    { count: oldLen, added: false, removed: true },
    { count: newLen, added: true, removed: false },
  ];
}

/** The edits of a path, first to last. */
function runsOf(edits: EditPool, last: number): EditRun[] {
  const runs: EditRun[] = [];
  for (let edit = last; edit >= 0; edit = edits.previous[edit] ?? -1) {
    const kind = edits.kind[edit];
    runs.push({ count: edits.count[edit] ?? 0, added: kind === ADDED, removed: kind === REMOVED });
  }
  return runs.reverse();
}
