/** How imports are grouped into commits: at most `maxFiles` a commit, none held past `maxWaitMs`. */
export interface CommitBatchPolicy {
  maxFiles: number;
  maxWaitMs: number;
}

/**
 * One commit costs an fsync (about half a millisecond here), several times what storing one
 * plain-text file costs, so imports commit files in groups. A file is held at most `maxWaitMs`,
 * so a slow file (a large PDF being read) does not hold back those read before it.
 */
export const DEFAULT_COMMIT_BATCH: CommitBatchPolicy = { maxFiles: 50, maxWaitMs: 200 };

/**
 * Groups items into commits and acknowledges each item only once the commit that holds it has
 * returned, in the order the items were added. `commit` stores a group in one transaction and
 * returns one result per item; if it throws, nothing of the group was stored and nothing of it
 * is acknowledged. A commit started by the timer that fails is rethrown by the next `add` or
 * `flush`, so the caller's import stops there as it would have inline.
 */
export class CommitBatcher<Item, Result> {
  #pending: Item[] = [];
  #timer: ReturnType<typeof setTimeout> | null = null;
  #failure: { error: unknown } | null = null;

  constructor(
    private readonly policy: CommitBatchPolicy,
    private readonly commit: (items: readonly Item[]) => readonly Result[],
    private readonly acknowledge: (result: Result) => void,
  ) {}

  /** Items waiting for a commit. */
  get pending(): number {
    return this.#pending.length;
  }

  /** Queues `item`; commits the group now if it is full, else within `maxWaitMs`. */
  add(item: Item): void {
    this.#throwIfFailed();
    this.#pending.push(item);
    if (this.#pending.length >= this.policy.maxFiles) {
      this.flush();
      return;
    }
    if (this.#timer === null) {
      this.#timer = setTimeout(() => this.#flushOnTimer(), this.policy.maxWaitMs);
      // A CLI import must not be kept alive by a timer; its own await keeps it alive.
      this.#timer.unref?.();
    }
  }

  /** Commits whatever is waiting, then acknowledges it (the end of an import). */
  flush(): void {
    this.#throwIfFailed();
    this.#stopTimer();
    const items = this.#pending;
    this.#pending = [];
    if (items.length === 0) return;
    const results = this.commit(items);
    if (results.length !== items.length) {
      throw new Error(`A commit of ${items.length} items returned ${results.length} results.`);
    }
    for (const result of results) this.acknowledge(result);
  }

  /** Drops what is waiting, unacknowledged (an import that stopped on an error). */
  discard(): void {
    this.#stopTimer();
    this.#pending = [];
  }

  #flushOnTimer(): void {
    this.#timer = null;
    try {
      this.flush();
    } catch (error) {
      this.#failure = { error };
    }
  }

  #stopTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #throwIfFailed(): void {
    if (this.#failure) throw this.#failure.error;
  }
}
