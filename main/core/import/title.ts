import { codePointLength, sliceByCodePoints } from '../text/code-points';
import { firstSentence } from './sentences';

// Copy-pasted articles usually start with the headline, sometimes twice (the page title and the
// on-page heading). When there is none, the analyst still needs a recognisable name for the
// source, so one is derived from the lead and flagged as derived.

export const MAX_TITLE_LENGTH = 200;

/**
 * Ends like a sentence (terminal punctuation, optionally inside closing quotes or brackets) or
 * like the start of one that goes on (colon, semicolon, comma). Headlines end on a word.
 */
const SENTENCE_ENDING = /[.!?…:;,][\p{Pe}\p{Pf}"']*$/u;

/**
 * Whether a line has the shape of a headline: short, has a letter, and does not end like a
 * sentence. Callers decide the context (first line, text follows, not a dateline or byline).
 */
export function hasTitleShape(line: string): boolean {
  return (
    codePointLength(line) <= MAX_TITLE_LENGTH && /\p{L}/u.test(line) && !SENTENCE_ENDING.test(line)
  );
}

/** Folds the differences two renderings of one headline typically have. */
export function foldForComparison(text: string): string {
  return text
    .replace(/[’‘‚‛′`]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function isSameTitle(a: string, b: string): boolean {
  return foldForComparison(a) === foldForComparison(b);
}

// Lengths in code points: a derived title should be short enough to scan in a list, and a cut at
// a comma only helps when the clause before it is neither a stub nor most of the sentence.
const COMMA_CUT_MIN = 30;
const COMMA_CUT_MAX = 110;
const MAX_DERIVED_LENGTH = 100;

/**
 * A title from the lead paragraph: its first sentence, cut at the first comma between 30 and
 * 110 characters, or else shortened at a word boundary to at most 100 characters plus "…".
 */
export function deriveTitle(lead: string): string {
  const sentence = firstSentence(lead);
  const commaCut = firstCommaWithin(sentence, COMMA_CUT_MIN, COMMA_CUT_MAX);
  if (commaCut !== -1) return sliceByCodePoints(sentence, 0, commaCut).trim();
  if (codePointLength(sentence) > MAX_DERIVED_LENGTH) return shortenAtWord(sentence);
  return sentence.replace(/(?<!\.)\.$/, '');
}

/** Code-point offset of the first clause comma in [min, max], or -1; 1,000 is not a clause. */
function firstCommaWithin(sentence: string, min: number, max: number): number {
  const characters = Array.from(sentence).slice(0, max + 2);
  for (let index = min; index <= max && index < characters.length; index++) {
    if (characters[index] === ',' && !/\d/.test(characters[index + 1] ?? '')) return index;
  }
  return -1;
}

/** At most MAX_DERIVED_LENGTH code points ending on a whole word, then an ellipsis. */
function shortenAtWord(sentence: string): string {
  const head = sliceByCodePoints(sentence, 0, MAX_DERIVED_LENGTH + 1);
  const lastSpace = head.search(/\s\S*$/);
  const cut =
    lastSpace > 0 ? head.slice(0, lastSpace) : sliceByCodePoints(head, 0, MAX_DERIVED_LENGTH);
  return `${cut.replace(/[\s,;:—–-]+$/, '')}…`;
}
