import type lunr from 'lunr';
import type { SearchLanguage } from '../../preload/contract';
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
  language: SearchLanguage;
  index: object;
  docs: Record<string, { meta: DocMeta; lengths: Partial<Record<SearchField, number>> }>;
}

/** A segment ready to query. */
export interface Segment {
  language: SearchLanguage;
  index: lunr.Index;
  docs: SegmentData['docs'];
}

export function buildSegment(
  docs: readonly SegmentDoc[],
  language: SearchLanguage = 'en',
): SegmentData {
  const index = buildLunrIndex(docs, language);
  const meta: SegmentData['docs'] = {};
  for (const doc of docs) {
    const lengths: Partial<Record<SearchField, number>> = {};
    for (const field of SEARCH_FIELD_NAMES) {
      const text = doc.fields[field];
      if (text) lengths[field] = tokenize(text).length;
    }
    meta[doc.ref] = { meta: doc.meta, lengths };
  }
  return { version: SEARCH_ENGINE_VERSION, language, index: index.toJSON(), docs: meta };
}

export function loadSegment(data: SegmentData): Segment {
  return { language: data.language, index: loadLunrIndex(data.index), docs: data.docs };
}
