// The facts Corroborate found, as project memos (REFI-QDA Notes) for the QDA tool: the quotes
// sources share with the speaker each credits, the fact discrepancies, and each exported claim's
// originator note with the analyst's joins and splits. Plain text, bounded like the report's
// lists. Nothing refers to these notes (no NoteRef), so reading the export back into Corroborate
// leaves them out: it recomputes facts from the texts.
//
// REFI-QDA has no element for a relation between a quote and a speaker, or between two
// passages that disagree, other than codes (which Corroborate reads back as a claim's tags) and
// links (which it reads as a claim's structure); memos are what fits without either.
import {
  clip,
  firstOf,
  originatorLines,
  overrideLines,
  passageParts,
  sharedQuotes,
} from '../../core/exchange/export-facts';
import type { ExportView } from '../../core/exchange/export-view';

export interface FactsMemo {
  key: 'quotes' | 'discrepancies' | 'attribution';
  name: string;
  text: string;
}

export function factsMemos(view: ExportView): FactsMemo[] {
  const memos: FactsMemo[] = [];
  const attribution: string[] = [];
  const number = (id: number) => view.number(id);
  for (const claim of view.claims) {
    const lines = [...originatorLines(claim, number), ...overrideLines(claim, number)];
    if (lines.length > 0) attribution.push(`Claim ${claim.id}: ${lines.join('; ')}`);
  }
  if (attribution.length > 0) {
    memos.push({
      key: 'attribution',
      name: 'Attribution of claims',
      text: attribution.join('\n'),
    });
  }
  if (!view.facts) return memos;
  const quotes = firstOf(sharedQuotes(view.facts.quotes));
  if (quotes.shown.length > 0) {
    const blocks = quotes.shown.map((quote) =>
      [
        `“${clip(quote.text)}”`,
        ...(quote.speakerConflict === null ? [] : [`Speakers differ: ${quote.speakerConflict}`]),
        ...quote.occurrences.map(
          (occurrence) =>
            `- ${view.label(occurrence.sourceId)}: ${occurrence.speaker ?? 'no speaker named'}`,
        ),
      ].join('\n'),
    );
    if (quotes.more > 0) blocks.push(`and ${quotes.more} more`);
    memos.push({ key: 'quotes', name: 'Quotes across sources', text: blocks.join('\n\n') });
  }
  const discrepancies = firstOf(view.facts.discrepancies);
  if (discrepancies.shown.length > 0) {
    const blocks = discrepancies.shown.map((discrepancy) =>
      [
        `${discrepancy.description} (${discrepancy.kind})`,
        ...[discrepancy.a, discrepancy.b].map((side) => {
          const { before, differing, after } = passageParts(side);
          return `- ${view.label(side.sourceId)}: “${before}${differing}${after}”`;
        }),
      ].join('\n'),
    );
    if (discrepancies.more > 0) blocks.push(`and ${discrepancies.more} more`);
    memos.push({ key: 'discrepancies', name: 'Discrepancies', text: blocks.join('\n\n') });
  }
  return memos;
}
