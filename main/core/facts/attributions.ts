// Each sentence's attribution: who the text credits for what the sentence says ("officials
// said", "according to Yonhap", "the AP reported", "X, citing Y, reported" → X, "He added
// that …" → the previous sentence's originator), and whether it credits a direct quote.
// Found in the same pass as the quotes (quotes.ts), since each informs the other.

import { creditText } from './quotes';
import type { AttributionFact } from './types';

/**
 * The attribution of every sentence of `text` that credits someone: the originator as the text
 * names it at its fullest ("Dmitry Peskov" for "Peskov said"), where it is named, and `quote`
 * when the sentence carries a direct quote credited to it, else `reported`. A direct quote that
 * runs across sentences makes them one range. Offsets are UTF-16.
 */
export function extractAttributions(text: string): AttributionFact[] {
  return creditText(text).attributions;
}
