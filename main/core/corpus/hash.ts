// Small, seeded, 32-bit hashes. Fingerprints must be identical on every run and every machine
// (results are cached per engine version), so nothing here may depend on Math.random or on
// iteration order of anything but the input.

/** Murmur3's finaliser: spreads every input bit over the whole 32-bit word. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 units, then mixed; unsigned 32-bit. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** `count` seeds from a splitmix32 sequence started at `seed`. */
export function seededValues(seed: number, count: number): Uint32Array {
  const values = new Uint32Array(count);
  let state = seed | 0;
  for (let index = 0; index < count; index++) {
    state = (state + 0x9e3779b9) | 0;
    values[index] = mix32(state);
  }
  return values;
}

/** A seeded generator of floats in [0, 1) (mulberry32): the same seed, the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
