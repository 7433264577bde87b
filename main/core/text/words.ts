// Word counts are shown next to each source and compared across sources, so they must agree
// with what a reader would count in any script, not just ASCII.

const WORD_CHARACTER = String.raw`[\p{L}\p{M}\p{N}]`;

/**
 * What may join two runs of letters or digits inside one word: apostrophes (Russia’s, don't),
 * hyphens (Kim Jong-un, COVID-19), a period (U.S, 3.5, washingtontimes.com: a trailing period is
 * not part of the word) and a comma between digits (1,000).
 */
const INNER_JOINER = String.raw`(?:['’ʼ.\-‐‑]|(?<=\p{N}),(?=\p{N}))`;

const WORD = new RegExp(`${WORD_CHARACTER}+(?:${INNER_JOINER}${WORD_CHARACTER}+)*`, 'gu');

/**
 * Number of words: maximal runs of letters, marks and digits, with the joiners above kept
 * inside a word. Punctuation and symbols alone (—, •, %) are not words. Scripts written without
 * spaces (Chinese, Japanese, Thai) count each unbroken run as one word; segmenting them needs a
 * dictionary, which this pure core does not carry.
 */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
