/**
 * Runs `work` over `items` with up to `limit` in flight and reports each result in the items'
 * order. The browser host sends dropped files this way: main commits files that arrive side by
 * side together (one commit, not one per file), and the tray still fills row by row.
 */
export async function runInOrder<Item, Result>(
  items: readonly Item[],
  limit: number,
  work: (item: Item, index: number) => Promise<Result>,
  events: {
    onStart?: (index: number) => void;
    onResult: (result: Result, index: number) => void;
  },
): Promise<void> {
  const inFlight: Array<Promise<Result>> = [];
  let started = 0;
  const fill = () => {
    while (started < items.length && inFlight.length < limit) {
      const index = started++;
      events.onStart?.(index);
      inFlight.push(work(items[index] as Item, index));
    }
  };
  fill();
  for (let index = 0; index < items.length; index++) {
    const result = await (inFlight.shift() as Promise<Result>);
    fill();
    events.onResult(result, index);
  }
}
