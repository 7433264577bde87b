// Source numbers (see source-label.ts) worked out from the numbered files alone. A source whose
// file name has no number is numbered by its id, and only a numbered file can take that id's
// string first; so a case's numbering is fixed by its numbered files, plus, for each number one
// of them took that is also a source's id, whether that source exists. At 22,000 sources named
// "business-001.txt" nothing at all needs reading, where numbering every source cost 30–40 ms
// of the first query after open.

import { fileNumber, type NumberedSource } from './source-label';

/** A source's id as its number, when `number` is one ("12" but not "012" or "1e3"). */
function idNamed(number: string): number | null {
  if (number.length === 0 || number.length > 15 || (number.length > 1 && number[0] === '0'))
    return null;
  const id = Number(number);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * The same numbers as `SourceNumbering`, kept as the exceptions to "its id": `add` is given the
 * sources with a numbered file name newer than any seen (others may be given too and are
 * skipped), the highest id the case now holds, and a way to ask whether a source exists.
 */
export class SparseSourceNumbering {
  /** Numbers other than the source's id. */
  private readonly exceptions = new Map<number, string>();
  /** Every number a numbered file's source holds, and every exception. */
  private readonly taken = new Set<string>();
  private readonly numbered = new Set<number>();
  /** Ids not reached yet whose string a numbered file took first. */
  private readonly pending = new Set<number>();
  private lastId = -Infinity;

  /** The highest id numbered so far. */
  get highestId(): number {
    return this.lastId;
  }

  numberOf(id: number): string {
    return this.exceptions.get(id) ?? String(id);
  }

  /**
   * Numbers the sources up to `highestId`: `sources` must hold, in id order, every one newer
   * than the last call whose file name has a number. `exists` says whether a source is in the
   * case (asked only of ids up to `highestId`).
   */
  add(
    sources: readonly NumberedSource[],
    highestId: number,
    exists: (id: number) => boolean,
  ): void {
    // Is `number` held by a source numbered before `id`? Either a numbered file's source (or
    // an exception) holds it, or it is the id of an earlier source without a numbered file.
    const held = (number: string, id: number) => {
      if (this.taken.has(number)) return true;
      const owner = idNamed(number);
      return owner !== null && owner < id && !this.numbered.has(owner) && exists(owner);
    };
    for (const source of sources) {
      if (source.id <= this.lastId)
        throw new Error(`Source ${source.id} is not newer than ${this.lastId}.`);
      if (source.id > highestId) throw new Error(`Source ${source.id} is above ${highestId}.`);
      const own = fileNumber(source.fileName);
      if (own === null) continue;
      this.numbered.add(source.id);
      let number = own;
      if (held(number, source.id)) {
        number = String(source.id);
        for (let suffix = 2; held(number, source.id); suffix += 1)
          number = `${source.id}-${suffix}`;
      }
      this.taken.add(number);
      if (number !== String(source.id)) this.exceptions.set(source.id, number);
      const later = idNamed(number);
      if (number === own && later !== null && later > source.id) this.pending.add(later);
      this.lastId = source.id;
    }
    this.settlePending(highestId, exists);
    this.lastId = Math.max(this.lastId, highestId);
  }

  /** Sources up to `upTo` whose id a numbered file took before them: "<id>-2". */
  private settlePending(upTo: number, exists: (id: number) => boolean): void {
    for (const id of this.pending) {
      if (id > upTo) continue;
      this.pending.delete(id);
      if (this.numbered.has(id) || !exists(id)) continue;
      this.exceptions.set(id, `${id}-2`);
      this.taken.add(`${id}-2`);
    }
  }
}
