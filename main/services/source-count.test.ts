import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestServices, idleComparisonRunner } from './test-support';
import { SourceCount } from './source-count';

let services: ReturnType<typeof createTestServices>;
afterEach(() => services.cases.close());

const article = (word: string) =>
  new TextEncoder().encode(`A ${word} report\n\nThe ${word} story, told once.`);

describe('SourceCount', () => {
  it('counts once per revision, and again after an import, in the same or another case', async () => {
    services = createTestServices({ comparisonRunner: idleComparisonRunner });
    services.cases.create(join(services.dataDir, 'one.corroborate'), 'One');
    const count = new SourceCount();
    const first = services.cases.database;
    const info = vi.spyOn(first, 'info');
    // Other services read info() too: count only the reads this one makes.
    const reads = (work: () => number) => {
      const before = info.mock.calls.length;
      const value = work();
      return { value, counted: info.mock.calls.length - before };
    };
    expect(reads(() => count.of(first))).toEqual({ value: 0, counted: 1 });
    expect(reads(() => count.of(first))).toEqual({ value: 0, counted: 0 });

    await services.sources.importBytes('a.txt', article('harbour'));
    expect(reads(() => count.of(first))).toEqual({ value: 1, counted: 1 });
    expect(reads(() => count.of(first))).toEqual({ value: 1, counted: 0 });

    // Another case at the same revision is counted for itself.
    services.cases.create(join(services.dataDir, 'two.corroborate'), 'Two');
    expect(count.of(services.cases.database)).toBe(0);
  });
});
