// The case as a report for editors: one self-contained HTML5 document (no scripts, no external
// resources, a CSP that forbids loading anything) that prints well to A4 PDF.
//
// Markup is only ever built by `h()` (report-style.ts), whose tag and attribute names are fixed
// in code; every string from the case goes through `cleanText` and is HTML-escaped, so no case
// content can become markup. User text sits in elements with dir="auto" so right-to-left text renders
// right, and an embedded bidi override cannot spill into the text around it.
//
// Source URLs: shown as text, and as a link only when they are plain https:// URLs (no spaces,
// quotes or angle brackets); anything else (http:, javascript:, data:) stays inert text.
import type { Credibility, Reliability } from '../../../preload/contract';
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
import { cleanText, h, Html, REPORT_CSS, type Child } from './report-style';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export const RELIABILITY_NAMES: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Cannot be judged',
};

const blank = (text: string) => text.trim() === '';
/** User text inline: isolated, its direction from its own first strong character. */
const user = (text: string, className?: string) =>
  h('span', className ? { class: className, dir: 'auto' } : { dir: 'auto' }, text);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function credibilityWords(grade: Credibility): string {
  return capital(CREDIBILITY_NAMES[grade]);
}

function reliabilityBadge(grade: Reliability): Html {
  return h('span', null, h('span', `grade r${grade}`, grade), ` ${RELIABILITY_NAMES[grade]}`);
}

function credibilityBadge(grade: Credibility): Html {
  return h('span', null, h('span', `grade c${grade}`, grade), ` ${credibilityWords(grade)}`);
}

/** "2026-11-26 14:33 UTC" from an ISO time; anything else as given. */
function formatTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

const HTTPS_URL = /^https:\/\/[^\s"'<>\\`]+$/i;

function urlLine(url: string): Html | null {
  if (blank(url)) return null;
  const clean = cleanText(url.trim());
  return h(
    'div',
    { class: 'url', dir: 'ltr' },
    HTTPS_URL.test(clean) ? h('a', { href: clean, rel: 'noreferrer' }, clean) : clean,
  );
}

/** The claims under each tag path, tree order, claims by id; untagged last. */
export function claimSections(
  view: ExportView,
): Array<{ title: string | null; claims: ExportClaim[] }> {
  const sections: Array<{ title: string | null; claims: ExportClaim[] }> = [];
  for (const tag of tagsInTreeOrder(view.snapshot.tags)) {
    const claims = view.claims.filter((claim) => claim.tagIds.includes(tag.id));
    if (claims.length > 0) sections.push({ title: view.tagPath(tag.id), claims });
  }
  const known = new Set(view.snapshot.tags.map((tag) => tag.id));
  const untagged = view.claims.filter((claim) => !claim.tagIds.some((id) => known.has(id)));
  if (untagged.length > 0) sections.push({ title: null, claims: untagged });
  return sections;
}

function cover(view: ExportView): Html {
  const { snapshot } = view;
  const caseNote = view.note({ kind: 'case' });
  return h(
    'header',
    'cover',
    h('h1', { dir: 'auto' }, snapshot.name),
    h('p', 'meta', `Corroboration report · generated ${formatTime(view.generatedAt)}`),
    h(
      'p',
      'meta',
      `${plural(snapshot.sources.length, 'source')} · ${plural(view.claims.length, 'claim')}`,
      view.filtered
        ? ` · Filtered export: ${view.claims.length} of ${plural(snapshot.claims.length, 'claim')} in the case, as filtered in the claims panel`
        : ' · All claims in the case',
    ),
    blank(caseNote)
      ? null
      : [h('h2', null, 'Case note'), h('div', { class: 'note boxed', dir: 'auto' }, caseNote)],
  );
}

function sourcesTable(view: ExportView): Html {
  const sources = view.snapshot.sources;
  const rows = sources.map((source) =>
    h(
      'tr',
      null,
      h('td', { class: 'label', dir: 'auto' }, view.label(source.id)),
      h(
        'td',
        'title',
        h('div', { dir: 'auto' }, source.title),
        blank(source.byline) ? null : h('div', { class: 'meta', dir: 'auto' }, source.byline),
        urlLine(source.url),
      ),
      h('td', { dir: 'auto' }, blank(source.outlet) ? '—' : source.outlet),
      h('td', 'nowrap', blank(source.publishedDate) ? '—' : source.publishedDate),
      h('td', null, reliabilityBadge(source.reliability)),
    ),
  );
  const head = h(
    'tr',
    null,
    ...['Source', 'Title', 'Outlet', 'Published', 'Reliability'].map((name) =>
      h('th', { scope: 'col' }, name),
    ),
  );
  return h(
    'section',
    null,
    h('h2', null, 'Sources'),
    sources.length === 0
      ? h('p', 'empty', 'No sources.')
      : h('table', null, h('thead', null, head), h('tbody', null, rows)),
  );
}

function sourceRef(view: ExportView, sourceId: number): Html[] {
  const label = view.label(sourceId);
  const source = view.snapshot.sources.find((candidate) => candidate.id === sourceId);
  // The label already names the publisher ("AP · 12 Sep 2023 · #002"); the title says which report.
  const parts = [user(label, 'label')];
  if (source && !blank(source.title)) parts.push(new Html(', '), user(source.title));
  return parts;
}

function labels(view: ExportView, ids: readonly number[]): Child[] {
  return ids.map((id, index) => [index > 0 ? ', ' : null, user(view.label(id), 'label')]);
}

function claimBlock(view: ExportView, claim: ExportClaim): Html {
  const c = claim.corroboration;
  const others = claim.occurrences.filter((occurrence) => occurrence.id !== claim.origin.id);
  const alsoIn = h(
    'ul',
    null,
    others.map((o) =>
      h(
        'li',
        `stance-${o.stance}`,
        user(view.label(o.sourceId), 'label'),
        ` (${o.stance}): `,
        user(`“${o.quote}”`),
      ),
    ),
  );
  const corroboration = h(
    'dd',
    null,
    `${plural(c.independentSources, 'independent supporting source')}, ${plural(c.independentContradictions, 'contradicting source')}`,
    c.groups.length === 0
      ? null
      : h(
          'ul',
          null,
          c.groups.map((group) =>
            h(
              'li',
              `stance-${group.stance}`,
              group.stance === 'supports' ? 'Supports: ' : 'Contradicts: ',
              labels(view, group.sourceIds),
              group.reason ? [' — counted once: ', user(group.reason)] : null,
            ),
          ),
        ),
    c.sameOutlet.length === 0
      ? null
      : h(
          'p',
          'meta',
          c.sameOutlet.map((entry, index) => [
            index > 0 ? '; ' : 'Same outlet, counted separately: ',
            user(entry.outlet),
            ' (',
            labels(view, entry.sourceIds),
            ')',
          ]),
        ),
  );
  const number = (id: number) => view.number(id);
  const attribution = [...originatorLines(claim, number), ...overrideLines(claim, number)];
  return h(
    'div',
    'claim',
    h('h3', null, `Claim ${claim.id}`),
    h('blockquote', { dir: 'auto' }, claim.origin.quote),
    h('p', 'source-line', '— ', sourceRef(view, claim.origin.sourceId)),
    h(
      'dl',
      'facts',
      h('dt', null, 'Credibility'),
      h(
        'dd',
        null,
        credibilityBadge(claim.credibility),
        ' (analyst) · suggested ',
        credibilityBadge(c.suggestedCredibility),
        h('div', { class: 'meta', dir: 'auto' }, c.suggestionReason),
      ),
      h('dt', null, 'Corroboration'),
      corroboration,
      attribution.length === 0
        ? null
        : [
            h('dt', null, 'Attribution'),
            h(
              'dd',
              null,
              h(
                'ul',
                null,
                attribution.map((line) => h('li', null, user(line))),
              ),
            ),
          ],
      others.length === 0 ? null : [h('dt', null, 'Also said in'), h('dd', null, alsoIn)],
      blank(claim.note)
        ? null
        : [h('dt', null, 'Note'), h('dd', { class: 'note', dir: 'auto' }, claim.note)],
    ),
  );
}

function claimsSection(view: ExportView): Html {
  const sections = claimSections(view);
  return h(
    'section',
    null,
    h('h2', null, 'Claims'),
    sections.length === 0
      ? h('p', 'empty', 'No claims exported.')
      : sections.map((section) =>
          h(
            'section',
            null,
            h(
              'h2',
              section.title === null ? 'tag' : { class: 'tag', dir: 'auto' },
              section.title ?? 'Untagged',
            ),
            section.claims.map((claim) => claimBlock(view, claim)),
          ),
        ),
  );
}

/** "and 12 more", when a list was cut. */
function moreLine(more: number, what: string): Html | null {
  return more > 0
    ? h('p', 'meta', `and ${more} more ${what} (the case JSON export lists every one)`)
    : null;
}

/** Quotes said in two sources or more, or credited to different speakers. */
function quotesSection(view: ExportView): Html | null {
  if (!view.facts) return null;
  const all = sharedQuotes(view.facts.quotes);
  if (all.length === 0) return null;
  const { shown, more } = firstOf(all);
  return h(
    'section',
    null,
    h('h2', null, 'Quotes across sources'),
    shown.map((quote) =>
      h(
        'div',
        'claim',
        h('blockquote', { dir: 'auto' }, `“${clip(quote.text)}”`),
        quote.speakerConflict === null
          ? null
          : h('p', 'conflict', 'Speakers differ: ', user(quote.speakerConflict)),
        h(
          'ul',
          null,
          quote.occurrences.map((occurrence) =>
            h(
              'li',
              null,
              user(view.label(occurrence.sourceId), 'label'),
              ': ',
              occurrence.speaker === null
                ? h('span', 'meta', 'no speaker named')
                : user(occurrence.speaker),
            ),
          ),
        ),
      ),
    ),
    moreLine(more, more === 1 ? 'quote' : 'quotes'),
  );
}

/** Facts that passages saying the same thing state differently, both passages side by side. */
function discrepanciesSection(view: ExportView): Html | null {
  if (!view.facts || view.facts.discrepancies.length === 0) return null;
  const { shown, more } = firstOf(view.facts.discrepancies);
  const side = (part: (typeof shown)[number]['a']) => {
    const { before, differing, after } = passageParts(part);
    return h(
      'li',
      null,
      user(view.label(part.sourceId), 'label'),
      ': ',
      h('span', { dir: 'auto' }, '“', before, h('span', 'differs', differing), after, '”'),
    );
  };
  return h(
    'section',
    null,
    h('h2', null, 'Discrepancies'),
    shown.map((discrepancy) =>
      h(
        'div',
        'claim',
        h('h3', null, user(discrepancy.description), h('span', 'meta', ` · ${discrepancy.kind}`)),
        h('ul', null, side(discrepancy.a), side(discrepancy.b)),
      ),
    ),
    moreLine(more, more === 1 ? 'discrepancy' : 'discrepancies'),
  );
}

function sourceNotes(view: ExportView): Html | null {
  const noted = view.snapshot.sources.filter(
    (source) => !blank(view.note({ kind: 'source', id: source.id })),
  );
  if (noted.length === 0) return null;
  return h(
    'section',
    null,
    h('h2', null, 'Source notes'),
    noted.map((source) =>
      h(
        'div',
        'claim',
        h('h3', null, sourceRef(view, source.id)),
        h('div', { class: 'note', dir: 'auto' }, view.note({ kind: 'source', id: source.id })),
      ),
    ),
  );
}

/** The whole report: a complete HTML5 document. */
export function renderReportHtml(view: ExportView): string {
  const document = h(
    'html',
    { lang: 'en' },
    h(
      'head',
      null,
      h('meta', { charset: 'utf-8' }),
      h('meta', { 'http-equiv': 'Content-Security-Policy', content: REPORT_CSP }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', null, view.snapshot.name),
      h('style', null, new Html(REPORT_CSS)),
    ),
    h(
      'body',
      null,
      cover(view),
      sourcesTable(view),
      claimsSection(view),
      quotesSection(view),
      discrepanciesSection(view),
      sourceNotes(view),
    ),
  );
  return `<!DOCTYPE html>\n${document.html}\n`;
}
