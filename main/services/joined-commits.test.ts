import { afterEach, describe, expect, it, vi } from 'vitest';
import { JoinedCommits } from './joined-commits';

/** A read the test finishes by hand. */
function heldRead(item: string) {
  let finish: () => void = () => {};
  let fail: (error: Error) => void = () => {};
  const read = new Promise<string>((resolve, reject) => {
    finish = () => resolve(item);
    fail = reject;
  });
  return { read: () => read, finish, fail };
}

function logged(maxFiles = 50, failOn?: (group: readonly string[]) => boolean) {
  const log: string[] = [];
  const joined = new JoinedCommits<string, string>({ maxFiles, maxWaitMs: 200 }, (group) => {
    if (failOn?.(group)) throw new Error(`commit of ${group.join('+')} failed`);
    log.push(`commit ${group.join('+')}`);
    return group.map((item) => `${item}!`);
  });
  const submit = (read: () => Promise<string>) =>
    joined.submit(read).then(
      (result) => void log.push(`answer ${result}`),
      (error: Error) => void log.push(`rejected ${error.message}`),
    );
  return { log, submit };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('JoinedCommits', () => {
  it('commits a file that arrives alone at once', async () => {
    const { log, submit } = logged();
    await submit(async () => 'a');
    await submit(async () => 'b');
    expect(log).toEqual(['commit a', 'answer a!', 'commit b', 'answer b!']);
  });

  it('holds a file read while another is being read, commits both together, then answers both', async () => {
    const { log, submit } = logged();
    const a = heldRead('a');
    const b = heldRead('b');
    const answers = [submit(a.read), submit(b.read)];
    b.finish();
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual([]);
    a.finish();
    await Promise.all(answers);
    expect(log).toEqual(['commit b+a', 'answer b!', 'answer a!']);
  });

  it('commits a waiting file after maxWaitMs when another read is slow', async () => {
    vi.useFakeTimers();
    const { log, submit } = logged();
    const slow = heldRead('slow');
    const answers = [submit(slow.read), submit(async () => 'quick')];
    await vi.advanceTimersByTimeAsync(199);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['commit quick', 'answer quick!']);
    slow.finish();
    await Promise.all(answers);
    expect(log.slice(2)).toEqual(['commit slow', 'answer slow!']);
  });

  it('rejects every file of a group whose commit fails, and commits later ones', async () => {
    const { log, submit } = logged(50, (group) => group.includes('b'));
    const a = heldRead('a');
    const b = heldRead('b');
    const answers = [submit(a.read), submit(b.read)];
    a.finish();
    b.finish();
    await Promise.all(answers);
    await submit(async () => 'c');
    expect(log).toEqual([
      'rejected commit of a+b failed',
      'rejected commit of a+b failed',
      'commit c',
      'answer c!',
    ]);
  });

  it('commits the waiting files when the read they wait for fails, without waiting out the timer', async () => {
    vi.useFakeTimers();
    const { log, submit } = logged();
    const broken = heldRead('broken');
    const answers = [submit(broken.read), submit(async () => 'a')];
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual([]);
    broken.fail(new Error('unreadable'));
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['commit a', 'rejected unreadable', 'answer a!']);
    await Promise.all(answers);
  });

  it('commits a full group without waiting for the files still being read', async () => {
    const { log, submit } = logged(2);
    const slow = heldRead('slow');
    const answers = [submit(slow.read), submit(async () => 'a'), submit(async () => 'b')];
    await Promise.all(answers.slice(1));
    expect(log).toEqual(['commit a+b', 'answer a!', 'answer b!']);
    slow.finish();
    await answers[0];
  });
});
