// Markdown notes of the exported claims, for Obsidian and other notes apps: YAML front matter
// (written by js-yaml, so any case name is quoted as YAML needs), then the case note, the
// sources with their grades, the claims grouped by tag or by source (each with whom its
// occurrences credit and the analyst's joins and splits), the quotes two sources share or
// credit to different speakers, the fact discrepancies, and the source notes.
//
// Everything the analyst or a source wrote is escaped so it stays text: ASCII punctuation that
// CommonMark, GFM or Obsidian give meaning to (emphasis, links, HTML, tables, wikilinks,
// highlights, math, comments) is backslash-escaped, and multi-line text sits in block quotes.
import { dump } from 'js-yaml';
import { CREDIBILITY_NAMES } from '../claims';
import {
  clip,
  firstOf,
  originatorLines,
  overrideLines,
  passageParts,
  sharedQuotes,
} from './export-facts';
import { tagsInTreeOrder, type ExportClaim, type ExportView } from './export-view';
import { printable } from './text-safety';

export type MarkdownGrouping = 'tag' | 'source';

const RELIABILITY_WORDS = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'cannot be judged',
} as const;

// Characters with meaning anywhere in a line: backslash, code, emphasis, brackets (links,
// wikilinks, images), HTML, tables, strikethrough, ==highlight==, entities, math, %% comments,
// ^block refs, and @ of e-mail autolinks.
const SPECIAL = /[\\`*_{}[\]<>|~=&$%^@]/g;
// A '#' opens a heading (before a space), closes one (a run of '#'), or starts an Obsidian #tag.
// Followed by digits alone it does none of these (a tag needs a character other than a digit),
// so a source's number, "#002", stays as its label reads.
const HASH = /#(?!\d+(?![\p{L}\p{N}_/-]))/gu;
// Characters with meaning only where a line starts: list markers, "1." and "1)", quotes.
const LINE_START = /^(\s*)([-+>]|\d+(?=[.)]))/;
// Web addresses GFM would turn into links: "www." and "scheme:".
const AUTOLINK = /\b(www)\.|\b(https?|ftp|mailto)(:)/gi;

/** One line of analyst or source text as inert Markdown. */
export function escapeInline(text: string): string {
  return printable(text)
    .replace(/\s+/g, ' ')
    .replace(SPECIAL, (ch) => `\\${ch}`)
    .replace(HASH, '\\#')
    .replace(AUTOLINK, (_match, www?: string, scheme?: string) =>
      www ? `${www}\\.` : `${scheme ?? ''}\\:`,
    )
    .replace(LINE_START, (_match, space: string, marker: string) =>
      /\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
    );
}

/** Text that may span lines, as a block quote whose every line is escaped. */
function quoteBlock(text: string): string {
  return printable(text)
    .split(/\r\n|\r|\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeInline(line)}`))
    .join('\n');
}

function claimBlock(view: ExportView, claim: ExportClaim): string {
  const source = view.source(claim.origin.sourceId);
  const lines = [
    `#### Claim ${claim.id}`,
    '',
    quoteBlock(claim.origin.quote),
    '',
    // The label already names the publisher ("AP · 12 Sep 2023 · #002").
    `— ${escapeInline(view.label(source.id))}, ${escapeInline(source.title)}, ` +
      `reliability ${source.reliability} (${RELIABILITY_WORDS[source.reliability]})`,
    '',
  ];
  const { corroboration } = claim;
  const tags = claim.tagIds.map((id) => escapeInline(view.tagPath(id)));
  const groups = (stance: 'supports' | 'contradicts') =>
    corroboration.groups
      .filter((group) => group.stance === stance)
      .map((group) => {
        const members = group.sourceIds.map((id) => escapeInline(view.label(id))).join(' + ');
        return group.reason ? `${members}: ${escapeInline(group.reason)}` : members;
      });
  const supporting = groups('supports');
  const contradicting = groups('contradicts');
  lines.push(
    `- Tags: ${tags.length > 0 ? tags.join(', ') : 'none'}`,
    `- Credibility: ${claim.credibility} (${CREDIBILITY_NAMES[claim.credibility]}); suggested ` +
      `${corroboration.suggestedCredibility} (${escapeInline(corroboration.suggestionReason)})`,
    `- Independent sources: ${corroboration.independentSources}` +
      (supporting.length > 0 ? `: ${supporting.join('; ')}` : ''),
    `- Contradicted by: ${corroboration.independentContradictions}` +
      (contradicting.length > 0 ? `: ${contradicting.join('; ')}` : ''),
  );
  const number = (id: number) => view.number(id);
  for (const line of originatorLines(claim, number)) lines.push(`- ${escapeInline(line)}`);
  for (const line of overrideLines(claim, number)) lines.push(`- ${escapeInline(line)}`);
  for (const occurrence of claim.occurrences) {
    if (occurrence.stance === 'origin') continue;
    const verb = occurrence.stance === 'supports' ? 'Also in' : 'Contradicted in';
    lines.push(
      `- ${verb} ${escapeInline(view.label(occurrence.sourceId))}: “${escapeInline(occurrence.quote)}”`,
    );
  }
  if (claim.note.trim() !== '') lines.push('', '**Note**', '', quoteBlock(claim.note));
  return lines.join('\n');
}

function groupsOf(view: ExportView, grouping: MarkdownGrouping) {
  if (grouping === 'source') {
    return view.snapshot.sources
      .map((source) => ({
        heading: `${view.label(source.id)}: ${source.title}`,
        claims: view.claims.filter((claim) => claim.origin.sourceId === source.id),
      }))
      .filter((group) => group.claims.length > 0);
  }
  const groups = tagsInTreeOrder(view.snapshot.tags)
    .map((tag) => ({
      heading: view.tagPath(tag.id),
      claims: view.claims.filter((claim) => claim.tagIds.includes(tag.id)),
    }))
    .filter((group) => group.claims.length > 0);
  const untagged = view.claims.filter((claim) => claim.tagIds.length === 0);
  if (untagged.length > 0) groups.push({ heading: 'Untagged', claims: untagged });
  return groups;
}

export function claimsToMarkdown(view: ExportView, grouping: MarkdownGrouping): string {
  const { snapshot } = view;
  const front = dump(
    {
      title: printable(snapshot.name),
      type: 'corroborate-export',
      exported: view.generatedAt,
      case_created: snapshot.createdAt,
      sources: snapshot.sources.length,
      claims: view.claims.length,
      scope: view.filtered ? 'current filter' : 'all claims',
      grouped_by: grouping,
      tags: ['corroborate'],
    },
    { lineWidth: -1 },
  );
  const out = ['---', front.trimEnd(), '---', '', `# ${escapeInline(snapshot.name)}`, ''];
  const caseNote = view.note({ kind: 'case' });
  if (caseNote.trim() !== '') out.push('## Case note', '', quoteBlock(caseNote), '');
  out.push('## Sources', '', '| Source | Title | Outlet | Published | Reliability |');
  out.push('| --- | --- | --- | --- | --- |');
  for (const source of snapshot.sources) {
    out.push(
      `| ${escapeInline(view.label(source.id))} | ${escapeInline(source.title)} | ` +
        `${escapeInline(source.outlet)} | ${escapeInline(source.publishedDate)} | ` +
        `${source.reliability} (${RELIABILITY_WORDS[source.reliability]}) |`,
    );
  }
  out.push('', `## Claims by ${grouping}`, '');
  if (view.claims.length === 0) out.push('No claims.', '');
  for (const group of groupsOf(view, grouping)) {
    out.push(`### ${escapeInline(group.heading)}`, '');
    for (const claim of group.claims) out.push(claimBlock(view, claim), '');
  }
  quotesSection(view, out);
  discrepanciesSection(view, out);
  const sourceNotes = snapshot.sources.filter(
    (source) => view.note({ kind: 'source', id: source.id }).trim() !== '',
  );
  if (sourceNotes.length > 0) {
    out.push('## Source notes', '');
    for (const source of sourceNotes) {
      out.push(`### ${escapeInline(view.label(source.id))}: ${escapeInline(source.title)}`, '');
      out.push(quoteBlock(view.note({ kind: 'source', id: source.id })), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Quotes said in two sources or more, or credited to different speakers. */
function quotesSection(view: ExportView, out: string[]): void {
  if (!view.facts) return;
  const { shown, more } = firstOf(sharedQuotes(view.facts.quotes));
  if (shown.length === 0) return;
  out.push('## Quotes across sources', '');
  for (const quote of shown) {
    out.push(`- “${escapeInline(clip(quote.text))}”`);
    if (quote.speakerConflict !== null) {
      out.push(`  - **Speakers differ:** ${escapeInline(quote.speakerConflict)}`);
    }
    for (const occurrence of quote.occurrences) {
      const speaker = occurrence.speaker === null ? 'no speaker named' : occurrence.speaker;
      out.push(`  - ${escapeInline(view.label(occurrence.sourceId))}: ${escapeInline(speaker)}`);
    }
  }
  if (more > 0) out.push(`- and ${more} more (the case JSON export lists every quote)`);
  out.push('');
}

/** Facts that passages saying the same thing state differently, both passages quoted. */
function discrepanciesSection(view: ExportView, out: string[]): void {
  if (!view.facts || view.facts.discrepancies.length === 0) return;
  const { shown, more } = firstOf(view.facts.discrepancies);
  out.push('## Discrepancies', '');
  for (const discrepancy of shown) {
    out.push(`- **${escapeInline(discrepancy.description)}** (${discrepancy.kind})`);
    for (const side of [discrepancy.a, discrepancy.b]) {
      const { before, differing, after } = passageParts(side);
      const marked = differing.trim() === '' ? '' : `**${escapeInline(differing)}**`;
      out.push(
        `  - ${escapeInline(view.label(side.sourceId))}: “${escapeInline(before)}${marked}${escapeInline(after)}”`,
      );
    }
  }
  if (more > 0) out.push(`- and ${more} more (the case JSON export lists every discrepancy)`);
  out.push('');
}
