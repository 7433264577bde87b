import { describe, expect, it } from 'vitest';
import { hashString, mix32, seededRandom, seededValues } from './hash';

describe('hashes', () => {
  it('are fixed across runs, so cached results stay valid', () => {
    expect(hashString('putin')).toBe(hashString('putin'));
    expect([hashString(''), hashString('a'), mix32(1)]).toMatchInlineSnapshot(`
      [
        2872998923,
        444641715,
        1364076727,
      ]
    `);
    expect([...seededValues(7, 3)]).toEqual([...seededValues(7, 3)]);
  });

  it('spread nearby inputs apart and stay unsigned', () => {
    const values = new Set(Array.from({ length: 10_000 }, (_, index) => mix32(index)));
    expect(values.size).toBe(10_000);
    expect([...values].every((value) => value >= 0 && value <= 0xffffffff)).toBe(true);
    expect(hashString('Putin')).not.toBe(hashString('putin'));
  });

  it('give different seed sequences for different seeds', () => {
    expect([...seededValues(1, 4)]).not.toEqual([...seededValues(2, 4)]);
    expect(new Set(seededValues(1, 64)).size).toBe(64);
  });
});

describe('seededRandom', () => {
  it('repeats for a seed, differs between seeds and stays in [0, 1)', () => {
    const take = (seed: number) => Array.from({ length: 1000 }, seededRandom(seed));
    expect(take(3)).toEqual(take(3));
    expect(take(3)).not.toEqual(take(4));
    const values = take(5);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});
