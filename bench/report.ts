// How bench figures are printed: one line each, the name padded so figures line up, with the
// load average and the CPU time behind it (bench/conditions.ts); a heading names the machine.
import { ConditionsLog, conditionsText, machine, machineText } from './conditions';

export const NAME_WIDTH = 64;

/** Every line this process prints through the functions below; its maxLoad1 gates the README. */
export const runConditions = new ConditionsLog();

/** A figure line: name, text, conditions. */
export function figureLine(name: string, text: string, conditions: string): string {
  return `${name.padEnd(NAME_WIDTH)} ${text}  ${conditions}`;
}

function print(name: string, text: string): void {
  console.log(figureLine(name, text, conditionsText(runConditions.next())));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Median, min and max of repeated samples. */
export function report(name: string, samples: readonly number[], unit = 'ms'): void {
  const fmt = (value: number) => value.toFixed(1);
  print(
    name,
    `median ${fmt(median(samples))} ${unit}  min ${fmt(Math.min(...samples))}  max ${fmt(Math.max(...samples))}  (n=${samples.length})`,
  );
}

/** A single figure with free-form text after the name. */
export function figure(name: string, text: string): void {
  print(name, text);
}

export function heading(title: string): void {
  console.log(
    `\n== ${title}\n   (${machineText(machine())}; after each figure: [1-minute load, CPU time this process used since the line above])`,
  );
  runConditions.restartCpu();
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
