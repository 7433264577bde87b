// CSV (RFC 4180: CRLF rows, quoted fields, doubled quotes) of every exported claim occurrence,
// one row each with every field an analyst might sort or filter by. Written by Papa Parse.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ TAB or CR as a formula
// (OWASP "CSV Injection"). Such cells get a leading apostrophe, which Excel, LibreOffice and
// Google Sheets show as text. Papa Parse's own `escapeFormulae: true` pattern misses a cell whose
// formula is followed by a line break (its `.*$` does not cross lines), so the pattern is ours.
import Papa from 'papaparse';
import { CREDIBILITY_NAMES } from '../claims';
import { originatorLines, overrideLines } from './export-facts';
import type { ExportClaim, ExportView } from './export-view';
import { wellFormed } from './text-safety';

export const FORMULA_START = /^[=+\-@\t\r]/;

export const CSV_COLUMNS = [
  'claim_id',
  'occurrence_id',
  'stance',
  'quote',
  'prefix',
  'suffix',
  'start',
  'end',
  'source_id',
  'source_label',
  'source_title',
  'outlet',
  'byline',
  'published_date',
  'url',
  'source_reliability',
  'tags',
  'credibility',
  'credibility_words',
  'suggested_credibility',
  'suggested_words',
  'independent_sources',
  'independent_contradictions',
  'supporting_sources',
  'contradicting_sources',
  'independence',
  'claim_note',
  'claim_created',
  'claim_updated',
  'originators',
  'analyst_independence',
] as const;

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read UTF-8. */
  bom: boolean;
}

function groupLabels(view: ExportView, claim: ExportClaim, stance: 'supports' | 'contradicts') {
  return claim.corroboration.groups
    .filter((group) => group.stance === stance)
    .map((group) => group.sourceIds.map((id) => view.label(id)).join(' + '))
    .join('; ');
}

export function claimsToCsv(view: ExportView, options: CsvOptions): string {
  const rows: string[][] = [];
  for (const claim of view.claims) {
    const tags = claim.tagIds.map((id) => view.tagPath(id)).join('; ');
    const reasons = claim.corroboration.groups
      .map((group) => group.reason)
      .filter((reason) => reason !== '')
      .join('; ');
    const number = (id: number) => view.number(id);
    const originators = originatorLines(claim, number).join('; ');
    const overrides = overrideLines(claim, number).join('; ');
    for (const occurrence of claim.occurrences) {
      const source = view.source(occurrence.sourceId);
      const suggested = claim.corroboration.suggestedCredibility;
      const row: Record<(typeof CSV_COLUMNS)[number], string> = {
        claim_id: String(claim.id),
        occurrence_id: String(occurrence.id),
        stance: occurrence.stance,
        quote: occurrence.quote,
        prefix: occurrence.prefix,
        suffix: occurrence.suffix,
        start: String(occurrence.start),
        end: String(occurrence.end),
        source_id: String(source.id),
        source_label: view.label(source.id),
        source_title: source.title,
        outlet: source.outlet,
        byline: source.byline,
        published_date: source.publishedDate,
        url: source.url,
        source_reliability: source.reliability,
        tags,
        credibility: String(claim.credibility),
        credibility_words: CREDIBILITY_NAMES[claim.credibility],
        suggested_credibility: String(suggested),
        suggested_words: CREDIBILITY_NAMES[suggested],
        independent_sources: String(claim.corroboration.independentSources),
        independent_contradictions: String(claim.corroboration.independentContradictions),
        supporting_sources: groupLabels(view, claim, 'supports'),
        contradicting_sources: groupLabels(view, claim, 'contradicts'),
        independence: reasons,
        claim_note: claim.note,
        claim_created: claim.createdAt,
        claim_updated: claim.updatedAt,
        originators,
        analyst_independence: overrides,
      };
      rows.push(CSV_COLUMNS.map((column) => wellFormed(row[column])));
    }
  }
  const csv = Papa.unparse([[...CSV_COLUMNS], ...rows], {
    newline: '\r\n',
    quotes: false,
    escapeFormulae: FORMULA_START,
  });
  return `${options.bom ? '\ufeff' : ''}${csv}\r\n`;
}
