import type { SourceFacts } from '../../core/align';

/** Facts for a text known only by a label: no outlet, attribution, address or date. */
export function anonymousFacts(id: number, label: string): SourceFacts {
  return { id, label, attribution: '', outlet: '', url: '', publishedDate: '' };
}
