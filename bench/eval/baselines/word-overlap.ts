// Baseline: bag-of-words overlap. Jaccard of lowercased word sets for sentence pairs; containment
// of word 5-grams for copy decisions. Each decides by a threshold chosen on the dev split.

import { lowerWords } from '../sentences';

export function jaccard(a: string, b: string): number {
  const x = new Set(lowerWords(a));
  const y = new Set(lowerWords(b));
  if (x.size === 0 && y.size === 0) return 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return shared / (x.size + y.size - shared);
}

function grams(text: string, n: number): Set<string> {
  const words = lowerWords(text);
  const out = new Set<string>();
  for (let index = 0; index + n <= words.length; index++) {
    out.add(words.slice(index, index + n).join(' '));
  }
  return out;
}

/** Shared word n-grams over those of the text with fewer: 1 when one text is inside the other. */
export function containment(a: string, b: string, n = 5): number {
  const x = grams(a, n);
  const y = grams(b, n);
  const smaller = Math.min(x.size, y.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return shared / smaller;
}

/**
 * The threshold t (score ≥ t means positive) with the best accuracy on labelled scores; ties go
 * to the midpoint between neighbouring scores, the lowest such cut first.
 */
export function chooseThreshold(scored: ReadonlyArray<{ score: number; label: boolean }>): number {
  const values = [...new Set(scored.map((entry) => entry.score))].sort((x, y) => x - y);
  const cuts = [
    (values[0] ?? 0) - 1e-9,
    ...values.slice(1).map((value, index) => (value + (values[index] ?? value)) / 2),
    (values[values.length - 1] ?? 0) + 1e-9,
  ];
  let best = { cut: cuts[0] ?? 0, right: -1 };
  for (const cut of cuts) {
    const right = scored.filter((entry) => entry.score >= cut === entry.label).length;
    if (right > best.right) best = { cut, right };
  }
  return best.cut;
}
