import { describe, expect, it } from 'vitest';
import { runInOrder } from './inOrder';

describe('runInOrder', () => {
  it('keeps up to `limit` in flight and reports results in order, whatever order they finish in', async () => {
    const log: string[] = [];
    const finishers = new Map<string, () => void>();
    let inFlight = 0;
    let most = 0;
    const run = runInOrder(
      ['a', 'b', 'c', 'd'],
      2,
      (item) =>
        new Promise<string>((resolve) => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          finishers.set(item, () => {
            inFlight -= 1;
            resolve(item.toUpperCase());
          });
        }),
      {
        onStart: (index) => log.push(`start ${index}`),
        onResult: (result, index) => log.push(`result ${index} ${result}`),
      },
    );
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
    await tick();
    expect(log).toEqual(['start 0', 'start 1']);
    finishers.get('b')?.();
    await tick();
    // b is done, but a is reported first.
    expect(log).toEqual(['start 0', 'start 1']);
    finishers.get('a')?.();
    await tick();
    expect(log).toEqual(['start 0', 'start 1', 'start 2', 'result 0 A', 'start 3', 'result 1 B']);
    finishers.get('d')?.();
    finishers.get('c')?.();
    await run;
    expect(log.slice(6)).toEqual(['result 2 C', 'result 3 D']);
    expect(most).toBe(2);
  });

  it('does nothing for no items', async () => {
    const log: string[] = [];
    await runInOrder([], 4, async () => 1, { onResult: () => log.push('result') });
    expect(log).toEqual([]);
  });
});
