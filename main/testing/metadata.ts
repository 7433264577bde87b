import type { SourceMetadata } from '../../preload/contract';

/** Metadata with every field unknown. */
export const emptyMetadata: SourceMetadata = {
  title: '',
  outlet: '',
  byline: '',
  publishedDate: '',
  url: '',
  dateline: '',
  agency: '',
  attribution: '',
};
