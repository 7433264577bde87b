import { mix32, seededValues } from './hash';

/**
 * MinHash signatures of sets of 32-bit values: for each of `size` seeded hash functions, the
 * smallest hash over the set. Two sets agree at any one position with probability equal to their
 * Jaccard similarity, which is what lets LSH find similar sentences without comparing them all.
 */
export class MinHasher {
  private readonly seeds: Uint32Array;

  constructor(
    readonly size: number,
    seed: number,
  ) {
    this.seeds = seededValues(seed, size);
  }

  /** Writes the signature of `set` into `into` (length `size`); an empty set gives all 2³²−1. */
  signature(set: Uint32Array, into: Uint32Array = new Uint32Array(this.size)): Uint32Array {
    into.fill(0xffffffff);
    for (const value of set) {
      for (let index = 0; index < this.size; index++) {
        const hashed = mix32(value ^ (this.seeds[index] ?? 0));
        if (hashed < (into[index] ?? 0)) into[index] = hashed;
      }
    }
    return into;
  }
}

/** One 32-bit key per band of `rows` consecutive signature values. */
export function bandKeys(signature: Uint32Array, bands: number, rows: number): Uint32Array {
  const keys = new Uint32Array(bands);
  for (let band = 0; band < bands; band++) {
    let h = band + 0x6b43a9b5;
    for (let row = 0; row < rows; row++) {
      h = mix32(Math.imul(h, 0x9e3779b1) ^ (signature[band * rows + row] ?? 0));
    }
    keys[band] = h;
  }
  return keys;
}
