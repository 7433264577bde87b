import type { SearchLanguage } from '../../preload/contract';
import { Segment, type SegmentDoc } from './segment';
import { buildSegment, mergeSegments } from './segment-writer';

/** A stored segment to merge, and the sources whose passages and title it must leave out. */
export interface MergePart {
  data: Uint8Array;
  dropSources: readonly number[];
}

/** Builds and merges encoded segments: in a worker thread in the app. */
export interface SegmentBuilder {
  /**
   * Indexes the documents of every batch. Batches are taken one at a time, so the caller can
   * read a large case in slices and never hold up its own thread for long.
   */
  build(
    batches: AsyncIterable<readonly SegmentDoc[]>,
    language: SearchLanguage,
  ): Promise<Uint8Array>;
  /** One segment with every document of the parts, less the dropped sources. */
  merge(parts: readonly MergePart[], language: SearchLanguage): Promise<Uint8Array>;
}

/** Merges parts, on the calling thread. */
export function mergeParts(parts: readonly MergePart[], language: SearchLanguage): Uint8Array {
  return mergeSegments(
    parts.map(({ data, dropSources }) => {
      const segment = Segment.decode(data);
      const dropped = new Set(dropSources);
      return {
        segment,
        keep: (doc: number) =>
          (segment.kinds[doc] ?? 0) > 1 || !dropped.has(segment.sourceIds[doc] ?? -1),
      };
    }),
    language,
  );
}

/** Builds on the calling thread: for tests and the CLI. */
export const inlineSegmentBuilder: SegmentBuilder = {
  async build(batches, language) {
    const docs: SegmentDoc[] = [];
    for await (const batch of batches) docs.push(...batch);
    return buildSegment(docs, language);
  },
  merge: (parts, language) => Promise.resolve(mergeParts(parts, language)),
};
