/** What the aligner needs to know about a source to judge a relation. */
export interface SourceFacts {
  id: number;
  label: string;
  /** The line that credits where the text came from ("Content Source: …"), or ''. */
  attribution: string;
  outlet: string;
  url: string;
  publishedDate: string;
  /**
   * The wire service a dateline or byline credits ("AP" for "SEOUL (AP) —"); '' or absent when
   * none. A wire's own text carries the same credit, so it weighs less than an attribution.
   */
  agency?: string;
}

/** How explanations name a source: its label, or its id when it has none. */
export function labelOf(facts: SourceFacts): string {
  return facts.label.trim() || `source ${facts.id}`;
}
