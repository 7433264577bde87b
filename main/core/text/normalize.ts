import type { Span } from '../../../preload/contract';
import { codePointLength } from './code-points';

// Stored text is immutable after import and every offset points into it, so normalisation must
// be deterministic and idempotent: normalizeText(normalizeText(x)) === normalizeText(x).

/**
 * Characters that end a line besides LF. Word exports use VT as a soft line break and FF as a
 * page break; U+2028/U+2029 and NEL come from other editors. Deleting them (as other control
 * characters are) would glue the words on either side together.
 */
const LINE_BREAKS = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;

/** C0 controls other than TAB and LF, plus DEL: invisible and never meaningful in prose. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** Trailing whitespace of each line; `\s` covers NBSP and the other Unicode spaces. */
const TRAILING_SPACE = /[^\S\n]+$/gm;

/**
 * Canonical form of imported text: no BOM, LF line endings, NFC, no control characters except
 * TAB and LF, no trailing whitespace on a line, no blank lines at either end. Spaces inside a
 * line, NBSP included, are kept as written: a non-breaking space is the author's choice.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\ufeff/, '')
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROL_CHARACTERS, '')
    .normalize('NFC')
    .replace(TRAILING_SPACE, '')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '');
}

/**
 * Paragraphs of normalised text. Every non-empty line is a paragraph: news text separates
 * paragraphs either by one LF or by a blank line, and both must give the same paragraphs.
 * Leading indentation is layout, not content, so it is trimmed.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * Joins paragraphs with exactly one blank line and returns each paragraph's code-point span in
 * the joined text. Paragraphs must be non-empty single lines (what `splitParagraphs` returns);
 * anything else would break the one-blank-line invariant the stored spans rely on.
 */
export function joinParagraphs(paragraphs: readonly string[]): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.length === 0 || paragraph.includes('\n')) {
      throw new RangeError('joinParagraphs needs non-empty paragraphs without line breaks.');
    }
    const end = offset + codePointLength(paragraph);
    spans.push({ start: offset, end });
    offset = end + 2; // the "\n\n" separator
  }
  return { text: paragraphs.join('\n\n'), spans };
}
