import { describe, expect, it } from 'vitest';
import { bandKeys, MinHasher } from './min-hash';

const range = (from: number, to: number) =>
  Uint32Array.from({ length: to - from }, (_, index) => from + index);

function agreement(x: Uint32Array, y: Uint32Array): number {
  return x.filter((value, index) => value === y[index]).length / x.length;
}

describe('MinHasher', () => {
  const hasher = new MinHasher(512, 42);

  it('estimates Jaccard similarity by agreement', () => {
    // {0..99} and {50..149}: 50 shared of 150, J = 1/3.
    const estimate = agreement(hasher.signature(range(0, 100)), hasher.signature(range(50, 150)));
    expect(estimate).toBeGreaterThan(0.25);
    expect(estimate).toBeLessThan(0.42);
    expect(agreement(hasher.signature(range(0, 50)), hasher.signature(range(0, 50)))).toBe(1);
    expect(
      agreement(hasher.signature(range(0, 50)), hasher.signature(range(50, 100))),
    ).toBeLessThan(0.05);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const set = range(10, 30);
    expect(new MinHasher(16, 7).signature(set)).toEqual(new MinHasher(16, 7).signature(set));
    expect(new MinHasher(16, 7).signature(set)).not.toEqual(new MinHasher(16, 8).signature(set));
  });

  it('does not depend on the order of the set', () => {
    expect(hasher.signature(Uint32Array.from([5, 1, 9]))).toEqual(
      hasher.signature(Uint32Array.from([9, 5, 1])),
    );
  });
});

describe('bandKeys', () => {
  it('changes only the band whose rows changed', () => {
    const signature = range(100, 112);
    const changed = signature.slice();
    changed[4] = 999;
    const before = bandKeys(signature, 4, 3);
    const after = bandKeys(changed, 4, 3);
    expect([...after].map((key, band) => key === before[band])).toEqual([true, false, true, true]);
  });

  it('keys equal rows in different bands differently', () => {
    const keys = bandKeys(new Uint32Array(6), 2, 3);
    expect(keys[0]).not.toBe(keys[1]);
  });
});
