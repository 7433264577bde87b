import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceNumbers } from './source-label';
import { SparseSourceNumbering } from './sparse-numbering';

/** The sparse numbering of `sources`, fed in batches cut at `cuts`, read back for each source. */
function sparse(
  sources: ReadonlyArray<{ id: number; fileName: string }>,
  cuts: readonly number[],
): Map<number, string> {
  const ids = new Set(sources.map((source) => source.id));
  const asked: number[] = [];
  const numbering = new SparseSourceNumbering();
  let from = 0;
  for (const cut of [...cuts, sources.length].sort((a, b) => a - b)) {
    const batch = sources.slice(from, cut);
    from = Math.max(from, cut);
    if (batch.length === 0) continue;
    const highest = batch.at(-1)?.id ?? 0;
    numbering.add(batch, highest, (id) => {
      if (id > highest) throw new Error(`asked about ${id} above ${highest}`);
      asked.push(id);
      return ids.has(id);
    });
  }
  return new Map(sources.map(({ id }) => [id, numbering.numberOf(id)]));
}

describe('SparseSourceNumbering', () => {
  it('gives the numbers SourceNumbering gives, whatever the batches', () => {
    const name = fc.oneof(
      fc.constantFrom('a.txt', 'report.txt', '2023-09-13 AP.txt'),
      fc
        .tuple(
          fc.oneof(fc.integer({ min: 0, max: 30 }).map(String), fc.constantFrom('0', '00', '007')),
          fc.constantFrom('_x.txt', '-y.txt', '.txt', ' z', ''),
        )
        .map(([number, rest]) => number + rest),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), name), { maxLength: 30 }),
        fc.array(fc.nat(30), { maxLength: 4 }),
        (steps, cuts) => {
          let id = 0;
          const sources = steps.map(([gap, fileName]) => ({ id: (id += gap), fileName }));
          expect(sparse(sources, cuts)).toEqual(sourceNumbers(sources));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('is told only of numbered files: the rest are skipped and need no reading', () => {
    const numbering = new SparseSourceNumbering();
    const exists = new Set([1, 2, 3, 4]);
    // "3_x" takes 3 before source 3 (no number) is reached: source 3 is "3-2".
    numbering.add([{ id: 2, fileName: '3_x.txt' }], 4, (id) => exists.has(id));
    expect([1, 2, 3, 4].map((id) => numbering.numberOf(id))).toEqual(['1', '3', '3-2', '4']);
    // A later "1_y" finds 1 held by source 1 and takes its own id.
    numbering.add([{ id: 5, fileName: '1_y.txt' }], 5, () => true);
    expect(numbering.numberOf(5)).toBe('5');
    expect(() => numbering.add([{ id: 5, fileName: 'z' }], 6, () => true)).toThrow(/not newer/);
  });
});
