import type { SearchLanguage } from '../../preload/contract';
import { analyzerFor, SEARCH_ENGINE_VERSION, SEARCH_FIELD_NAMES } from './analysis';
import { ByteWriter } from './byte-codec';
import {
  align4,
  FIELD_COUNT,
  KINDS,
  MAGIC,
  SECTION_NAMES,
  type DocMeta,
  type Header,
  type Segment,
  type SectionName,
  type SegmentDoc,
} from './segment';

// Writing search segments (the layout is described in segment.ts): indexing documents, and
// merging segments by copying their postings.

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
