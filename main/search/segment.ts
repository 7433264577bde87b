import type { SearchLanguage } from '../../preload/contract';
import { SEARCH_ENGINE_VERSION, SEARCH_FIELD_NAMES, type SearchField } from './analysis';
import { ByteReader } from './byte-codec';

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

export const MAGIC = 'CSEG';
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
export const FIELD_COUNT = SEARCH_FIELD_NAMES.length;
export const KINDS = ['passage', 'title', 'claim', 'note'] as const;
const NOTE_KIND = KINDS.indexOf('note');
export const SECTION_NAMES = [
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
export type SectionName = (typeof SECTION_NAMES)[number];

export interface Header {
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

/**
 * Fills bytes [from, to) of a segment whose bytes are not all read yet (see Segment.decode):
 * the case file is read as postings are needed, not all at open.
 */
export type SegmentBytesLoader = (from: number, to: number) => void;

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
  /** Where the postings start in `data`, for the loader. */
  private readonly postingsAt: number;

  private constructor(
    private readonly data: Uint8Array,
    header: Header,
    private readonly load: SegmentBytesLoader | null,
  ) {
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
    this.postingsAt = this.postings.byteOffset - data.byteOffset;
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

  /** The encoded segment, read whole. */
  get bytes(): Uint8Array {
    this.load?.(0, this.data.length);
    return this.data;
  }

  /**
   * Reads a stored segment; throws on anything that is not one of this engine version. With
   * `load`, `bytes` is not yet filled: everything before the postings is loaded now, each
   * term's postings when first visited.
   */
  static decode(given: Uint8Array, load?: SegmentBytesLoader): Segment {
    // Sections are read as typed arrays, which use the host's byte order.
    if (!LITTLE_ENDIAN) throw new Error('segments are read on little-endian hosts only');
    // Typed arrays need aligned offsets: copy the rare buffer that is not (a loader's is).
    if (load && given.byteOffset % 4 !== 0) throw new Error('a loaded segment must be aligned');
    const bytes = given.byteOffset % 4 === 0 ? given : given.slice();
    load?.(0, Math.min(8, bytes.length));
    if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
      throw new Error('not a search segment');
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = view.getUint32(4, true);
    if (8 + headerLength > bytes.length) throw new Error('segment header is cut short');
    load?.(8, 8 + headerLength);
    const header = JSON.parse(
      new TextDecoder().decode(bytes.subarray(8, 8 + headerLength)),
    ) as Header;
    if (header.version !== SEARCH_ENGINE_VERSION) {
      throw new Error(`segment of engine version ${header.version}`);
    }
    // Postings are the last section; everything before them is needed at once.
    const postingsStart = 8 + align4(headerLength) + (header.sections.postings?.[0] ?? 0);
    load?.(0, Math.min(postingsStart, bytes.length));
    return new Segment(bytes, header, load ?? null);
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
    // The terms starting with the prefix are a run from `from`: its end by binary search too.
    let low = from;
    let high = this.terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.terms[middle] ?? '').startsWith(prefix)) low = middle + 1;
      else high = middle;
    }
    return [from, low];
  }

  documentFrequency(term: number, field: number): number {
    return this.df[term * FIELD_COUNT + field] ?? 0;
  }

  fieldLength(doc: number, field: number): number {
    return this.lengths[doc * FIELD_COUNT + field] ?? 0;
  }

  /** Adds each field's length in every document to `totals` (one total per field). */
  addFieldLengths(totals: Float64Array): void {
    const { lengths } = this;
    for (let at = 0; at < lengths.length; at += FIELD_COUNT)
      for (let field = 0; field < FIELD_COUNT; field++)
        totals[field] = (totals[field] ?? 0) + (lengths[at + field] ?? 0);
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
    const start = this.offsets[list] ?? 0;
    this.load?.(this.postingsAt + start, this.postingsAt + end);
    const reader = new ByteReader(this.postings, start);
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

  /** The source of a document (see DocMeta): null for a note on the case itself. */
  sourceIdOf(doc: number): number | null {
    const sourceId = this.sourceIds[doc] ?? -1;
    return sourceId < 0 && this.kinds[doc] === NOTE_KIND ? null : sourceId;
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

export function align4(length: number): number {
  return (length + 3) & ~3;
}
