import type { SearchLanguage } from '../../preload/contract';
import { buildSegment, type SegmentDoc } from './segment';

/** Builds a serialized segment (JSON) from documents: in a worker thread in the app. */
export interface SegmentBuilder {
  build(docs: readonly SegmentDoc[], language: SearchLanguage): Promise<string>;
}

/** Builds on the calling thread: for tests and the CLI. */
export const inlineSegmentBuilder: SegmentBuilder = {
  build: (docs, language) => Promise.resolve(JSON.stringify(buildSegment(docs, language))),
};
