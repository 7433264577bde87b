// Baseline: exact character seeds plus greedy extension, the classic text-reuse detector. Both
// texts are normalised (lowercase, each whitespace run one space) with a map back to code points;
// every 50-character seed of `a` is indexed, `b` is scanned for them, each hit is extended as far as
// the characters agree, and hits closer than `gap` in both texts are merged.

import type { ReusePair } from '../../../main/core/corpus';

export interface Normalised {
  text: string;
  /** For each UTF-16 unit of `text`, the code-point offset in the original it came from. */
  map: number[];
}

/** Lowercase, whitespace runs as one space; keeps where each character came from. */
export function normalise(original: string): Normalised {
  let text = '';
  const map: number[] = [];
  let index = 0;
  let inSpace = false;
  for (const c of original) {
    if (/\s/u.test(c)) {
      if (!inSpace) {
        text += ' ';
        map.push(index);
      }
      inSpace = true;
    } else {
      inSpace = false;
      const lower = c.toLowerCase();
      const kept = lower.length === c.length ? lower : c;
      text += kept;
      for (let unit = 0; unit < kept.length; unit++) map.push(index);
    }
    index++;
  }
  return { text, map };
}

export interface SeedExtendOptions {
  seed: number;
  /** Largest gap, in normalised characters, bridged in both texts when merging. */
  gap: number;
  /** Shortest detection kept, in normalised characters of each text. */
  minLength: number;
}

export const SEED_EXTEND: SeedExtendOptions = { seed: 50, gap: 100, minLength: 100 };

interface Match {
  a: number;
  b: number;
  length: number;
}

function extend(a: string, b: string, i: number, j: number): number {
  let length = 0;
  while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length]) {
    length++;
  }
  return length;
}

/** Merges matches ordered by position in b when the gaps in both texts are within `gap`. */
function merge(matches: readonly Match[], gap: number) {
  const out: Array<{ a: [number, number]; b: [number, number] }> = [];
  for (const match of matches) {
    const last = out[out.length - 1];
    const gapA = last ? match.a - last.a[1] : -1;
    const gapB = last ? match.b - last.b[1] : -1;
    if (last && gapA >= 0 && gapA <= gap && gapB >= 0 && gapB <= gap) {
      last.a[1] = match.a + match.length;
      last.b[1] = match.b + match.length;
    } else {
      out.push({ a: [match.a, match.a + match.length], b: [match.b, match.b + match.length] });
    }
  }
  return out;
}

export function seedExtend(
  aText: string,
  bText: string,
  options: SeedExtendOptions = SEED_EXTEND,
): ReusePair[] {
  const a = normalise(aText);
  const b = normalise(bText);
  const index = new Map<string, number[]>();
  for (let i = 0; i + options.seed <= a.text.length; i++) {
    const key = a.text.slice(i, i + options.seed);
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  }
  const matches: Match[] = [];
  let j = 0;
  while (j + options.seed <= b.text.length) {
    const hits = index.get(b.text.slice(j, j + options.seed));
    if (!hits) {
      j++;
      continue;
    }
    let best: Match | null = null;
    for (const i of hits) {
      const length = extend(a.text, b.text, i, j);
      if (!best || length > best.length) best = { a: i, b: j, length };
    }
    if (!best) break;
    matches.push(best);
    j += best.length;
  }
  const toCodePoints = (side: Normalised, [start, end]: [number, number]) => ({
    start: side.map[start] ?? 0,
    end: (side.map[end - 1] ?? 0) + 1,
  });
  return merge(matches, options.gap)
    .filter(
      (found) =>
        found.a[1] - found.a[0] >= options.minLength &&
        found.b[1] - found.b[0] >= options.minLength,
    )
    .map((found) => ({ a: toCodePoints(a, found.a), b: toCodePoints(b, found.b) }));
}
