import { splitSentences } from '../align/sentences';

/**
 * The first sentence of a paragraph (the whole paragraph when it has one sentence), using the
 * aligner's news-aware segmentation: honorifics (Mr. Kim), initials (Dmitry S. Peskov),
 * abbreviated months (Sept. 12) and dotted acronyms (U.S. officials) do not end a sentence.
 */
export function firstSentence(paragraph: string): string {
  const text = paragraph.trim();
  return splitSentences(text)[0]?.trim() ?? text;
}
