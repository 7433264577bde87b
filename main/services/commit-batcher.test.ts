import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommitBatcher } from './commit-batcher';

/** A batcher over strings whose commits and acknowledgements land in one log, in order. */
function logged(policy = { maxFiles: 3, maxWaitMs: 200 }, failOn?: (group: string[]) => boolean) {
  const log: string[] = [];
  const batcher = new CommitBatcher<string, string>(
    policy,
    (group) => {
      if (failOn?.([...group])) throw new Error(`disk gone during ${group.join('+')}`);
      log.push(`commit ${group.join('+')}`);
      return group.map((item) => `${item}!`);
    },
    (result) => log.push(`ack ${result}`),
  );
  return { log, batcher };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('CommitBatcher', () => {
  it('commits full groups as they fill and the rest on flush, acknowledging in order after each commit', () => {
    const { log, batcher } = logged();
    for (const item of ['a', 'b', 'c', 'd']) batcher.add(item);
    // The first group committed when it filled, before the fourth item arrived.
    expect(log).toEqual(['commit a+b+c', 'ack a!', 'ack b!', 'ack c!']);
    for (const item of ['e', 'f', 'g']) batcher.add(item);
    batcher.flush();
    expect(log).toEqual([
      'commit a+b+c',
      'ack a!',
      'ack b!',
      'ack c!',
      'commit d+e+f',
      'ack d!',
      'ack e!',
      'ack f!',
      'commit g',
      'ack g!',
    ]);
    expect(batcher.pending).toBe(0);
  });

  it('acknowledges nothing of a group whose commit fails, and keeps what earlier commits acknowledged', () => {
    const { log, batcher } = logged(undefined, (group) => group.includes('e'));
    for (const item of ['a', 'b', 'c', 'd']) batcher.add(item);
    batcher.add('e');
    expect(() => batcher.add('f')).toThrow('disk gone during d+e+f');
    expect(log).toEqual(['commit a+b+c', 'ack a!', 'ack b!', 'ack c!']);
  });

  it('commits a partial group once it has waited maxWaitMs, not before', () => {
    vi.useFakeTimers();
    const { log, batcher } = logged({ maxFiles: 50, maxWaitMs: 200 });
    batcher.add('a');
    vi.advanceTimersByTime(150);
    batcher.add('b');
    vi.advanceTimersByTime(49);
    expect(log).toEqual([]);
    // The wait counts from the group's first item.
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['commit a+b', 'ack a!', 'ack b!']);
    batcher.add('c');
    batcher.flush();
    expect(log.slice(3)).toEqual(['commit c', 'ack c!']);
    // A flush stops the group's timer: nothing is committed twice.
    vi.advanceTimersByTime(1_000);
    expect(log).toHaveLength(5);
  });

  it('rethrows a failed timed commit to the next add, having acknowledged none of it', () => {
    vi.useFakeTimers();
    const { log, batcher } = logged({ maxFiles: 50, maxWaitMs: 200 }, () => true);
    batcher.add('a');
    vi.advanceTimersByTime(200);
    expect(() => batcher.add('b')).toThrow('disk gone during a');
    expect(() => batcher.flush()).toThrow('disk gone during a');
    expect(log).toEqual([]);
  });

  it('discards what waits, unacknowledged, when an import stops', () => {
    vi.useFakeTimers();
    const { log, batcher } = logged();
    batcher.add('a');
    batcher.discard();
    vi.advanceTimersByTime(1_000);
    batcher.flush();
    expect(log).toEqual([]);
  });
});
