// The reference for corpus comparison's candidate stage: a word 5-gram shingle index, the plain
// technique text-reuse tools use. Every word 5-gram of every text is hashed; a shingle's documents
// are its posting list; two documents are a candidate pair when they share at least `minShared`
// shingles. Shingles in more than `maxDocuments` texts are boilerplate ("said in a statement
// on") and are skipped, as such indexes do, or their posting lists would make the work quadratic.
// Built on typed arrays (sorted keys, then compressed rows) so its time is the technique's, not
// the cost of millions of small JavaScript objects.

export interface ShingleOptions {
  /** Words per shingle. */
  size: number;
  /** Shared shingles that make two documents a candidate pair. */
  minShared: number;
  /** Shingles in more documents than this are skipped as boilerplate. */
  maxDocuments: number;
}

export const SHINGLE_DEFAULTS: ShingleOptions = { size: 5, minShared: 3, maxDocuments: 100 };

export interface ShingleCandidates {
  documents: number;
  /** Distinct shingles (32-bit hashes) over all documents. */
  shingles: number;
  /** Shingles skipped for being in more than maxDocuments documents. */
  boilerplate: number;
  /** Candidate pairs, flat: [a0, b0, a1, b1, …] with a < b, document indexes in input order. */
  pairs: Int32Array;
}

/** Keys are hash × DOCUMENT_SPACE + document: below 2^52, exact in a double. */
const DOCUMENT_SPACE = 2 ** 20;
const WORD = /[\p{L}\p{N}]+/gu;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}

/** A growable typed array: the keys of 22,250 texts run to millions. */
class Growable<T extends Float64Array | Int32Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (size: number) => T,
  ) {}

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/** The hashes of a text's word `size`-grams (lower-cased words of letters and digits). */
export function shingleHashes(text: string, size: number): number[] {
  const words = (text.toLowerCase().match(WORD) ?? []).map(fnv1a);
  const hashes: number[] = [];
  for (let start = 0; start + size <= words.length; start++) {
    let hash = 0x811c9dc5;
    for (let offset = 0; offset < size; offset++) {
      hash = Math.imul(hash ^ (words[start + offset] ?? 0), 0x01000193);
      hash = (hash ^ (hash >>> 15)) >>> 0;
    }
    hashes.push(hash);
  }
  return hashes;
}

/** Candidate pairs of `texts` (read once, in order, so a generator keeps only one in memory). */
export function shingleCandidates(
  texts: Iterable<string>,
  options: ShingleOptions = SHINGLE_DEFAULTS,
): ShingleCandidates {
  const keys = new Growable(new Float64Array(1 << 16), (size) => new Float64Array(size));
  let documents = 0;
  for (const text of texts) {
    if (documents >= DOCUMENT_SPACE) throw new Error(`More than ${DOCUMENT_SPACE} documents.`);
    for (const hash of shingleHashes(text, options.size))
      keys.push(hash * DOCUMENT_SPACE + documents);
    documents += 1;
  }
  const sorted = keys.view().sort();

  // Posting lists of the shingles in 2..maxDocuments documents, as compressed rows.
  const postingStart = new Growable(new Int32Array(1 << 12), (size) => new Int32Array(size));
  const postings = new Growable(new Int32Array(1 << 16), (size) => new Int32Array(size));
  let shingles = 0;
  let boilerplate = 0;
  let index = 0;
  while (index < sorted.length) {
    const hash = Math.floor((sorted[index] ?? 0) / DOCUMENT_SPACE);
    const first = postings.length;
    let last = -1;
    for (; index < sorted.length; index++) {
      const key = sorted[index] ?? 0;
      if (Math.floor(key / DOCUMENT_SPACE) !== hash) break;
      const document = key - hash * DOCUMENT_SPACE;
      if (document !== last) postings.push(document);
      last = document;
    }
    shingles += 1;
    const count = postings.length - first;
    if (count > options.maxDocuments) boilerplate += 1;
    if (count < 2 || count > options.maxDocuments) postings.length = first;
    else postingStart.push(first);
  }
  postingStart.push(postings.length);

  // Each document's posting lists, as compressed rows, to count its partners with a counter array.
  const lists = postingStart.view();
  const docs = postings.view();
  const documentStart = new Int32Array(documents + 1);
  for (const document of docs) documentStart[document + 1]! += 1;
  for (let document = 0; document < documents; document++) {
    documentStart[document + 1]! += documentStart[document]!;
  }
  const fill = documentStart.slice(0, documents);
  const documentLists = new Int32Array(docs.length);
  for (let list = 0; list + 1 < lists.length; list++) {
    for (let at = lists[list]!; at < lists[list + 1]!; at++) {
      documentLists[fill[docs[at]!]!++] = list;
    }
  }

  const shared = new Int32Array(documents);
  const touched = new Growable(new Int32Array(1 << 10), (size) => new Int32Array(size));
  const pairs = new Growable(new Int32Array(1 << 12), (size) => new Int32Array(size));
  for (let a = 0; a < documents; a++) {
    touched.length = 0;
    for (let at = documentStart[a]!; at < documentStart[a + 1]!; at++) {
      const list = documentLists[at]!;
      for (let other = lists[list]!; other < lists[list + 1]!; other++) {
        const b = docs[other]!;
        if (b <= a) continue;
        if (shared[b] === 0) touched.push(b);
        shared[b]! += 1;
      }
    }
    const partners = touched.view().sort();
    for (const b of partners) {
      if (shared[b]! >= options.minShared) {
        pairs.push(a);
        pairs.push(b);
      }
      shared[b] = 0;
    }
  }
  return { documents, shingles, boilerplate, pairs: pairs.view() };
}
