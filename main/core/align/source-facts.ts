/** What the aligner needs to know about a source to judge a relation. */
export interface SourceFacts {
  id: number;
  label: string;
  attribution: string;
  outlet: string;
  url: string;
  publishedDate: string;
}

/** How explanations name a source: its label, or its id when it has none. */
export function labelOf(facts: SourceFacts): string {
  return facts.label.trim() || `source ${facts.id}`;
}
