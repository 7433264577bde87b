import type { SourceSummary } from '../../../preload/contract';

const MAX_LABEL = 40;

/**
 * How explanations name a source: the number a file name starts with ("000"), as analysts
 * number their material, else a short quoted title.
 */
export function sourceLabel(source: Pick<SourceSummary, 'fileName' | 'title'>): string {
  const numbered = /^(\d{1,6})(?:[_\-. ]|$)/.exec(source.fileName)?.[1];
  if (numbered) return numbered;
  const title =
    source.title.length > MAX_LABEL
      ? `${source.title.slice(0, MAX_LABEL - 1).trimEnd()}…`
      : source.title;
  return `“${title}”`;
}
