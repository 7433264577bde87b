import type { SourceFacts } from '../main/core/align';

/** Facts for a bench text: no attribution, outlet or date, so verdicts rest on the text alone. */
export const benchFacts = (id: number, label: string): SourceFacts => ({
  id,
  label,
  attribution: '',
  outlet: '',
  url: '',
  publishedDate: '',
});
