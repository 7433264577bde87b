import type { SearchLanguage } from '../../preload/contract';
import {
  analyzerFor,
  SEARCH_ENGINE_VERSION,
  SEARCH_FIELD_NAMES,
  type SearchField,
} from './analysis';
import { ByteReader, ByteWriter } from './byte-codec';

// A search segment: Lunr's inverted index (term → field → document → token positions) over a
// set of documents, in a compact binary form that is stored in the case file and loaded as
// typed-array views, with no parsing. Lunr's own serialization is JSON with an object per
// posting: at 22,000 articles it is a 222 MB string that takes 13 s to parse and gigabytes to
// hold. Here the same index is about a tenth of the size and loads in milliseconds.
//
// Layout (little-endian, sections 4-byte aligned):
//   "CSEG", u32 header length, header JSON {version, language, docCount, termCount, sections}
//   kinds u8[doc]; sourceIds, a, b i32[doc]; lengths u32[doc × field];
//   terms: UTF-8, sorted by UTF-16 code units, NUL-separated;
//   df u32[term × field]; offsets u32[term × field + 1] into postings;
//   postings: per (term, field), per document: varint gap, varint tf, tf × varint position gap.

/** What a search document stands for, so a hit can be shown and opened. */
export type DocMeta =
  | { kind: 'passage'; sourceId: number; paragraph: number; start: number }
  /** `key` is a hash of the indexed title and outlet, so an edited title is noticed. */
  | { kind: 'title'; sourceId: number; key: number }
  | { kind: 'claim'; sourceId: number; claimId: number }
  | { kind: 'note'; sourceId: number | null };

export interface SegmentDoc {
  fields: Partial<Record<SearchField, string>>;
  meta: DocMeta;
}

const MAGIC = 'CSEG';
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const FIELD_COUNT = SEARCH_FIELD_NAMES.length;
const KINDS = ['passage', 'title', 'claim', 'note'] as const;
const SECTION_NAMES = [
  'kinds',
  'sourceIds',
  'a',
  'b',
  'lengths',
  'terms',
  'df',
  'offsets',
  'postings',
] as const;
type SectionName = (typeof SECTION_NAMES)[number];

interface Header {
  version: number;
  language: SearchLanguage;
  docCount: number;
  termCount: number;
  sections: Record<SectionName, [offset: number, length: number]>;
}

/** A stable reference for a document: unique in a case. */
export function docRef(meta: DocMeta): string {
  switch (meta.kind) {
    case 'passage':
      return `p:${meta.sourceId}:${meta.paragraph}`;
    case 'title':
      return `t:${meta.sourceId}`;
    case 'claim':
      return `c:${meta.claimId}`;
    case 'note':
      return meta.sourceId === null ? 'n:case' : `n:${meta.sourceId}`;
  }
}

/** FNV-1a over the text: a title doc remembers what it indexed. */
export function textKey(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

interface DocColumns {
  kinds: Uint8Array;
  sourceIds: Int32Array;
  a: Int32Array;
  b: Int32Array;
  lengths: Uint32Array;
}

function newColumns(docCount: number): DocColumns {
  return {
    kinds: new Uint8Array(docCount),
    sourceIds: new Int32Array(docCount),
    a: new Int32Array(docCount),
    b: new Int32Array(docCount),
    lengths: new Uint32Array(docCount * FIELD_COUNT),
  };
}

function setMeta(columns: DocColumns, doc: number, meta: DocMeta): void {
  columns.kinds[doc] = KINDS.indexOf(meta.kind);
  columns.sourceIds[doc] = meta.sourceId ?? -1;
  if (meta.kind === 'passage') {
    columns.a[doc] = meta.paragraph;
    columns.b[doc] = meta.start;
  } else if (meta.kind === 'title') {
    columns.b[doc] = meta.key;
  } else if (meta.kind === 'claim') {
    columns.a[doc] = meta.claimId;
  }
}

/** Writes postings lists in (term, field) order and the header around them. */
class SegmentWriter {
  private readonly postings = new ByteWriter(1 << 16);
  private readonly df: Uint32Array;
  private readonly offsets: Uint32Array;
  private list = 0;
  private listDocs = 0;
  private lastDoc = 0;

  constructor(
    private readonly language: SearchLanguage,
    private readonly columns: DocColumns,
    private readonly terms: readonly string[],
  ) {
    this.df = new Uint32Array(terms.length * FIELD_COUNT);
    this.offsets = new Uint32Array(terms.length * FIELD_COUNT + 1);
  }

  /** Starts the list of (term, field) number `list`; lists must start in increasing order. */
  startList(term: number, field: number): void {
    const list = term * FIELD_COUNT + field;
    this.finishList();
    while (this.list < list) this.offsets[++this.list] = this.postings.length;
    this.listDocs = 0;
    this.lastDoc = 0;
  }

  /** Adds a document (in increasing order) with its positions (in increasing order). */
  posting(doc: number, positions: ArrayLike<number>): void {
    this.postings.varint(doc - this.lastDoc);
    this.postings.varint(positions.length);
    let last = 0;
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i] ?? 0;
      this.postings.varint(position - last);
      last = position;
    }
    this.lastDoc = doc;
    this.listDocs += 1;
  }

  finish(): Uint8Array {
    this.finishList();
    const total = this.terms.length * FIELD_COUNT;
    while (this.list < total) this.offsets[++this.list] = this.postings.length;
    const { kinds, sourceIds, a, b, lengths } = this.columns;
    const parts: Record<SectionName, Uint8Array> = {
      kinds,
      sourceIds: bytesOf(sourceIds),
      a: bytesOf(a),
      b: bytesOf(b),
      lengths: bytesOf(lengths),
      terms: new TextEncoder().encode(this.terms.join('\u0000')),
      df: bytesOf(this.df),
      offsets: bytesOf(this.offsets),
      postings: this.postings.view(),
    };
    const sections = {} as Header['sections'];
    let offset = 0;
    for (const name of SECTION_NAMES) {
      sections[name] = [offset, parts[name].length];
      offset += align4(parts[name].length);
    }
    const header: Header = {
      version: SEARCH_ENGINE_VERSION,
      language: this.language,
      docCount: kinds.length,
      termCount: this.terms.length,
      sections,
    };
    const headerBytes = new TextEncoder().encode(JSON.stringify(header));
    const out = new ByteWriter(8 + align4(headerBytes.length) + offset);
    out.append(new TextEncoder().encode(MAGIC));
    out.append(bytesOf(new Uint32Array([headerBytes.length])));
    out.append(headerBytes);
    out.align(4);
    for (const name of SECTION_NAMES) {
      out.append(parts[name]);
      out.align(4);
    }
    return out.view().slice();
  }

  private finishList(): void {
    if (this.listDocs > 0) this.df[this.list] = this.listDocs;
    this.listDocs = 0;
  }
}

function align4(length: number): number {
  return (length + 3) & ~3;
}

function bytesOf(array: Int32Array | Uint32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/**
 * Indexes `docs`: each field is tokenized and run through the language's Lunr pipeline (stop
 * words out, stems in); token positions count every token, stop words included, so phrases
 * with stop words keep their gaps.
 */
export function buildSegment(
  docs: readonly SegmentDoc[],
  language: SearchLanguage = 'en',
): Uint8Array {
  const analyzer = analyzerFor(language);
  const columns = newColumns(docs.length);
  // term → per field a flat list: doc, tf, positions…
  const lists = new Map<string, Array<number[] | undefined>>();
  docs.forEach((doc, docNo) => {
    setMeta(columns, docNo, doc.meta);
    SEARCH_FIELD_NAMES.forEach((field, fieldNo) => {
      const text = doc.fields[field];
      if (!text) return;
      const tokens = analyzer.tokens(text);
      columns.lengths[docNo * FIELD_COUNT + fieldNo] = tokens.length;
      const positions = new Map<string, number[]>();
      for (const token of tokens) {
        if (token.indexTerm === null) continue;
        const list = positions.get(token.indexTerm);
        if (list) list.push(token.position);
        else positions.set(token.indexTerm, [token.position]);
      }
      for (const [term, found] of positions) {
        let perField = lists.get(term);
        if (!perField) lists.set(term, (perField = []));
        const flat = (perField[fieldNo] ??= []);
        flat.push(docNo, found.length, ...found);
      }
    });
  });
  const terms = [...lists.keys()].sort();
  const writer = new SegmentWriter(language, columns, terms);
  terms.forEach((term, termNo) => {
    const perField = lists.get(term) ?? [];
    for (let fieldNo = 0; fieldNo < FIELD_COUNT; fieldNo++) {
      const flat = perField[fieldNo];
      if (!flat) continue;
      writer.startList(termNo, fieldNo);
      for (let i = 0; i < flat.length;) {
        const doc = flat[i] ?? 0;
        const tf = flat[i + 1] ?? 0;
        writer.posting(doc, flat.slice(i + 2, i + 2 + tf));
        i += 2 + tf;
      }
    }
  });
  return writer.finish();
}

/** A loaded segment: typed-array views over its bytes. */
export class Segment {
  readonly language: SearchLanguage;
  readonly docCount: number;
  readonly terms: readonly string[];
  readonly kinds: Uint8Array;
  readonly sourceIds: Int32Array;
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private readonly lengths: Uint32Array;
  private readonly df: Uint32Array;
  private readonly offsets: Uint32Array;
  private readonly postings: Uint8Array;

  private constructor(
    readonly bytes: Uint8Array,
    header: Header,
  ) {
    // Typed arrays need aligned offsets: copy the rare buffer that is not.
    const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    const base = 8 + align4(new Uint32Array(data.buffer, data.byteOffset + 4, 1)[0] ?? 0);
    const at = (name: SectionName) => {
      const [offset, length] = header.sections[name];
      if (base + offset + length > data.length)
        throw new Error(`segment section ${name} is cut short`);
      return { start: data.byteOffset + base + offset, length };
    };
    const u8 = (name: SectionName) => {
      const { start, length } = at(name);
      return new Uint8Array(data.buffer, start, length);
    };
    const i32 = (name: SectionName) => {
      const { start, length } = at(name);
      return new Int32Array(data.buffer, start, length / 4);
    };
    const u32 = (name: SectionName) => {
      const { start, length } = at(name);
      return new Uint32Array(data.buffer, start, length / 4);
    };
    this.language = header.language;
    this.docCount = header.docCount;
    this.kinds = u8('kinds');
    this.sourceIds = i32('sourceIds');
    this.a = i32('a');
    this.b = i32('b');
    this.lengths = u32('lengths');
    this.df = u32('df');
    this.offsets = u32('offsets');
    this.postings = u8('postings');
    const termText = new TextDecoder().decode(u8('terms'));
    this.terms = header.termCount === 0 ? [] : termText.split('\u0000');
    if (
      this.terms.length !== header.termCount ||
      this.kinds.length !== this.docCount ||
      this.sourceIds.length !== this.docCount ||
      this.lengths.length !== this.docCount * FIELD_COUNT ||
      this.offsets.length !== header.termCount * FIELD_COUNT + 1
    ) {
      throw new Error('segment sections disagree with its header');
    }
  }

  /** Reads a stored segment; throws on anything that is not one of this engine version. */
  static decode(bytes: Uint8Array): Segment {
    // Sections are read as typed arrays, which use the host's byte order.
    if (!LITTLE_ENDIAN) throw new Error('segments are read on little-endian hosts only');
    if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
      throw new Error('not a search segment');
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = view.getUint32(4, true);
    if (8 + headerLength > bytes.length) throw new Error('segment header is cut short');
    const header = JSON.parse(
      new TextDecoder().decode(bytes.subarray(8, 8 + headerLength)),
    ) as Header;
    if (header.version !== SEARCH_ENGINE_VERSION) {
      throw new Error(`segment of engine version ${header.version}`);
    }
    return new Segment(bytes, header);
  }

  /** The number of a term, or -1. Terms are sorted by UTF-16 code units, as sort() sorts. */
  termId(term: string): number {
    let low = 0;
    let high = this.terms.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = this.terms[middle] ?? '';
      if (found === term) return middle;
      if (found < term) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** Term numbers [from, to) of the terms starting with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    const lowerBound = (key: string) => {
      let low = 0;
      let high = this.terms.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((this.terms[middle] ?? '') < key) low = middle + 1;
        else high = middle;
      }
      return low;
    };
    const from = lowerBound(prefix);
    let to = from;
    while (to < this.terms.length && (this.terms[to] ?? '').startsWith(prefix)) to++;
    return [from, to];
  }

  documentFrequency(term: number, field: number): number {
    return this.df[term * FIELD_COUNT + field] ?? 0;
  }

  fieldLength(doc: number, field: number): number {
    return this.lengths[doc * FIELD_COUNT + field] ?? 0;
  }

  /**
   * Calls `visit` for each document of the (term, field) list, with where its positions start,
   * until `visit` returns true.
   */
  forEachPosting(
    term: number,
    field: number,
    visit: (doc: number, tf: number, positionsAt: number) => boolean | void,
  ): void {
    const list = term * FIELD_COUNT + field;
    const end = this.offsets[list + 1] ?? 0;
    const reader = new ByteReader(this.postings, this.offsets[list] ?? 0);
    let doc = 0;
    while (reader.offset < end) {
      doc += reader.varint();
      const tf = reader.varint();
      const positionsAt = reader.offset;
      for (let i = 0; i < tf; i++) reader.varint();
      if (visit(doc, tf, positionsAt) === true) return;
    }
  }

  /** The token positions of a posting, from forEachPosting's `positionsAt`. */
  positions(positionsAt: number, tf: number): number[] {
    const reader = new ByteReader(this.postings, positionsAt);
    const out: number[] = [];
    let position = 0;
    for (let i = 0; i < tf; i++) out.push((position += reader.varint()));
    return out;
  }

  /** The key of a title document (see DocMeta). */
  titleKey(doc: number): number {
    return this.b[doc] ?? 0;
  }

  meta(doc: number): DocMeta {
    const kind = KINDS[this.kinds[doc] ?? 0] ?? 'passage';
    const sourceId = this.sourceIds[doc] ?? -1;
    const a = this.a[doc] ?? 0;
    const b = this.b[doc] ?? 0;
    switch (kind) {
      case 'passage':
        return { kind, sourceId, paragraph: a, start: b };
      case 'title':
        return { kind, sourceId, key: b };
      case 'claim':
        return { kind, sourceId, claimId: a };
      case 'note':
        return { kind, sourceId: sourceId < 0 ? null : sourceId };
    }
  }
}

/**
 * One segment holding the documents of `parts` that `keep` accepts, in order: postings are
 * copied with document numbers remapped, never re-analysed from text.
 */
export function mergeSegments(
  parts: ReadonlyArray<{ segment: Segment; keep: (doc: number) => boolean }>,
  language: SearchLanguage,
): Uint8Array {
  const remaps = parts.map(() => new Int32Array(0));
  let docCount = 0;
  parts.forEach(({ segment, keep }, part) => {
    const remap = new Int32Array(segment.docCount).fill(-1);
    for (let doc = 0; doc < segment.docCount; doc++) if (keep(doc)) remap[doc] = docCount++;
    remaps[part] = remap;
  });
  const columns = newColumns(docCount);
  parts.forEach(({ segment }, part) => {
    const remap = remaps[part] ?? new Int32Array(0);
    for (let doc = 0; doc < segment.docCount; doc++) {
      const to = remap[doc] ?? -1;
      if (to < 0) continue;
      setMeta(columns, to, segment.meta(doc));
      for (let field = 0; field < FIELD_COUNT; field++) {
        columns.lengths[to * FIELD_COUNT + field] = segment.fieldLength(doc, field);
      }
    }
  });
  // Terms left with no document are dropped, so a merge equals a build of what it keeps.
  const kept = (term: string) =>
    parts.some(({ segment }, part) => {
      const id = segment.termId(term);
      if (id < 0) return false;
      const remap = remaps[part] ?? new Int32Array(0);
      let any = false;
      for (let field = 0; field < FIELD_COUNT && !any; field++) {
        segment.forEachPosting(id, field, (doc) => (any = (remap[doc] ?? -1) >= 0));
      }
      return any;
    });
  const terms = [...new Set(parts.flatMap(({ segment }) => segment.terms))].sort().filter(kept);
  const writer = new SegmentWriter(language, columns, terms);
  terms.forEach((term, termNo) => {
    const ids = parts.map(({ segment }) => segment.termId(term));
    for (let field = 0; field < FIELD_COUNT; field++) {
      let started = false;
      parts.forEach(({ segment }, part) => {
        const id = ids[part] ?? -1;
        if (id < 0 || segment.documentFrequency(id, field) === 0) return;
        const remap = remaps[part] ?? new Int32Array(0);
        segment.forEachPosting(id, field, (doc, tf, positionsAt) => {
          const to = remap[doc] ?? -1;
          if (to < 0) return;
          if (!started) writer.startList(termNo, field);
          started = true;
          writer.posting(to, segment.positions(positionsAt, tf));
        });
      });
    }
  });
  return writer.finish();
}
