// How bench figures are printed: one line each, the name padded so figures line up.

export const NAME_WIDTH = 64;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Median, min and max of repeated samples. */
export function report(name: string, samples: readonly number[], unit = 'ms'): void {
  const fmt = (value: number) => value.toFixed(1);
  console.log(
    `${name.padEnd(NAME_WIDTH)} median ${fmt(median(samples))} ${unit}  min ${fmt(Math.min(...samples))}  max ${fmt(Math.max(...samples))}  (n=${samples.length})`,
  );
}

/** A single figure with free-form text after the name. */
export function figure(name: string, text: string): void {
  console.log(`${name.padEnd(NAME_WIDTH)} ${text}`);
}

export function heading(title: string): void {
  console.log(`\n== ${title}`);
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Peak memory over samples taken when `sample` is called (synchronous work has no timers). */
export class MemorySampler {
  peakRss = 0;
  peakHeap = 0;

  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, rss);
    this.peakHeap = Math.max(this.peakHeap, heapUsed);
  }
}
