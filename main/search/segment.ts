import type lunr from 'lunr';
import {
  buildLunrIndex,
  loadLunrIndex,
  SEARCH_ENGINE_VERSION,
  SEARCH_FIELD_NAMES,
  type SearchDoc,
  type SearchField,
} from './lunr-index';
import { tokenize } from '../core/search/tokens';

/** What a search document stands for, so a hit can be shown and opened. */
export type DocMeta =
  | { kind: 'passage'; sourceId: number; paragraph: number; start: number }
  | { kind: 'title'; sourceId: number }
  | { kind: 'claim'; sourceId: number; claimId: number }
  | { kind: 'note'; sourceId: number | null };

export interface SegmentDoc extends SearchDoc {
  meta: DocMeta;
}

/** A segment as stored: the Lunr index, and per document what it is and its field lengths. */
export interface SegmentData {
  version: number;
  index: object;
  docs: Record<string, { meta: DocMeta; lengths: Partial<Record<SearchField, number>> }>;
}

/** A segment ready to query. */
export interface Segment {
  index: lunr.Index;
  docs: SegmentData['docs'];
}

export function buildSegment(docs: readonly SegmentDoc[]): SegmentData {
  const index = buildLunrIndex(docs);
  const meta: SegmentData['docs'] = {};
  for (const doc of docs) {
    const lengths: Partial<Record<SearchField, number>> = {};
    for (const field of SEARCH_FIELD_NAMES) {
      const text = doc.fields[field];
      if (text) lengths[field] = tokenize(text).length;
    }
    meta[doc.ref] = { meta: doc.meta, lengths };
  }
  return { version: SEARCH_ENGINE_VERSION, index: index.toJSON(), docs: meta };
}

export function loadSegment(data: SegmentData): Segment {
  return { index: loadLunrIndex(data.index), docs: data.docs };
}
