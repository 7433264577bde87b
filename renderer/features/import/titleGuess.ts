import { reflowParagraphs } from '../../../main/core/text/reflow';

/** Longest first paragraph still taken for a headline. */
const maxTitleLength = 160;

/**
 * A pasted report's headline: its first paragraph when short enough to be one. Read through the
 * importer's reflow, so a hard-wrapped paste does not offer the first half-line of its lead.
 */
export function titleGuess(text: string): string {
  const first = reflowParagraphs(text)[0]?.trim() ?? '';
  return first.length > 0 && first.length <= maxTitleLength ? first : '';
}
