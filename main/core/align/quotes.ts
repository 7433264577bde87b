// Quotations inside one line of text. Double quotes decide where sentences may end (a sentence
// does not end inside an open quotation); every quotation, single ones included, is what a
// shared-quote passage points at.

import { isWordCharacterAt } from './word-scanner';

/** A quotation: UTF-16 offsets of its opening and closing marks. */
export interface QuoteRegion {
  open: number;
  close: number;
  /** Double quotes (“…”, "…", „…“, «…», 「…」); false for single ones (‘…’, '…'). */
  double: boolean;
}

/** Double-quote openers and the marks that close each. */
export const DOUBLE_CLOSERS: ReadonlyMap<string, string> = new Map<string, string>([
  ['“', '”'],
  ['„', '“”'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
]);

/**
 * Straight double quotes face no way, so the side they touch decides: after a space (or at the
 * start) and before a non-space one opens, otherwise it closes. Pairing them in turn instead
 * would, after one unclosed quotation (a speech running over several paragraphs), take the
 * text between two quotations for a quotation.
 */
function straightOpens(text: string, index: number, from: number, to: number): boolean {
  const before = index > from ? text.charAt(index - 1) : ' ';
  const after = index + 1 < to ? text.charAt(index + 1) : ' ';
  return /[\s\p{Ps}\p{Pi}—–-]/u.test(before) && !/\s/u.test(after);
}

function doubleQuotes(text: string, from: number, to: number, found: QuoteRegion[]): void {
  let open = -1;
  let closers = '';
  for (let index = from; index < to; index++) {
    const mark = text.charAt(index);
    const opensHere = mark !== '"' || straightOpens(text, index, from, to);
    if (open >= 0 && closers.includes(mark) && !(mark === '"' && opensHere)) {
      found.push({ open, close: index, double: true });
      open = -1;
      continue;
    }
    const closes = DOUBLE_CLOSERS.get(mark);
    if (closes === undefined || !opensHere) continue;
    // A second opener of the same style means the first was never closed: start again here.
    if (open < 0 || text.charAt(open) === mark) {
      open = index;
      closers = closes;
    }
  }
}

function isSpaceAt(text: string, index: number): boolean {
  return index < 0 || index >= text.length || /\s/.test(text.charAt(index));
}

/**
 * Single quotes, told apart from apostrophes: an opener follows a non-word character and
 * precedes a word character; a closer follows a non-space and is not followed by a word
 * character (so the ’ in "Russia’s" never closes anything).
 */
function singleQuotes(text: string, from: number, to: number, found: QuoteRegion[]): void {
  let open = -1;
  for (let index = from; index < to; index++) {
    const mark = text.charAt(index);
    if (mark !== '‘' && mark !== '’' && mark !== "'") continue;
    const before = index > from && isWordCharacterAt(text, index - 1);
    const after = index + 1 < to && isWordCharacterAt(text, index + 1);
    if (open >= 0 && mark !== '‘' && !after && !isSpaceAt(text, index - 1)) {
      found.push({ open, close: index, double: false });
      open = -1;
    } else if (mark !== '’' && !before && after) {
      open = index;
    }
  }
}

/** Quotations between `from` and `to` (one line), sorted by their opening mark. */
export function findQuotes(text: string, from: number, to: number): QuoteRegion[] {
  const found: QuoteRegion[] = [];
  doubleQuotes(text, from, to, found);
  singleQuotes(text, from, to, found);
  return found.sort((x, y) => x.open - y.open);
}
