// The report's building blocks: a markup builder that cannot be fed markup by accident, and
// the stylesheet (A4 print first, readable on screen too; inline, since the report's CSP allows
// inline styles and nothing else; no web fonts, no images).
//
// `h()` is the only way markup is made: tag and attribute names are fixed in code, every string
// child and attribute value goes through `cleanText` and is HTML-escaped.

/** The elements the report is made of; nothing else ever appears in it. */
export const REPORT_ELEMENTS = [
  'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'section', 'h1', 'h2', 'h3', 'p',
  'div', 'span', 'a', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li',
  'dl', 'dt', 'dd',
] as const; // prettier-ignore
export type Tag = (typeof REPORT_ELEMENTS)[number];
/** The attributes it uses; only `href` (a source's https URL) ever carries case content. */
export const REPORT_ATTRIBUTES = [
  'lang', 'dir', 'class', 'charset', 'http-equiv', 'content', 'name', 'href', 'rel', 'scope',
] as const; // prettier-ignore
export type Attributes = Partial<Record<(typeof REPORT_ATTRIBUTES)[number], string>>;

const VOID: ReadonlySet<Tag> = new Set<Tag>(['meta']);

/** Markup built by `h`: the only way text becomes HTML in this module. */
export class Html {
  constructor(readonly html: string) {}
}
export type Child = Html | string | number | null | undefined | false | readonly Child[];

// Control characters other than tab and line feed, and UTF-16 halves without their partner.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as the report shows it: CR LF and CR to LF; other controls and lone surrogates to U+FFFD. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, '\uFFFD');
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** An element; `attributes` may be just a class name. */
export function h(tag: Tag, attributes: Attributes | string | null, ...children: Child[]): Html {
  const given = typeof attributes === 'string' ? { class: attributes } : (attributes ?? {});
  const attrs = Object.entries(given)
    .map(([name, value]) => ` ${name}="${escapeHtml(value ?? '')}"`)
    .join('');
  if (VOID.has(tag)) return new Html(`<${tag}${attrs}>`);
  return new Html(`<${tag}${attrs}>${render(children)}</${tag}>`);
}

function render(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (child instanceof Html) return child.html;
  if (typeof child === 'string' || typeof child === 'number') return escapeHtml(String(child));
  return child.map(render).join('');
}

const RELIABILITY_COLORS: Record<string, string> = {
  A: '#1f6f43',
  B: '#3b7d3a',
  C: '#7a6a12',
  D: '#9a5a12',
  E: '#a23b2a',
  F: '#5f6368',
};

const CREDIBILITY_COLORS: Record<string, string> = {
  1: '#1f6f43',
  2: '#3b7d3a',
  3: '#7a6a12',
  4: '#9a5a12',
  5: '#a23b2a',
  6: '#5f6368',
};

const badges = [
  ...Object.entries(RELIABILITY_COLORS).map(
    ([grade, color]) => `.grade.r${grade}{background:${color}}`,
  ),
  ...Object.entries(CREDIBILITY_COLORS).map(
    ([grade, color]) => `.grade.c${grade}{background:${color}}`,
  ),
].join('\n');

export const REPORT_CSS = `
@page { size: A4; margin: 18mm 16mm 18mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0 auto; max-width: 180mm; color: #1d1d1f; background: #fff;
  font: 10.5pt/1.45 Georgia, 'Times New Roman', 'Noto Serif', 'DejaVu Serif', serif;
}
h1, h2, h3, .meta, table, .facts dt, .grade, .label {
  font-family: 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif;
}
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 4pt; }
h2 {
  font-size: 13pt; margin: 18pt 0 6pt; padding-bottom: 2pt; border-bottom: 1px solid #c9c6bf;
  break-after: avoid; page-break-after: avoid;
}
h3 { font-size: 10.5pt; margin: 0 0 4pt; break-after: avoid; page-break-after: avoid; }
h2.tag { font-size: 12pt; color: #3c3a36; border: 0; margin: 14pt 0 2pt; }
p { margin: 0 0 5pt; }
.meta { color: #5f5b55; font-size: 9pt; }
.cover { border-bottom: 2px solid #1d1d1f; padding-bottom: 8pt; margin-bottom: 6pt; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; }
/* Each line of a note or quote takes its own direction: an Arabic line, then an English one. */
.note, blockquote { unicode-bidi: plaintext; text-align: start; }
td.nowrap { white-space: nowrap; }
.boxed { background: #f7f6f3; border-left: 3px solid #c9c6bf; padding: 4pt 8pt; margin: 4pt 0 8pt; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
th, td { text-align: start; vertical-align: top; padding: 3pt 4pt; border-bottom: 1px solid #e2dfd8; }
th { font-weight: 600; color: #5f5b55; border-bottom: 1px solid #8d8982; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.title { font-family: Georgia, 'Times New Roman', 'Noto Serif', serif; font-size: 9.5pt; }
.url { color: #5f5b55; font-size: 8pt; overflow-wrap: anywhere; word-break: break-all; }
a { color: inherit; }
.claim {
  break-inside: avoid; page-break-inside: avoid; margin: 0 0 10pt; padding: 6pt 0 4pt;
  border-top: 1px solid #e2dfd8;
}
.claim h3 .meta { font-weight: normal; }
blockquote {
  margin: 2pt 0 4pt; padding: 2pt 0 2pt 10pt; border-inline-start: 3px solid #8d8982;
  font-style: italic; white-space: pre-wrap; overflow-wrap: anywhere;
}
.source-line { font-size: 9pt; color: #3c3a36; }
.facts { display: grid; grid-template-columns: 24mm 1fr; gap: 2pt 6pt; margin: 4pt 0 0; font-size: 9.5pt; }
.facts dt { color: #5f5b55; font-size: 8.5pt; padding-top: 1pt; }
.facts dd { margin: 0; }
.facts ul { margin: 2pt 0 0; padding-inline-start: 14pt; }
.facts li { margin: 0 0 1pt; }
.grade {
  display: inline-block; min-width: 1.6em; padding: 0 4pt; border-radius: 3pt; color: #fff;
  font-size: 8pt; font-weight: 700; line-height: 1.5; text-align: center;
}
${badges}
.label { font-size: 8.5pt; font-weight: 600; }
.empty { color: #5f5b55; font-style: italic; }
.stance-contradicts { color: #a23b2a; }
.conflict { color: #a23b2a; font-weight: 600; margin: 2pt 0; }
.differs { font-weight: 700; background: #fff1c2; }
@media screen { body { padding: 16mm 0; } }
`;
