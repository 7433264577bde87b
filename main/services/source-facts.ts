import type { SourceSummary } from '../../preload/contract';
import type { SourceFacts } from '../core/align';

import { sourceLabel } from '../core/claims/source-label';

export { sourceLabel };

export function sourceFacts(source: SourceSummary): SourceFacts {
  return {
    id: source.id,
    label: sourceLabel(source),
    attribution: source.attribution,
    outlet: source.outlet,
    url: source.url,
    publishedDate: source.publishedDate,
    agency: source.agency,
  };
}
