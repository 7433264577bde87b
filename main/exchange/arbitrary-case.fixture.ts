// Random cases for round-trip tests of every exchange format: Unicode text with astral
// characters, combining marks, right-to-left scripts and CJK; originals with CRLF line endings;
// a tag tree; claims with occurrences on whole words; notes and metadata with hostile content.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { Credibility, Reliability, SourceFormat } from '../../preload/contract';
import { codePointLength } from '../core/text/code-points';
import { joinParagraphs } from '../core/text/normalize';
import type {
  CaseSnapshot,
  SnapshotClaim,
  SnapshotSource,
  SnapshotTag,
} from '../core/exchange/case-snapshot';

/** Words that exercise every encoding trap: astral, ZWJ emoji, combining marks that NFC keeps, RTL, CJK. */
export const UNICODE_WORDS = [
  'fox',
  'Kim',
  'Putin',
  'said',
  '2',
  '🦊',
  '👩‍👩‍👧',
  '𝔸rctic',
  'q\u0301uay', // no precomposed q-acute: NFC keeps the combining mark
  'שלום',
  'مرحبا',
  'حرب',
  '東京',
  '𠮷野家',
  'naïve',
  'Ωmega',
  '"quoted"',
  '<b>',
  '&amp;',
  ']]>',
  "O'Brien",
  '=cmd',
  '--',
];

/** Strings that try to break a file format or a spreadsheet. */
export const HOSTILE_STRINGS = [
  '=HYPERLINK("http://evil.example","click")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  ']]>',
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'a\u0001b\u0008c\u001fd\u007f', // no NUL: a case cannot hold one (see request-schemas)
  'lone \ud800 high',
  'lone \udc00 low',
  '"quoted, with comma"',
  'line\nbreak\r\nand CRLF',
  '---\ntitle: front matter\n---',
  '# heading [link](javascript:alert(1))',
  '| pipe | table |',
  '\u202eRTL override',
];

const word = fc.constantFrom(...UNICODE_WORDS);
const paragraph = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
const freeText = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replaceAll('\u0000', '')),
  paragraph,
  fc.constant(''),
);
const isoTime = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => new Date(ms).toISOString());
const isoDate = fc.oneof(
  fc.constant(''),
  fc
    .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10)),
);
const reliability = fc.constantFrom<Reliability>('A', 'B', 'C', 'D', 'E', 'F');
const credibility = fc.constantFrom<Credibility>(1, 2, 3, 4, 5, 6);
const format = fc.constantFrom<SourceFormat>('text', 'markdown', 'html', 'pasted');

/** Every whole-word span of a text built from space-separated words (code points). */
export function wordSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const piece of line.split(' ')) {
      const length = codePointLength(piece);
      if (length > 0) spans.push([offset, offset + length]);
      offset += length + 1;
    }
  }
  return spans;
}

const sourceDraft = fc.record({
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 5 }),
  title: fc.oneof(
    paragraph,
    fc.constantFrom(...HOSTILE_STRINGS).filter((s) => s.trim() !== ''),
  ),
  outlet: fc.oneof(fc.constantFrom('AP', 'Reuters', 'Washington Times', ''), freeText),
  byline: freeText,
  publishedDate: isoDate,
  url: fc.oneof(fc.constant(''), fc.webUrl()),
  reliability,
  titleDerived: fc.boolean(),
  importedAt: isoTime,
  original: fc.option(format, { nil: null }),
  crlf: fc.boolean(),
});

export function arbitraryCase(): fc.Arbitrary<CaseSnapshot> {
  return fc
    .record({
      name: fc.oneof(
        paragraph,
        fc.constantFrom(...HOSTILE_STRINGS).filter((s) => s.trim() !== ''),
      ),
      createdAt: isoTime,
      sources: fc.uniqueArray(sourceDraft, {
        minLength: 1,
        maxLength: 4,
        selector: (draft) => draft.paragraphs.join('\n'),
      }),
      tags: fc.array(
        fc.record({
          name: fc.oneof(word, fc.constantFrom(...HOSTILE_STRINGS)),
          color: fc
            .integer({ min: 0, max: 0xffffff })
            .map((n) => `#${n.toString(16).padStart(6, '0')}`),
          parent: fc.nat(),
          nested: fc.boolean(),
        }),
        { maxLength: 6 },
      ),
      claims: fc.array(
        fc.record({
          note: freeText,
          credibility,
          createdAt: isoTime,
          tagPicks: fc.array(fc.nat(), { maxLength: 3 }),
          occurrences: fc.array(
            fc.record({ source: fc.nat(), span: fc.nat(), length: fc.nat({ max: 3 }) }),
            { minLength: 1, maxLength: 4 },
          ),
        }),
        { maxLength: 8 },
      ),
      caseNote: fc.option(freeText, { nil: null }),
      sourceNotes: fc.array(fc.tuple(fc.nat(), freeText), { maxLength: 3 }),
      entityEdits: fc.array(
        fc.record({
          merge: fc.boolean(),
          subject: freeText.filter((text) => text !== ''),
          target: freeText.filter((text) => text !== ''),
          createdAt: isoTime,
        }),
        { maxLength: 3 },
      ),
      joinOverrides: fc.array(
        fc.record({ claim: fc.nat(), a: fc.nat(), b: fc.nat(), join: fc.boolean() }),
        { maxLength: 3 },
      ),
    })
    .map((draft): CaseSnapshot => {
      const sources: SnapshotSource[] = draft.sources.map((s, index) => {
        const { text, spans } = joinParagraphs(s.paragraphs);
        const raw = s.crlf ? text.replaceAll('\n', '\r\n') : text;
        return {
          id: index + 1,
          title: s.title.trim() === '' ? 'Untitled' : s.title,
          outlet: s.outlet,
          byline: s.byline,
          publishedDate: s.publishedDate,
          url: s.url,
          dateline: '',
          agency: '',
          attribution: '',
          titleDerived: s.titleDerived,
          fileName: `report-${index + 1}.txt`,
          text,
          paragraphs: spans,
          removedLines: [],
          wordCount: text.split(/\s+/).filter(Boolean).length,
          contentHash: createHash('sha256').update(text).digest('hex'),
          importedAt: s.importedAt,
          reliability: s.reliability,
          original: s.original
            ? { format: s.original, bytes: new TextEncoder().encode(raw) }
            : null,
        };
      });
      const tags: SnapshotTag[] = [];
      const usedNames = new Set<string>();
      for (const t of draft.tags) {
        const parentId =
          t.nested && tags.length > 0 ? (tags[t.parent % tags.length]?.id ?? null) : null;
        const name = t.name.trim() === '' ? `tag ${tags.length + 1}` : t.name.trim().slice(0, 100); // the app trims tag names
        const key = `${parentId ?? 0}\u0000${name.toLowerCase()}`;
        if (usedNames.has(key)) continue;
        usedNames.add(key);
        const position = tags.filter((tag) => tag.parentId === parentId).length;
        tags.push({ id: tags.length + 1, name, color: t.color, parentId, position });
      }
      let occurrenceId = 1;
      const claims: SnapshotClaim[] = [];
      for (const c of draft.claims) {
        const seen = new Set<string>();
        const occurrences: SnapshotClaim['occurrences'] = [];
        for (const o of c.occurrences) {
          const source = sources[o.source % sources.length];
          if (!source) continue;
          const spans = wordSpans(source.text);
          const first = spans[o.span % spans.length];
          const last = spans[Math.min(spans.length - 1, (o.span % spans.length) + o.length)];
          if (!first || !last) continue;
          const [start, end] = [first[0], last[1]];
          const key = `${source.id}:${start}:${end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const points = Array.from(source.text);
          occurrences.push({
            id: occurrenceId++,
            sourceId: source.id,
            start,
            end,
            quote: points.slice(start, end).join(''),
            prefix: points.slice(Math.max(0, start - 32), start).join(''),
            suffix: points.slice(end, end + 32).join(''),
            stance:
              occurrences.length === 0
                ? 'origin'
                : occurrences.length % 3 === 2
                  ? 'contradicts'
                  : 'supports',
          });
        }
        const tagIds = [
          ...new Set(c.tagPicks.flatMap((pick) => (tags.length ? [(pick % tags.length) + 1] : []))),
        ].sort((a, b) => a - b);
        claims.push({
          id: claims.length + 1,
          note: c.note,
          credibility: c.credibility,
          createdAt: c.createdAt,
          updatedAt: c.createdAt,
          tagIds,
          occurrences,
          rejected: [],
        });
      }
      const notes: CaseSnapshot['notes'] = [];
      if (draft.caseNote !== null && draft.caseNote !== '') {
        notes.push({ owner: { kind: 'case' }, text: draft.caseNote, updatedAt: draft.createdAt });
      }
      const noted = new Set<number>();
      for (const [pick, text] of draft.sourceNotes) {
        const id = (pick % sources.length) + 1;
        if (noted.has(id) || text === '') continue;
        noted.add(id);
        notes.push({ owner: { kind: 'source', id }, text, updatedAt: draft.createdAt });
      }
      notes.sort((a, b) =>
        a.owner.kind === 'case' ? -1 : b.owner.kind === 'case' ? 1 : a.owner.id - b.owner.id,
      );
      const entityEdits: CaseSnapshot['entityEdits'] = draft.entityEdits.map((edit, index) => ({
        id: index + 1,
        edit: edit.merge
          ? { kind: 'merge', from: edit.subject, into: edit.target }
          : { kind: 'split', variant: edit.subject },
        createdAt: edit.createdAt,
      }));
      const joinOverrides: CaseSnapshot['joinOverrides'] = [];
      const overridden = new Set<string>();
      for (const o of draft.joinOverrides) {
        const claim = claims[o.claim % Math.max(1, claims.length)];
        const a = (o.a % sources.length) + 1;
        const b = (o.b % sources.length) + 1;
        const key = `${claim?.id}:${Math.min(a, b)}:${Math.max(a, b)}`;
        if (!claim || a === b || overridden.has(key)) continue;
        overridden.add(key);
        joinOverrides.push({
          claimId: claim.id,
          sourceIds: [Math.min(a, b), Math.max(a, b)],
          action: o.join ? 'join' : 'split',
        });
      }
      joinOverrides.sort(
        (x, y) =>
          x.claimId - y.claimId ||
          x.sourceIds[0] - y.sourceIds[0] ||
          x.sourceIds[1] - y.sourceIds[1],
      );
      return {
        name: draft.name.trim() === '' ? 'Case' : draft.name,
        createdAt: draft.createdAt,
        searchLanguage: 'en',
        sources,
        tags,
        claims,
        notes,
        entityEdits,
        joinOverrides,
      };
    });
}
