// A search match and the list of them a query makes (see SearchEngine.match): a common word
// matches thousands of documents and a query shows a few, so a match becomes an object only
// when it is looked at.

import { SEARCH_FIELD_NAMES, type SearchField } from './analysis';
import { docRef, type DocMeta, type Segment } from './segment';

const BODY = SEARCH_FIELD_NAMES.indexOf('body');

/** A matched document, its score, and the field to show it by. */
export class ScoredDoc {
  private described: DocMeta | null = null;

  constructor(
    /** The segment holding it, and its number there. */
    private readonly segment: Segment,
    readonly doc: number,
    readonly score: number,
    readonly field: SearchField,
    /** The segment's place among the engine's parts. */
    readonly part: number,
  ) {}

  /** What it stands for, read from the segment when first asked (most matches never are). */
  get meta(): DocMeta {
    return (this.described ??= this.segment.meta(this.doc));
  }

  /** Its source, or null for the case's own notes: without describing the rest. */
  get sourceId(): number | null {
    return this.segment.sourceIdOf(this.doc);
  }

  get ref(): string {
    return docRef(this.meta);
  }
}

/**
 * Matches as parallel arrays: a common word matches thousands of documents, and a query shows a
 * few of them, so a match becomes a ScoredDoc only when it is looked at.
 */
export class MatchList {
  private size = 0;
  private parts = new Uint16Array(64);
  private docs = new Int32Array(64);
  private scores = new Float64Array(64);
  private fields = new Uint8Array(64);

  get count(): number {
    return this.size;
  }

  push(part: number, doc: number, score: number, field: number): void {
    if (this.size === this.docs.length) {
      const grow = <T extends Uint16Array | Int32Array | Float64Array | Uint8Array>(
        old: T,
        make: (length: number) => T,
      ): T => {
        const next = make(old.length * 2);
        next.set(old);
        return next;
      };
      this.parts = grow(this.parts, (n) => new Uint16Array(n));
      this.docs = grow(this.docs, (n) => new Int32Array(n));
      this.scores = grow(this.scores, (n) => new Float64Array(n));
      this.fields = grow(this.fields, (n) => new Uint8Array(n));
    }
    this.parts[this.size] = part;
    this.docs[this.size] = doc;
    this.scores[this.size] = score;
    this.fields[this.size] = field;
    this.size += 1;
  }

  part(i: number): number {
    return this.parts[i] ?? -1;
  }

  doc(i: number): number {
    return this.docs[i] ?? -1;
  }

  score(i: number): number {
    return this.scores[i] ?? 0;
  }

  field(i: number): SearchField {
    return SEARCH_FIELD_NAMES[this.fields[i] ?? BODY] ?? 'body';
  }
}

const KIND_ORDER = { passage: 0, title: 1, claim: 2, note: 3 } as const;

/** Ties in score go by source, kind, then paragraph or claim: the same in any split into segments. */
export function compareDocs(a: ScoredDoc, b: ScoredDoc): number {
  return (
    b.score - a.score ||
    (a.sourceId ?? -1) - (b.sourceId ?? -1) ||
    KIND_ORDER[a.meta.kind] - KIND_ORDER[b.meta.kind] ||
    secondary(a.meta) - secondary(b.meta)
  );
}

function secondary(meta: DocMeta): number {
  return meta.kind === 'passage' ? meta.paragraph : meta.kind === 'claim' ? meta.claimId : 0;
}
