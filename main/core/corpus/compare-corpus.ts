import type { SourceRelation } from '../../../preload/contract';
import {
  alignPrepared,
  judgeRelation,
  prepareText,
  swapAlignment,
  Vocabulary,
  type PairAlignment,
  type PreparedText,
  type SourceFacts,
} from '../align';
import { DEFAULT_LSH, findCandidatePairs, type LshParameters } from './candidate-pairs';
import { composeAlignments } from './compose-alignment';
import {
  DEFAULT_COPY_CLUSTERS,
  documentWords,
  CopyClusterIndex,
  type CopyClusterParameters,
} from './copy-clusters';
import { sentenceSets, type FeatureHashes } from './sentence-sets';

export interface CorpusDocument {
  facts: SourceFacts;
  text: string;
}

export interface CorpusComparison {
  /** `a` is the smaller source id; the alignment's spans are oriented the same way. */
  relation: SourceRelation;
  alignment: PairAlignment;
}

export interface CompareCorpusOptions {
  /** Compare only pairs involving these source ids (the new sources); all pairs when absent. */
  only?: ReadonlySet<number>;
  /**
   * Called with 0 before the first alignment and after each pair (aligned or derived); `done`
   * ends at `total`.
   */
  onProgress?: (done: number, total: number) => void;
  /**
   * Receives each comparison as it is found, instead of the returned array (which is then
   * empty): a corpus of copy clusters has more related pairs than fit in memory at once.
   */
  onResult?: (comparison: CorpusComparison) => void;
  /** Called as each document is read (prepared and clustered), before `onProgress` starts. */
  onRead?: (done: number, total: number) => void;
  lsh?: LshParameters;
  /** Near-identical sources collapsed into copy clusters; `false` aligns every candidate pair. */
  copyClusters?: CopyClusterParameters | false;
  /**
   * Align every pair outright when there are at most this many documents. A case of a few
   * hundred reports takes seconds that way, and no lone shared quote or paraphrase is lost to
   * the LSH filter; larger corpora use LSH candidates and copy clusters.
   */
  exhaustiveUpTo?: number;
}

/**
 * Every pair of documents that is not independent.
 *
 * Small corpora (up to `exhaustiveUpTo`) have every pair aligned. Larger ones go in three steps,
 * so the work grows with the corpus rather than with the square of its size or of its copy
 * clusters:
 * 1. near-identical documents are collapsed into copy clusters (copy-clusters.ts), and each
 *    cluster's representative stands for it;
 * 2. pairs of representatives are proposed by sentence-level MinHash/LSH (candidate-pairs.ts)
 *    and aligned, and each member is aligned with its representative;
 * 3. every other pair inside a cluster, and every pair across two related clusters, is derived
 *    by composing those alignments (compose-alignment.ts) and judged like an aligned pair.
 * On a corpus without near-identical documents the result is what aligning the LSH candidates
 * gives. The same input gives the same output: hashing is seeded, documents are taken in source
 * id order, and pairs are aligned in a fixed order.
 */
export function compareCorpus(
  docs: readonly CorpusDocument[],
  options: CompareCorpusOptions = {},
): CorpusComparison[] {
  const results: CorpusComparison[] = [];
  const emit = options.onResult ?? ((comparison: CorpusComparison) => results.push(comparison));
  const { only, onProgress } = options;
  const involves = only ? (index: number) => only.has(docs[index]?.facts.id ?? NaN) : undefined;
  const vocabulary = new Vocabulary();
  const lengths = new Map<number, number>();
  const judge = (i: number, j: number, alignment: PairAlignment) => {
    const relation = judgeRelation(alignment, factsOf(docs, i), factsOf(docs, j));
    if (relation.verdict !== 'independent') emit({ relation, alignment });
  };

  if (docs.length <= (options.exhaustiveUpTo ?? 0)) {
    const prepared = docs.map((doc) => prepareText(doc.text, vocabulary));
    const pairs = allPairs(docs.length, involves);
    let done = 0;
    onProgress?.(0, pairs.length);
    for (const [i, j] of pairs) {
      const [first, second] = orient(docs, i, j);
      judge(
        first,
        second,
        alignPrepared(preparedAt(prepared, first), preparedAt(prepared, second)),
      );
      onProgress?.(++done, pairs.length);
    }
    return results;
  }

  // Step 1, reading in source id order: a near-identical copy of an earlier document joins its
  // cluster and is aligned with its representative at once, and only representatives are kept.
  const byId = docs.map((_, index) => index).sort((x, y) => idOf(docs, x) - idOf(docs, y));
  const hashes: FeatureHashes = new Map();
  const index =
    options.copyClusters === false
      ? null
      : new CopyClusterIndex(options.copyClusters ?? DEFAULT_COPY_CLUSTERS);
  const representativeOf = Int32Array.from(docs, (_, at) => at);
  const prepared: Array<PreparedText | undefined> = [];
  const sets: Array<Uint32Array[] | undefined> = [];
  /** Each aligned member's alignment with its representative (which has the smaller id). */
  const fromRepresentative = new Map<number, PairAlignment>();
  const alignMember = (member: number, representative: number, text: PreparedText) => {
    const alignment = alignPrepared(preparedAt(prepared, representative), text);
    fromRepresentative.set(member, withoutDiffs(alignment));
    if (!involves || involves(member) || involves(representative)) {
      judge(representative, member, alignment);
    }
  };
  byId.forEach((at, read) => {
    const written = docs[at]?.text ?? '';
    lengths.set(at, codePointLength(written));
    const text = prepareText(written, vocabulary);
    const textSets = sentenceSets(text, hashes);
    const representative = index ? index.add(at, documentWords(textSets)) : at;
    representativeOf[at] = representative;
    if (representative === at) {
      prepared[at] = text;
      sets[at] = textSets;
    } else if (!involves || involves(at)) alignMember(at, representative, text);
    options.onRead?.(read + 1, docs.length);
  });
  const clusters = new Clusters(representativeOf, byId, involves);

  // Step 2: representatives' candidate pairs, found among representatives only, and aligned.
  const representatives = clusters.representatives;
  const repPairs = findCandidatePairs(
    representatives.map((at) => sets[at] ?? []),
    {
      parameters: options.lsh ?? DEFAULT_LSH,
      involves: involves && ((at) => clusters.involved(representatives[at] ?? 0)),
    },
  ).pairs.map(([x, y]): [number, number] =>
    orient(docs, representatives[x] ?? 0, representatives[y] ?? 0),
  );
  sets.length = 0;

  const progress = new Progress(onProgress, clusters.units(repPairs));
  progress.tick(fromRepresentative.size);
  const related: Array<{ a: number; b: number; alignment: PairAlignment }> = [];
  for (const [a, b] of repPairs) {
    const alignment = alignPrepared(preparedAt(prepared, a), preparedAt(prepared, b));
    const relation = judgeRelation(alignment, factsOf(docs, a), factsOf(docs, b));
    if (relation.verdict !== 'independent') {
      if (!involves || involves(a) || involves(b)) emit({ relation, alignment });
      related.push({ a, b, alignment: withoutDiffs(alignment) });
    } else progress.tick(clusters.acrossCount(a, b));
    progress.tick();
  }

  // Members not read as new, in clusters that new ones relate to: read again and aligned now.
  const needed = clusters.needed(related);
  for (const [representative, members] of clusters.members) {
    for (const member of members) {
      if (fromRepresentative.has(member)) continue;
      if (needed.has(representative)) {
        alignMember(member, representative, prepareText(docs[member]?.text ?? '', vocabulary));
      }
      progress.tick();
    }
  }
  prepared.length = 0;

  // Step 3: the other pairs inside each cluster, through its representative…
  for (const [representative, members] of clusters.members) {
    if (!needed.has(representative)) {
      progress.tick(pairCount(members.length));
      continue;
    }
    const toRepresentative = swappedAll(members);
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [first, second] = orient(docs, members[x] ?? 0, members[y] ?? 0);
        if (!involves || involves(first) || involves(second)) {
          const alignment = composeAlignments(
            at(toRepresentative, first),
            at(fromRepresentative, second),
            [lengthOf(first), lengthOf(second)],
            [idOf(docs, representative)],
          );
          judge(first, second, alignment);
        }
        progress.tick();
      }
    }
  }

  // …and every pair across two related clusters, through both representatives.
  for (const { a, b, alignment } of related) {
    const left = [a, ...(clusters.members.get(a) ?? [])];
    const right = [b, ...(clusters.members.get(b) ?? [])];
    const toA = swappedAll(left.slice(1));
    for (const x of left) {
      // X → A → B, once per X.
      const xToB =
        x === a
          ? alignment
          : composeAlignments(at(toA, x), alignment, [lengthOf(x), lengthOf(b)], [idOf(docs, a)]);
      for (const y of right) {
        if (x === a && y === b) continue;
        if (!involves || involves(x) || involves(y)) {
          const xToY =
            y === b
              ? xToB
              : composeAlignments(
                  xToB,
                  at(fromRepresentative, y),
                  [lengthOf(x), lengthOf(y)],
                  [idOf(docs, b)],
                );
          const [first, second] = orient(docs, x, y);
          judge(first, second, first === x ? xToY : swapAlignment(xToY));
        }
        progress.tick();
      }
    }
  }
  return results;

  /** Members' alignments seen from the member's side (member → representative). */
  function swappedAll(members: readonly number[]): Map<number, PairAlignment> {
    const swapped = new Map<number, PairAlignment>();
    for (const member of members)
      swapped.set(member, swapAlignment(at(fromRepresentative, member)));
    return swapped;
  }

  function lengthOf(index: number): number {
    let length = lengths.get(index);
    if (length === undefined) {
      length = codePointLength(docs[index]?.text ?? '');
      lengths.set(index, length);
    }
    return length;
  }
}

function at(alignments: ReadonlyMap<number, PairAlignment>, member: number): PairAlignment {
  const alignment = alignments.get(member);
  if (!alignment) throw new RangeError(`Member ${member} was not aligned with its cluster.`);
  return alignment;
}

/** Documents grouped under their clusters' representatives, in source id order. */
class Clusters {
  /** Representatives in source id order (every document that is no member). */
  readonly representatives: number[] = [];
  /** Representative → its members, for clusters of two or more. */
  readonly members = new Map<number, number[]>();
  private readonly anyInvolved = new Set<number>();

  constructor(
    private readonly of: Int32Array,
    byId: readonly number[],
    involves: ((index: number) => boolean) | undefined,
  ) {
    for (const index of byId) {
      const representative = of[index] ?? index;
      if (representative === index) this.representatives.push(index);
      else {
        const list = this.members.get(representative);
        if (list) list.push(index);
        else this.members.set(representative, [index]);
      }
      if (!involves || involves(index)) this.anyInvolved.add(representative);
    }
  }

  representativeOf(index: number): number {
    return this.of[index] ?? index;
  }

  /** Whether a cluster (by its representative) holds a document whose pairs are wanted. */
  involved(representative: number): boolean {
    return this.anyInvolved.has(representative);
  }

  size(representative: number): number {
    return 1 + (this.members.get(representative)?.length ?? 0);
  }

  /** Pairs across two clusters other than their representatives' own. */
  acrossCount(a: number, b: number): number {
    return this.size(a) * this.size(b) - 1;
  }

  /** Clusters whose members must be aligned: those wanted, and those related to one wanted. */
  needed(related: ReadonlyArray<{ a: number; b: number }>): Set<number> {
    const needed = new Set(this.anyInvolved);
    for (const { a, b } of related) {
      if (this.involved(a) || this.involved(b)) {
        needed.add(a);
        needed.add(b);
      }
    }
    return needed;
  }

  /** Progress units: every pair aligned or derived (or skipped) once. */
  units(repPairs: ReadonlyArray<[number, number]>): number {
    let total = repPairs.length;
    for (const [a, b] of repPairs) total += this.acrossCount(a, b);
    for (const members of this.members.values()) {
      total += members.length + pairCount(members.length);
    }
    return total;
  }
}

/** Reports progress in units of pairs, from 0 up to the total. */
class Progress {
  private done = 0;

  constructor(
    private readonly report: ((done: number, total: number) => void) | undefined,
    private readonly total: number,
  ) {
    report?.(0, total);
  }

  tick(units = 1): void {
    for (let unit = 0; unit < units; unit++) this.report?.(++this.done, this.total);
  }
}

const pairCount = (count: number) => (count * (count - 1)) / 2;

/** What composing needs of an alignment: its spans, kinds and shares, not its word diffs. */
function withoutDiffs(alignment: PairAlignment): PairAlignment {
  return {
    ...alignment,
    substitutions: [],
    passages: alignment.passages.map((passage) => ({ ...passage, diff: NO_DIFF })),
  };
}
const NO_DIFF = { a: [], b: [] };

function codePointLength(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0xdc00 || unit > 0xdfff) count++;
  }
  return count;
}

/** Every pair of indexes below `count`, in order, keeping those that involve a chosen document. */
function allPairs(count: number, involves?: (index: number) => boolean): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      if (!involves || involves(i) || involves(j)) pairs.push([i, j]);
    }
  }
  return pairs;
}

function preparedAt(
  prepared: ReadonlyArray<PreparedText | undefined>,
  index: number,
): PreparedText {
  const text = prepared[index];
  if (!text) throw new RangeError(`Text ${index} was released before its last pair.`);
  return text;
}

const idOf = (docs: readonly CorpusDocument[], index: number) => docs[index]?.facts.id ?? 0;

/** The two document indices with the smaller source id first. */
function orient(docs: readonly CorpusDocument[], i: number, j: number): [number, number] {
  return idOf(docs, i) <= idOf(docs, j) ? [i, j] : [j, i];
}

function factsOf(docs: readonly CorpusDocument[], index: number): SourceFacts {
  const doc = docs[index];
  if (!doc) throw new RangeError(`No document at ${index}.`);
  return doc.facts;
}
