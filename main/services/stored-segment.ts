import { Segment } from '../search/segment';
import type { CaseDatabase } from '../storage/case-database';
import type { StoredSegmentHead } from '../storage/search-repository';

/**
 * A stored segment, its chunks read from the case as the segment asks for them: at open only
 * the part before the postings (documents, terms, frequencies), then a term's postings the
 * first time a query visits them. A case of 22,000 sources keeps about 20 MB of segments,
 * which the first query no longer waits to read whole.
 */
export function storedSegment(database: CaseDatabase, head: StoredSegmentHead): Segment {
  const starts = [0];
  for (const size of head.chunkSizes) starts.push((starts.at(-1) ?? 0) + size);
  const bytes = new Uint8Array(starts.at(-1) ?? 0);
  const loaded = new Uint8Array(head.chunkSizes.length);
  const chunkAt = (offset: number) => {
    let seq = 0;
    while (seq + 1 < head.chunkSizes.length && (starts[seq + 1] ?? 0) <= offset) seq++;
    return seq;
  };
  return Segment.decode(bytes, (from, to) => {
    if (to <= from) return;
    const last = chunkAt(to - 1);
    for (let seq = chunkAt(from); seq <= last;) {
      if (loaded[seq]) {
        seq++;
        continue;
      }
      // A run of chunks not read yet, in one statement.
      let end = seq;
      while (end + 1 <= last && !loaded[end + 1]) end++;
      const chunks = database.readSearchSegmentChunks(head.id, seq, end);
      if (chunks.length !== end - seq + 1) throw new Error('a search segment lost chunks');
      chunks.forEach((chunk, i) => {
        if (chunk.length !== head.chunkSizes[seq + i]) throw new Error('a search chunk changed');
        bytes.set(chunk, starts[seq + i] ?? 0);
        loaded[seq + i] = 1;
      });
      seq = end + 1;
    }
  });
}
