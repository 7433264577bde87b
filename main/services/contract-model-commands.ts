// The commands of the contract model test as plain data, with the small reports they import.
// Numbers pick among what the case holds when the command runs ("the 3rd claim"); a pick past
// the end names an id the case does not have, so wrong ids are commands too.
import fc from 'fast-check';
import type {
  Credibility,
  ExportFormat,
  Reliability,
  SearchLanguage,
} from '../../preload/contract';
import { searchLanguages } from '../../preload/contract';

/** Codewords: each report's own, so a search for one finds exactly the reports holding it. */
export const CODEWORDS = ['quasar', 'marmalade', 'zeppelin', 'tundra'];

const BODIES = [
  [
    'The army seized the bridge over the river at dawn on Monday, two officials said, after a night of heavy shelling.',
    'Residents near the quasar observatory 🦊 said the fighting lasted for hours and that many families fled to the west.',
  ],
  [
    'شهود عيان قالوا إن القافلة وصلت إلى المدينة صباح الثلاثاء بعد تأخير طويل.',
    'Aid workers unloaded marmalade and flour in the main square while 𝔸rctic winds kept most people indoors.',
  ],
  [
    'The port authority reopened the northern harbour after divers cleared two wrecks from the channel.',
    'A zeppelin museum 🚀 nearby closed for the week, and local officials promised compensation to shop owners.',
  ],
  [
    'שלום לכולם: the council met in the old town hall to debate the tundra railway budget for next year.',
    'Members voted nine to four to delay the decision until engineers deliver a full survey of the route.',
  ],
];
const ADDED = [
  'Officials declined to comment further on the report.',
  'The agency said it would publish more details on Friday.',
];
export const HEADLINES = [
  'Army seizes bridge',
  'Aid convoy arrives',
  'Harbour reopens',
  'Council delays vote',
];

/** A report: base `base`, as written (variant 0) or as a copy with sentences added (1, 2). */
export function reportBody(base: number, variant: number): string {
  const paragraphs = [...(BODIES[base] ?? [])];
  for (let i = 0; i < variant; i++) paragraphs.push(ADDED[i] ?? '');
  return paragraphs.join('\n\n');
}
export const reportFile = (base: number, variant: number): string =>
  `${HEADLINES[base] ?? ''}\n\n${reportBody(base, variant)}\n`;

/** Note texts: astral and right-to-left text, none holding a codeword. */
export const NOTE_TEXTS = ['', 'checked', 'doubtful 🦊', 'לבדוק שוב', 'تحقق 𝔸 مرة أخرى', 'ab'];
/** Tag names; the last is empty once trimmed, so the app refuses it. */
export const TAG_NAMES = ['Army', 'army', 'Talks', 'Fox 🦊', 'Roads', ' Dawn ', 'שלום', '  '];
export const FORMATS: ExportFormat[] = ['md', 'csv', 'json', 'html', 'w3c', 'qdpx', 'pdf'];
export const GRADES: Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
export const LANGUAGES = searchLanguages.map(([code]) => code);
/** Metadata edits; the last three are refused by validation. */
export const METADATA = [
  { title: 'Edited title' },
  { title: '  Padded title  ' },
  { outlet: 'Reuters', byline: 'Jane Doe' },
  { publishedDate: '2023-09-12', url: 'https://example.org/a' },
  { dateline: 'KYIV', agency: 'AP', attribution: 'said officials 🦊' },
  { outlet: '' },
  { title: '   ' },
  { url: 'ftp://example.org' },
  { publishedDate: '12/09/2023' },
] as const;
export const INVALID_METADATA_FROM = 6;

const pick = fc.nat(40);
const rec = <K extends string, T>(kind: K, fields: { [P in keyof T]: fc.Arbitrary<T[P]> }) =>
  fc.record({ kind: fc.constant(kind), ...fields } as never) as fc.Arbitrary<{ kind: K } & T>;
const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });

const importPasted = rec('import-pasted', {
  base: fc.nat(3),
  variant: fc.nat(2),
  title: fc.constantFrom('Pasted 𝔸', 'שלום report'),
});
const createTag = rec('create-tag', {
  name: fc.constantFrom(...TAG_NAMES),
  parent: fc.option(pick, { freq: 1 }),
  color: fc.boolean(),
});
const createClaim = rec('create-claim', {
  source: pick,
  word: pick,
  length: fc.nat(3),
  tags: fc.array(pick, { maxLength: 2 }),
  credibility: fc.option(fc.integer({ min: 1, max: 6 })),
  note: fc.option(fc.constantFrom(...NOTE_TEXTS)),
  bad: fc.nat(9),
});

export const command = fc.oneof(
  w(4, importPasted),
  w(4, createTag),
  w(5, createClaim),
  w(3, rec('import-data', { base: fc.nat(3), variant: fc.nat(2), folder: fc.boolean() })),
  w(1, rec('import-files', { base: fc.nat(3), variant: fc.nat(2), folder: fc.boolean() })),
  w(2, rec('update-metadata', { source: pick, change: fc.nat(METADATA.length - 1) })),
  w(2, rec('set-reliability', { source: pick, grade: fc.constantFrom(...GRADES) })),
  w(
    2,
    rec('update-tag', {
      tag: pick,
      name: fc.option(fc.constantFrom(...TAG_NAMES)),
      color: fc.boolean(),
      parent: fc.oneof(fc.constantFrom('keep' as const, 'top' as const), pick),
      position: fc.option(fc.nat(4)),
    }),
  ),
  w(1, rec('merge-tags', { from: pick, into: pick })),
  w(
    2,
    rec('delete-tag', {
      tag: pick,
      how: fc.constantFrom('untag', 'reassign', 'delete'),
      target: pick,
    }),
  ),
  w(
    3,
    rec('update-claim', {
      claim: pick,
      tags: fc.option(fc.array(pick, { maxLength: 2 })),
      note: fc.option(fc.constantFrom(...NOTE_TEXTS)),
      credibility: fc.option(fc.integer({ min: 1, max: 6 })),
    }),
  ),
  w(1, rec('delete-claim', { claim: pick })),
  w(3, rec('add-occurrence', { claim: pick, source: pick, word: pick, contradicts: fc.boolean() })),
  w(2, rec('remove-occurrence', { claim: pick, occurrence: pick })),
  w(2, rec('set-stance', { occurrence: pick, contradicts: fc.boolean() })),
  w(2, rec('reanchor', { occurrence: pick, source: pick, word: pick, bad: fc.nat(15) })),
  w(
    2,
    rec('add-occurrences', {
      claim: pick,
      passages: fc.array(fc.record({ source: pick, word: pick, bad: fc.nat(15) }), {
        minLength: 1,
        maxLength: 4,
      }),
      contradicts: fc.boolean(),
    }),
  ),
  w(
    2,
    rec('reject-suggestion', { claim: pick, source: pick, word: pick, suggested: fc.boolean() }),
  ),
  w(
    4,
    rec('save-note', {
      owner: fc.nat(4),
      text: fc.constantFrom(...NOTE_TEXTS),
      wait: fc.constantFrom(0, 1000, 6000),
    }),
  ),
  w(4, rec('undo', {})),
  w(2, rec('redo', {})),
  w(1, rec('set-language', { language: fc.constantFrom<SearchLanguage>(...LANGUAGES) })),
  w(1, rec('import-exchange', { how: fc.constantFrom('json', 'garbage', 'taken-path') })),
  w(1, rec('import-annotations', { garbage: fc.boolean() })),
  w(2, rec('reopen', {})),
  w(
    1,
    rec('dialog', {
      which: fc.constantFrom('case-file', 'import', 'export-path'),
      cancel: fc.boolean(),
      format: fc.constantFrom(...FORMATS),
    }),
  ),
  w(1, rec('export-save', { format: fc.constantFrom(...FORMATS), filtered: fc.boolean() })),
  w(2, rec('export-render', { format: fc.constantFrom(...FORMATS), filtered: fc.boolean() })),
  w(2, rec('search', { word: fc.nat(CODEWORDS.length - 1) })),
  w(2, rec('compare', { a: pick, b: pick })),
  w(1, rec('suggestions', { claim: pick })),
  w(
    1,
    rec('misc-read', {
      which: fc.constantFrom('host', 'recent', 'unknown-channel', 'bad-payload', 'no-such-source'),
    }),
  ),
  w(
    1,
    rec('case-file', {
      how: fc.constantFrom('create-existing', 'open-missing', 'open-not-a-case', 'open-same'),
    }),
  ),
);
export type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

/** A sequence: a few reports, tags and claims to work on, then any commands. */
export const sequence = fc
  .tuple(
    fc.array(importPasted, { minLength: 1, maxLength: 3 }),
    fc.array(createTag, { minLength: 1, maxLength: 3 }),
    fc.array(createClaim, { minLength: 1, maxLength: 3 }),
    fc.array(command, { minLength: 5, maxLength: 25, size: 'max' }),
  )
  .map((parts): Command[] => parts.flat());

export const credibility = (n: number | null): Credibility | undefined =>
  n === null ? undefined : (n as Credibility);

/** The id `n` picks among `ids`: one of them, or (one time in eight) an id not in the case. */
export function pickId(ids: readonly number[], n: number): number {
  if (ids.length === 0 || n % 8 === 7) return 9000 + n;
  return ids[n % ids.length] ?? 9000 + n;
}

/** Word spans (code points) of a text: from the start of one word to the end of another. */
export function wordSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = -1;
  const chars = Array.from(text);
  chars.forEach((ch, i) => {
    const blank = /\s/.test(ch);
    if (!blank && start < 0) start = i;
    if (start >= 0 && (blank || i === chars.length - 1)) {
      spans.push([start, blank ? i : i + 1]);
      start = -1;
    }
  });
  return spans;
}
