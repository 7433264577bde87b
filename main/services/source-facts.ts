import type { SourceSummary } from '../../preload/contract';
import type { SourceFacts } from '../core/align';

export function sourceFacts(source: SourceSummary): SourceFacts {
  return {
    id: source.id,
    label: source.label,
    attribution: source.attribution,
    outlet: source.outlet,
    url: source.url,
    publishedDate: source.publishedDate,
    agency: source.agency,
  };
}
