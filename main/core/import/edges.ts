import { knownAgency } from './agencies';
import {
  isAttributionLine,
  isEditorNote,
  isTrailingFurniture,
  readAttribution,
} from './boilerplate';
import { parseBylineLine, parseContactLine, parseCreditLine } from './byline';
import { parseDateLine } from './published-date';

// Metadata and furniture live at the edges of a pasted article: byline and date above the lead,
// credits, contact lines and comment prompts below the last paragraph. Only the edges are
// searched, so a quoted "Source: …" or a bulleted list inside the story is never touched, and
// an edge that would swallow the whole body is left alone: then the rules do not fit this text.

export interface EdgeFindings {
  byline: string;
  agency: string;
  publishedDate: string;
  attribution: string;
  /** Domain of a staff e-mail address; evidence of the outlet that published the text. */
  outletDomain: string;
  /** The lines taken out of the body, in their original order. */
  removedLines: string[];
}

function emptyFindings(): EdgeFindings {
  return {
    byline: '',
    agency: '',
    publishedDate: '',
    attribution: '',
    outletDomain: '',
    removedLines: [],
  };
}

/** First finding wins: the edge line nearest the top of the article is the most specific. */
function note(
  findings: EdgeFindings,
  key: Exclude<keyof EdgeFindings, 'removedLines'>,
  value: string,
) {
  if (value && !findings[key]) findings[key] = value;
}

/** Reads one edge line into `findings`; false when the line is not edge material. */
function readHeaderLine(line: string, findings: EdgeFindings): boolean {
  const byline = parseBylineLine(line);
  if (byline) {
    note(findings, 'byline', byline.byline);
    note(findings, 'agency', byline.agency);
    note(findings, 'publishedDate', byline.publishedDate);
    return true;
  }
  const date = parseDateLine(line);
  if (date) {
    if (!date.isUpdate) note(findings, 'publishedDate', date.isoDate);
    return true;
  }
  if (knownAgency(line)) {
    note(findings, 'agency', knownAgency(line)); // a bare "Associated Press" under the byline
    return true;
  }
  if (isAttributionLine(line)) {
    note(findings, 'attribution', line);
    return true;
  }
  return isEditorNote(line);
}

function readFooterLine(line: string, findings: EdgeFindings): void {
  if (isAttributionLine(line)) note(findings, 'attribution', line);
  const contact = parseContactLine(line);
  if (contact) {
    note(findings, 'byline', contact.byline);
    note(findings, 'outletDomain', contact.outletDomain);
  }
  note(findings, 'byline', parseCreditLine(line) ?? '');
}

/** Whether a copyright notice names the outlet of a staff e-mail under the same story. */
function namesOwnOutlet(notice: string, outletDomain: string): boolean {
  if (!outletDomain) return false;
  const owner = (readAttribution(notice)?.source ?? '').toLowerCase().replace(/^www\./, '');
  const squash = (text: string) => text.replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
  const site = squash(outletDomain.split('.').slice(0, -1).join('.'));
  return owner === outletDomain || (site.length > 0 && squash(owner).startsWith(site));
}

/** Whether a line at the start of the body is byline, date, attribution or an editor's note. */
export function isHeaderLine(line: string): boolean {
  return readHeaderLine(line, emptyFindings());
}

/** The run of header lines at the start of `lines`, never all of them. */
export function readHeader(lines: readonly string[]): { count: number; findings: EdgeFindings } {
  const findings = emptyFindings();
  let count = 0;
  while (count < lines.length && readHeaderLine(lines[count] ?? '', findings)) count++;
  if (count === lines.length) return { count: 0, findings: emptyFindings() };
  findings.removedLines = lines.slice(0, count);
  return { count, findings };
}

/** The run of furniture lines at the end of `lines`, never all of them. */
export function readFooter(lines: readonly string[]): { count: number; findings: EdgeFindings } {
  const findings = emptyFindings();
  let start = lines.length;
  while (start > 0 && isTrailingFurniture(lines[start - 1] ?? '')) start--;
  if (start === 0) return { count: 0, findings };
  findings.removedLines = lines.slice(start);
  for (const line of findings.removedLines) readFooterLine(line, findings);
  // A copyright notice names the text's owner: the origin when the text is a copy, its own
  // publisher when it is not. It stands in for a credit only when no line credits a source and
  // it does not name this text's own outlet; the direction rules weigh it as the weaker kind.
  const notice = findings.removedLines.find((line) => readAttribution(line)?.kind === 'copyright');
  if (notice && !namesOwnOutlet(notice, findings.outletDomain)) {
    note(findings, 'attribution', notice);
  }
  return { count: lines.length - start, findings };
}
