import type { SourceMetadata, Span } from '../../../preload/contract';
import { codePointLength } from '../text/code-points';
import { joinParagraphs, normalizeText } from '../text/normalize';
import { reflowParagraphs } from '../text/reflow';
import { countWords } from '../text/words';
import { extractDateline } from './dateline';
import { isHeaderLine, readFooter, readHeader } from './edges';
import { deriveTitle, hasTitleShape, isSameTitle, MAX_TITLE_LENGTH } from './title';

export interface ParsedSource {
  /** '' for every field the text gives no evidence for. */
  metadata: SourceMetadata;
  /** True when no title line was found and the title was derived from the lead. */
  titleDerived: boolean;
  /** The body: paragraphs joined by one blank line, NFC, LF. */
  text: string;
  /** Code-point spans of each paragraph in `text`. */
  paragraphs: Span[];
  /** Lines moved out of the body (byline, attribution, notes, furniture), in original order. */
  removedLines: string[];
  wordCount: number;
}

/**
 * The first line is the headline when it has a headline's shape and is not already part of the
 * story (a dateline lead, a byline). A first line repeated by the second is a headline whatever
 * its punctuation: "Is this the end?" twice is a page title and its on-page heading.
 */
function isTitleLine(lines: readonly string[]): boolean {
  const [first, second] = lines;
  if (first === undefined || second === undefined) return false;
  if (extractDateline(first) !== null || isHeaderLine(first)) return false;
  if (codePointLength(first) > MAX_TITLE_LENGTH) return false;
  if (isSameTitle(first, second)) return lines.length > 2;
  return hasTitleShape(first);
}

/** Reads pasted news text into its body, metadata and the lines that are not reporting. */
export function parseNewsText(raw: string): ParsedSource {
  // Hard-wrapped text (e-mail, PDF text layers, terminal copies) comes back as paragraphs.
  let lines = reflowParagraphs(normalizeText(raw));

  let title = '';
  if (isTitleLine(lines)) {
    title = lines[0] ?? '';
    lines = lines.slice(1);
    while (lines.length > 1 && isSameTitle(title, lines[0] ?? '')) lines = lines.slice(1);
  }

  const header = readHeader(lines);
  lines = lines.slice(header.count);
  const footer = readFooter(lines);
  lines = lines.slice(0, lines.length - footer.count);

  const dateline = lines[0] === undefined ? null : extractDateline(lines[0]);
  if (dateline) lines = [dateline.rest, ...lines.slice(1)];

  const titleDerived = title === '';
  if (titleDerived) title = deriveTitle(lines[0] ?? '');

  const { text, spans } = joinParagraphs(lines);
  return {
    metadata: {
      title,
      // A staff e-mail at the foot names the outlet; an attribution line names where the text
      // was copied from, which is not the outlet of this copy.
      outlet: footer.findings.outletDomain,
      byline: header.findings.byline || footer.findings.byline,
      publishedDate: header.findings.publishedDate,
      url: '',
      dateline: dateline?.dateline ?? '',
      agency: dateline?.agency || header.findings.agency,
      attribution: header.findings.attribution || footer.findings.attribution,
    },
    titleDerived,
    text,
    paragraphs: spans,
    removedLines: [...header.findings.removedLines, ...footer.findings.removedLines],
    wordCount: countWords(text),
  };
}
