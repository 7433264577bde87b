// Test fixtures read from disk, so the pure core's tests never import Node modules themselves.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const seedsDir = join(import.meta.dirname, '..', '..', 'seeds');

/** The sample case's files, in name order (000 … 004). */
export const seedFileNames: readonly string[] = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();

/** One seed file's text exactly as stored (UTF-8, no normalisation). */
export function readSeed(fileName: string): string {
  return readFileSync(join(seedsDir, fileName), 'utf8');
}

/** Every seed's raw text, in name order. */
export function readSeeds(): string[] {
  return seedFileNames.map(readSeed);
}
