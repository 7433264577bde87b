// The dev/test partition. Everything the evaluation generates is built from one half of the BBC
// corpus at a time, so the engine can be tuned on `dev` while `test` is only ever reported.

export type Split = 'dev' | 'test';
export const SPLITS: readonly Split[] = ['dev', 'test'];

/** FNV-1a over UTF-16 units with a final avalanche; our own, so the split never moves. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The half a key ("business/001", a sentence-pair id) belongs to. */
export function splitOf(key: string): Split {
  return stableHash(`corroborate-eval/${key}`) % 2 === 0 ? 'dev' : 'test';
}

/** A fixed seed per dataset and split, so each split's data is the same on every run. */
export function seedFor(dataset: string, split: Split): number {
  return stableHash(`seed/${dataset}/${split}`);
}

/** An integer in [low, high], both included. */
export function randomInt(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
