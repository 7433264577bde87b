// A text far larger than the one it is aligned with (a 5 MB dump of pages against a 10 KB
// report) is mostly paragraphs that cannot align: a passage needs rare words in common, and the
// engine's own candidate search asks for them. Before the large text is prepared, its
// paragraphs that share no rare word with the small text are blanked out (each code point
// becomes a space, line breaks stay), so every span found is still a code-point offset into the
// text as given and the work follows the small text, not the large one.

import { codePointLength } from '../text/code-points';
import { paragraphLayout, type TextBlock } from '../text/reflow';

/** Only texts at least this long (UTF-16 units)… */
export const FOCUS_MIN_LENGTH = 500_000;
/** …and this many times longer than the other are focused. */
export const FOCUS_MIN_RATIO = 20;
/** A word key shared with the small text is rare when at most this share of paragraphs hold it. */
const RARE_BLOCK_SHARE = 0.002;
const RARE_MIN_BLOCKS = 4;
/** Paragraphs kept: those with this many rare keys in common with the small text… */
const MIN_SHARED_RARE_KEYS = 2;
/** …and this many paragraphs either side of each, so a copied run is never cut short. */
const NEIGHBOURS = 2;
/** Letters of a word its key is made of: a crude stem ("official", "officials"). */
const KEY_LETTERS = 6;

/**
 * Calls `visit` with a hash of each word of text[from, to) that can carry evidence: three
 * letters or more, or any number. ASCII letters are folded to lower case; no string is made.
 */
function forEachWordKey(text: string, from: number, to: number, visit: (key: number) => void) {
  let hash = 0;
  let length = 0;
  let digits = true;
  const flush = () => {
    if (length >= 3 || (digits && length > 0)) visit(hash | 0);
    hash = 0;
    length = 0;
    digits = true;
  };
  for (let index = from; index < to; index++) {
    let unit = text.charCodeAt(index);
    const upper = unit >= 65 && unit <= 90;
    const lower = unit >= 97 && unit <= 122;
    const digit = unit >= 48 && unit <= 57;
    // Other letters (accented, non-Latin) count as word characters too, unfolded.
    const word = upper || lower || digit || unit >= 0xc0;
    if (!word) {
      if (length > 0) flush();
      continue;
    }
    if (upper) unit += 32;
    if (!digit) digits = false;
    if (length < KEY_LETTERS) hash = Math.imul(hash ^ unit, 0x01000193) + 0x9e3779b9;
    length++;
  }
  if (length > 0) flush();
}

/** Which paragraphs of `large` could align with `small`. */
function keptBlocks(large: string, blocks: readonly TextBlock[], small: string): Uint8Array {
  // Each key of the small text gets a slot; the large text's other words are skipped at once.
  const slots = new Map<number, number>();
  forEachWordKey(small, 0, small.length, (key) => {
    if (!slots.has(key)) slots.set(key, slots.size);
  });
  const blockCounts = new Int32Array(slots.size);
  const lastBlock = new Int32Array(slots.size).fill(-1);
  // The small text's keys found in each paragraph, once each: CSR over `found`.
  const foundStarts = new Int32Array(blocks.length + 1);
  const found: number[] = [];
  blocks.forEach((block, index) => {
    foundStarts[index] = found.length;
    forEachWordKey(large, block.start, block.end, (key) => {
      const slot = slots.get(key);
      if (slot === undefined || lastBlock[slot] === index) return;
      lastBlock[slot] = index;
      found.push(slot);
      blockCounts[slot] = (blockCounts[slot] ?? 0) + 1;
    });
  });
  foundStarts[blocks.length] = found.length;

  const rareLimit = Math.max(RARE_MIN_BLOCKS, Math.ceil(blocks.length * RARE_BLOCK_SHARE));
  const kept = new Uint8Array(blocks.length);
  for (let index = 0; index < blocks.length; index++) {
    let rare = 0;
    for (let at = foundStarts[index] ?? 0; at < (foundStarts[index + 1] ?? 0); at++) {
      if ((blockCounts[found[at] ?? 0] ?? 0) <= rareLimit) rare++;
    }
    if (rare < MIN_SHARED_RARE_KEYS) continue;
    const from = Math.max(0, index - NEIGHBOURS);
    const to = Math.min(blocks.length - 1, index + NEIGHBOURS);
    for (let near = from; near <= to; near++) kept[near] = 1;
  }
  return kept;
}

/** `text` with every code point but LF a space: as many code points, the same lines. */
function blanked(text: string): string {
  return text
    .split('\n')
    .map((line) => ' '.repeat(codePointLength(line)))
    .join('\n');
}

/** The text as it should be prepared for aligning with `other`, and its wrap width if known. */
export interface FocusedText {
  text: string;
  /** The wrap width of the whole text, when it was cut down (undefined otherwise). */
  wrapWidth?: number;
}

/**
 * `text` with its paragraphs that cannot align with `other` blanked out, when `text` is far
 * larger than `other`; otherwise `text` itself. Code points and line breaks are kept, so spans
 * into the result are spans into `text`.
 */
export function focusOn(text: string, other: string): FocusedText {
  if (text.length < FOCUS_MIN_LENGTH || text.length < FOCUS_MIN_RATIO * other.length) {
    return { text };
  }
  const { blocks, width } = paragraphLayout(text);
  const kept = keptBlocks(text, blocks, other);
  const parts: string[] = [];
  let at = 0;
  blocks.forEach((block, index) => {
    if (kept[index] === 0) return;
    parts.push(blanked(text.slice(at, block.start)), text.slice(block.start, block.end));
    at = block.end;
  });
  parts.push(blanked(text.slice(at)));
  return { text: parts.join(''), wrapWidth: width };
}
