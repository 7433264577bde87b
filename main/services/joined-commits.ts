import type { CommitBatchPolicy } from './commit-batcher';

interface Waiting<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for imports that arrive one file per request (a browser sending several files side
 * by side): a file read while others are still being read waits for them, at most
 * `maxWaitMs` and `maxFiles` a group, and they commit together. Each caller is answered only once
 * the commit that holds its file has returned; a failed commit rejects every caller of its group.
 * A file that arrives alone commits at once, so a single import waits for no one.
 */
export class JoinedCommits<Item, Result> {
  #reading = 0;
  #waiting: Array<Waiting<Item, Result>> = [];
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly policy: CommitBatchPolicy,
    private readonly commit: (items: readonly Item[]) => readonly Result[],
  ) {}

  /** Reads one file (counted as being read meanwhile), then commits it with whatever joined it. */
  async submit(read: () => Promise<Item>): Promise<Result> {
    this.#reading += 1;
    let item: Item;
    try {
      item = await read();
    } catch (error) {
      this.#reading -= 1;
      // Files waiting for this one commit without it.
      this.#flushWhenDue();
      throw error;
    }
    this.#reading -= 1;
    return new Promise<Result>((resolve, reject) => {
      this.#waiting.push({ item, resolve, reject });
      this.#flushWhenDue();
    });
  }

  #flushWhenDue(): void {
    if (this.#waiting.length === 0) return;
    if (this.#reading === 0 || this.#waiting.length >= this.policy.maxFiles) {
      this.#flush();
      return;
    }
    if (this.#timer === null) {
      this.#timer = setTimeout(() => this.#flush(), this.policy.maxWaitMs);
      this.#timer.unref?.();
    }
  }

  #flush(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    const group = this.#waiting;
    this.#waiting = [];
    if (group.length === 0) return;
    let results: readonly Result[];
    try {
      results = this.commit(group.map((waiting) => waiting.item));
      if (results.length !== group.length) {
        throw new Error(`A commit of ${group.length} files returned ${results.length} results.`);
      }
    } catch (error) {
      for (const waiting of group) waiting.reject(error);
      return;
    }
    group.forEach((waiting, index) => waiting.resolve(results[index] as Result));
  }
}
