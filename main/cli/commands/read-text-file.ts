import { readFileSync } from 'node:fs';

/**
 * How `align` reads a file: UTF-8 with TextDecoder's defaults except that malformed bytes are
 * refused rather than replaced, so every span points into the text the file really holds. A
 * leading byte-order mark is dropped (TextDecoder's default); nothing else is changed: no line
 * ending conversion, no Unicode normalisation, no trimming.
 */
export function readTextFile(path: string): string {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${path} is not valid UTF-8 text.`);
  }
}
